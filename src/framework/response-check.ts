import type { FastifyReply, FastifyRequest } from 'fastify';
import { declaredResponse, type RouteDefinition, type Validator } from './route-definition.ts';

export interface ResponseViolation {
  method: string;
  url: string;
  operationId: string | undefined;
  status: number;
  problem: string;
}

export interface ResponseCheckOptions {
  /** The component schema every response outside an operation (unknown path, wrong method) must match. */
  errorSchema?: string;
  onViolation: (violation: ResponseViolation) => void;
}

export function validatorNamed(validators: Record<string, unknown>, name: string): Validator | undefined {
  const candidate = validators[name];
  return typeof candidate === 'function' ? (candidate as Validator) : undefined;
}

/** The validator of a component schema (`component(name)` of the generated response validators). */
function componentValidator(validators: Record<string, unknown>, name: string): Validator | undefined {
  const component = validators.component;
  return typeof component === 'function' ? (component as (name: string) => Validator | undefined)(name) : undefined;
}

function errorsOf(validator: Validator): string {
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`).join('; ');
}

function parse(payload: unknown): { ok: true; value: unknown } | { ok: false } {
  const text = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined;
  if (text === undefined) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Checks one response against the spec: declared status, required headers, media type and body schema. */
export function checkResponse(
  route: RouteDefinition | undefined,
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  validators: Record<string, unknown>,
  errorSchema: string | undefined,
): string[] {
  const problems: string[] = [];
  const mediaType = String(reply.getHeader('content-type') ?? '').split(';')[0]!.trim();
  const hasBody = payload !== undefined && payload !== null && payload !== '' && request.method !== 'HEAD';
  let check: string | undefined;
  if (route) {
    const declared = declaredResponse(route, reply.statusCode);
    if (!declared) return [`status ${reply.statusCode} is not declared`];
    for (const header of declared.headers) {
      const sent = reply.getHeader(header.name);
      if (header.required && sent === undefined) problems.push(`header ${header.name} is missing`);
      if (header.value !== undefined && sent !== undefined && String(sent) !== header.value) problems.push(`header ${header.name} is not ${header.value}`);
    }
    if (hasBody) {
      const media = declared.content[mediaType];
      if (!media) problems.push(`media type ${mediaType || '(none)'} is not declared for status ${reply.statusCode}`);
      check = media?.check;
    } else if (Object.keys(declared.content).length > 0 && request.method !== 'HEAD') {
      problems.push(`status ${reply.statusCode} declares a body but none was sent`);
    }
  }
  // outside an operation (unknown path, wrong method) the body must match the error component; bytes and text are sent as they are
  const wanted = route ? check : errorSchema;
  if (hasBody && wanted && /^application\/([a-z0-9.+-]*\+)?json$/i.test(mediaType)) {
    const validator = route ? validatorNamed(validators, wanted) : componentValidator(validators, wanted);
    const body = parse(payload);
    if (!validator) problems.push(`no validator for ${wanted}`);
    else if (!body.ok) problems.push('body is not JSON');
    else if (!validator(body.value)) problems.push(`body does not match the schema: ${errorsOf(validator)}`);
  }
  return problems;
}
