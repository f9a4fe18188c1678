// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
import type { components } from './types.ts';

export type { components, operations, paths, webhooks } from './types.ts';
export { createClient, type ApiClient } from './client.ts';
export { basePath } from './base-path.ts';

export type Pet = components["schemas"]["Pet"];
export type NewPet = components["schemas"]["NewPet"];
export type Error = components["schemas"]["Error"];
