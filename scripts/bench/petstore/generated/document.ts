// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const document: Record<string, unknown> = parse(readFileSync(new URL('./openapi.yaml', import.meta.url), 'utf8'));
