import { frameworkError } from '../http-error.ts';
import { isObject, resolveRef, type JsonObject, type MockDocument } from './document.ts';
import type { MockPreference } from './prefer.ts';
import { sampleFromSchema } from './sample.ts';

/** A response the mock sends: a declared status, and its media type and body when it has one. */
export interface MockAnswer {
  status: number;
  contentType?: string;
  body?: unknown;
}

interface DeclaredMedia {
  type: string;
  schema: unknown;
  /** Named examples (`examples`), then `example` as `default`, in the order the document gives them. */
  examples: Map<string, unknown>;
}

interface DeclaredResponse {
  key: string;
  media: DeclaredMedia | undefined;
  headers: Map<string, JsonObject>;
}

const JSON_MEDIA = /^application\/([a-z0-9.+-]*\+)?json$/i;

function declaredMedia(document: MockDocument, content: unknown): DeclaredMedia | undefined {
  if (!isObject(content)) return undefined;
  const entries = Object.entries(content);
  const [type, raw] = entries.find(([t]) => JSON_MEDIA.test(t)) ?? entries[0] ?? [];
  if (type === undefined || !isObject(raw)) return undefined;
  const examples = new Map<string, unknown>();
  for (const [name, example] of Object.entries(isObject(raw.examples) ? raw.examples : {})) {
    const resolved = resolveRef(document, example);
    if (isObject(resolved) && 'value' in resolved) examples.set(name, resolved.value);
  }
  if (raw.example !== undefined && !examples.has('default')) examples.set('default', raw.example);
  return { type, schema: raw.schema, examples };
}

function declaredResponses(document: MockDocument, operation: JsonObject): DeclaredResponse[] {
  const responses = isObject(operation.responses) ? operation.responses : {};
  return Object.entries(responses).flatMap(([key, value]) => {
    const response = resolveRef(document, value);
    if (!isObject(response)) return [];
    const headers = new Map<string, JsonObject>();
    for (const [name, header] of Object.entries(isObject(response.headers) ? response.headers : {})) {
      const resolved = resolveRef(document, header);
      if (isObject(resolved)) headers.set(name.toLowerCase(), resolved);
    }
    return [{ key, media: declaredMedia(document, response.content), headers }];
  });
}

/** The status a response key stands for when nothing else says: `2XX` is 200, `default` 500. */
function statusOf(key: string): number {
  if (key === 'default') return 500;
  return /^\dXX$/i.test(key) ? Number(key[0]) * 100 : Number(key);
}

function matches(key: string, status: number): boolean {
  return key === String(status) || key.toUpperCase() === `${String(status)[0]}XX`;
}

/** The response declared for `status`: exact, then its range, then `default`. */
function responseFor(responses: DeclaredResponse[], status: number): DeclaredResponse | undefined {
  return responses.find((r) => r.key === String(status)) ?? responses.find((r) => matches(r.key, status)) ?? responses.find((r) => r.key === 'default');
}

/** Picks the declared response: `Prefer: code` first, then the one holding `Prefer: example`, else the first success. */
function choose(responses: DeclaredResponse[], preference: MockPreference): { response: DeclaredResponse; status: number } {
  const declared = responses.map((r) => r.key).join(', ');
  if (preference.code !== undefined) {
    const code = preference.code;
    const response = responseFor(responses, code);
    if (!response) throw frameworkError('INVALID_INPUT', `Prefer: code=${code} is not a response of this operation (declared: ${declared})`);
    return { response, status: code };
  }
  if (preference.example !== undefined) {
    const name = preference.example;
    const response = responses.find((r) => r.media?.examples.has(name));
    if (!response) throw frameworkError('INVALID_INPUT', `Prefer: example=${name} names no example of this operation`);
    return { response, status: statusOf(response.key) };
  }
  const ordered = [...responses].sort((a, b) => statusOf(a.key) - statusOf(b.key));
  const response = ordered.find((r) => statusOf(r.key) >= 200 && statusOf(r.key) < 300) ?? ordered[0];
  if (!response) throw new Error('the operation declares no response');
  return { response, status: statusOf(response.key) };
}

function schemaExample(document: MockDocument, schema: unknown): unknown {
  const resolved = resolveRef(document, schema);
  if (!isObject(resolved)) return undefined;
  if (resolved.example !== undefined) return resolved.example;
  return Array.isArray(resolved.examples) ? resolved.examples[0] : undefined;
}

function headerValue(document: MockDocument, header: JsonObject, seed: number, key: string): string {
  const value = header.example ?? schemaExample(document, header.schema) ?? sampleFromSchema(document, header.schema ?? { type: 'string' }, seed, key);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A value for each header the operation declares for `status`: its example, its schema's example, or generated data. */
export function mockHeaders(document: MockDocument, operation: JsonObject, status: number, seed: number): Record<string, string> {
  const response = responseFor(declaredResponses(document, operation), status);
  const headers: Record<string, string> = {};
  for (const [name, header] of response?.headers ?? []) {
    headers[name] = headerValue(document, header, seed, `${String(operation.operationId)}:${response!.key}:${name}`);
  }
  return headers;
}

/**
 * The answer for one request of an operation: the chosen response's example (the named one, or the first), the
 * schema's example, or data generated from the schema.
 */
export function mockAnswer(document: MockDocument, operation: JsonObject, preference: MockPreference, seed: number): MockAnswer {
  const { response, status } = choose(declaredResponses(document, operation), preference);
  const key = `${String(operation.operationId)}:${response.key}`;
  const media = response.media;
  if (media === undefined) return { status };
  let body: unknown;
  if (preference.example !== undefined) {
    if (!media.examples.has(preference.example)) {
      throw frameworkError('INVALID_INPUT', `Prefer: example=${preference.example} names no example of response ${response.key}`);
    }
    body = media.examples.get(preference.example);
  } else {
    body = media.examples.values().next().value ?? schemaExample(document, media.schema) ?? sampleFromSchema(document, media.schema ?? {}, seed, key);
  }
  return { status, contentType: media.type, body };
}
