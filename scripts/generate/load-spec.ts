import { relative, resolve } from 'node:path';
import { bundle, createConfig, lint, type NormalizedProblem } from '@redocly/openapi-core';
import type { Finding } from './normalize-schemas.ts';
import type { OpenApiDocument } from './openapi-types.ts';

/** Lint rules whose findings are advice (warnings; errors under `--strict`), and the ones that refuse a document. */
const ADVICE_RULES = {
  struct: 'warn',
  'path-parameters-defined': 'warn',
  'operation-operationId-unique': 'warn',
  'no-identical-paths': 'warn',
  'spec-components-invalid-map-name': 'warn',
} as const;
const FATAL_RULES = { 'no-unresolved-refs': 'error' } as const;

export function describeFinding(finding: Finding): string {
  return `${finding.pointer}: ${finding.message}`;
}

function toFinding(problem: NormalizedProblem, specPath: string): Finding {
  const location = problem.location[0];
  const file = location?.source.absoluteRef;
  const elsewhere = file !== undefined && resolve(file) !== resolve(specPath) ? relative(process.cwd(), file) : '';
  return { pointer: `${elsewhere}${location?.pointer ?? '#'}`, message: `${problem.message} (${problem.ruleId})` };
}

/** At most `limit` lines: findings grouped by message, each with its first pointer and how many more there are. */
export function summarizeFindings(findings: Finding[], limit = 25): string[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.message, [...(groups.get(finding.message) ?? []), finding]);
  const lines = [...groups.values()].map((group) => {
    const more = group.length > 1 ? ` (and ${group.length - 1} more like it)` : '';
    return `${describeFinding(group[0]!)}${more}`;
  });
  return lines.length > limit ? [...lines.slice(0, limit), `... ${lines.length - limit} more kinds of finding`] : lines;
}

export interface LoadedSpec {
  document: OpenApiDocument;
  /** What lint found: advice, never a refusal. */
  findings: Finding[];
}

/**
 * Bundles a spec into one document with internal `$ref`s only. Only what cannot be understood (unparsable text,
 * references that lead nowhere, an unsupported version) refuses the document, naming the JSON pointer.
 */
export async function loadSpec(specPath: string): Promise<LoadedSpec> {
  const config = await createConfig({ rules: { ...ADVICE_RULES, ...FATAL_RULES } });
  const problems = await lint({ ref: specPath, config });
  const fatal = problems.filter((p) => p.severity === 'error');
  if (fatal.length > 0) {
    const lines = fatal.map((p) => `${p.location[0]?.source.absoluteRef ?? specPath}${p.location[0]?.pointer ?? ''}: ${p.message}`);
    throw new Error(`${specPath} cannot be understood:\n  ${lines.join('\n  ')}`);
  }
  const result = await bundle({ ref: specPath, config, dereference: false });
  const document = result.bundle.parsed as OpenApiDocument | null;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new Error(`${specPath} cannot be understood:\n  #: not a YAML or JSON object`);
  }
  if (!/^3\.[01]\./.test(String(document.openapi))) {
    throw new Error(`${specPath} cannot be understood:\n  #/openapi: only OpenAPI 3.0 and 3.1 are supported (found ${String(document.openapi)})`);
  }
  for (const key of ['paths', 'webhooks', 'components'] as const) {
    const value = document[key];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new Error(`${specPath} cannot be understood:\n  #/${key}: must be an object`);
    }
  }
  const findings = problems.filter((p) => p.severity !== 'error').map((p) => toFinding(p, specPath));
  return { document, findings: [...findings, ...uppercaseRangeKeys(document)] };
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Response ranges written in lower case (`2xx`), which OpenAPI spells `2XX`, renamed in place so every part of the
 * output reads them as the range their author meant; each one is a finding.
 */
function uppercaseRangeKeys(document: OpenApiDocument): Finding[] {
  const findings: Finding[] = [];
  const pathItems: [string, unknown][] = [];
  for (const key of ['paths', 'webhooks'] as const) {
    for (const [name, item] of Object.entries(document[key] ?? {})) pathItems.push([`#/${key}/${escape(name)}`, item]);
  }
  const componentItems = document.components?.pathItems;
  for (const [name, item] of Object.entries(isRecord(componentItems) ? componentItems : {})) pathItems.push([`#/components/pathItems/${escape(name)}`, item]);
  for (const [pointer, item] of pathItems) {
    if (!isRecord(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isRecord(operation) || !isRecord(operation.responses)) continue;
      const responses = operation.responses;
      const lower = Object.keys(responses).filter((status) => /^[1-5]xx$/.test(status));
      for (const status of lower) {
        const range = status.toUpperCase();
        findings.push({ pointer: `${pointer}/${method}/responses/${status}`, message: `response range ${status} read as ${range} (OpenAPI writes ranges in upper case)` });
      }
      // renamed where they stand, so the responses keep their order; a range also written in upper case wins
      if (lower.length > 0) {
        operation.responses = Object.fromEntries(
          Object.entries(responses).flatMap(([status, response]) =>
            !lower.includes(status) ? [[status, response]] : status.toUpperCase() in responses ? [] : [[status.toUpperCase(), response]],
          ),
        );
      }
    }
  }
  return findings;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
