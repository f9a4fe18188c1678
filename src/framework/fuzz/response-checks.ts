import { declaredResponseOf, isJsonMedia, type JsonSchema, type SpecOperation } from './openapi.ts';
import type { SchemaValidator } from './schema-validator.ts';
import type { WireResponse } from './http.ts';

export type FailureKind =
  | 'server error (5xx)'
  | 'undeclared status'
  | 'response header'
  | 'response media type'
  | 'response body'
  | 'invalid request accepted'
  | 'error does not name the field'
  | 'valid request refused as invalid'
  | 'unexpected status'
  | 'credentials not enforced'
  | 'stateful sequence'
  | 'no answer';

export interface Problem {
  readonly kind: FailureKind;
  readonly detail: string;
}

function headerValue(schema: JsonSchema | undefined, validator: SchemaValidator, text: string): unknown {
  const resolved = schema === undefined ? {} : validator.resolve<JsonSchema>(schema);
  const type = typeof resolved === 'object' ? resolved.type : undefined;
  const types = Array.isArray(type) ? type : [type];
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text.trim());
  if (types.includes('boolean') && /^(true|false)$/.test(text.trim())) return text.trim() === 'true';
  return text;
}

/** Whether a response conforms to what the operation declares: status, required and typed headers, media type, body schema. */
export function conformanceProblems(operation: SpecOperation, response: WireResponse, validator: SchemaValidator): Problem[] {
  const declared = declaredResponseOf(operation, response.status);
  if (!declared) return [{ kind: 'undeclared status', detail: `status ${response.status} is not declared` }];
  const problems: Problem[] = [];
  for (const header of declared.headers) {
    const value = response.headers[header.name];
    if (value === undefined) {
      if (header.required) problems.push({ kind: 'response header', detail: `required header ${header.name} is missing` });
      continue;
    }
    if (header.schema !== undefined) {
      const errors = validator.problems(header.schema, headerValue(header.schema, validator, value));
      if (errors.length > 0) problems.push({ kind: 'response header', detail: `header ${header.name}: ${JSON.stringify(value)} ${errors[0]!.message}` });
    }
  }
  const media = (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const declaredMedia = Object.keys(declared.content);
  if (response.body.length === 0) {
    if (declaredMedia.length > 0 && response.status !== 204 && response.status !== 304) {
      problems.push({ kind: 'response body', detail: `status ${response.status} declares a body (${declaredMedia.join(', ')}) but none was sent` });
    }
    return problems;
  }
  if (declaredMedia.length === 0) return problems;
  const match = declaredMedia.find((m) => m.toLowerCase() === media) ?? declaredMedia.find((m) => m.endsWith('/*') && media.startsWith(m.slice(0, -1))) ?? declaredMedia.find((m) => m === '*/*');
  if (match === undefined) return [...problems, { kind: 'response media type', detail: `media type ${media || '(none)'} is not declared for ${response.status} (${declaredMedia.join(', ')})` }];
  const schema = declared.content[match];
  if (!isJsonMedia(match) || schema === undefined) return problems;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return [...problems, { kind: 'response body', detail: `body is not JSON: ${response.body.slice(0, 120)}` }];
  }
  const errors = validator.problems(schema, body);
  if (errors.length > 0) problems.push({ kind: 'response body', detail: `body does not match the schema: ${errors.slice(0, 3).map((e) => e.message).join('; ')}` });
  return problems;
}

/** Whether an error answer mentions the field (in its message, details or errors): as a word, not part of another. */
export function namesField(response: WireResponse, field: string): boolean {
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_])${escaped}($|[^A-Za-z0-9_])`).test(response.body);
}
