import type { WireResponse } from './http.ts';
import { requiresCredentials } from './openapi.ts';
import { conformanceProblems, namesField, type Problem } from './response-checks.ts';
import type { RestCase } from './rest-cases.ts';
import { RULE_KEYWORDS } from './schema-mutations.ts';
import type { SchemaValidator } from './schema-validator.ts';

export interface Verdict {
  /** The row of the outcome table this answer counts in (failures count under their first problem). */
  readonly outcome: string;
  readonly problems: readonly Problem[];
}

const REFUSALS_AS_INVALID = new Set([400, 422]);

/**
 * Refusals that come before the request is read: no route for a path, too long a target, too large a body, or (for an
 * operation that needs credentials) credentials the server does not accept, checked first.
 */
function refusedBeforeReading(testCase: RestCase, status: number): boolean {
  const operation = testCase.operation;
  if (status === 413 || status === 414) return true;
  if (status === 404) return operation?.parameters.some((p) => p.in === 'path') ?? false;
  if (status === 401 || status === 403) return operation !== undefined && requiresCredentials(operation);
  return false;
}

/** Judges one answer against what the spec promises for the request that was sent. */
export function evaluate(testCase: RestCase, response: WireResponse, validator: SchemaValidator): Verdict {
  const { status } = response;
  const problems: Problem[] = [];
  if (status >= 500) problems.push({ kind: 'server error (5xx)', detail: `status ${status}: ${response.body.slice(0, 160)}` });
  if (testCase.operation) problems.push(...conformanceProblems(testCase.operation, response, validator));
  if (status === 429 && problems.length === 0) return { outcome: 'rate limited (429)', problems };
  const expect = testCase.expect;
  let outcome = '';
  const mustName = (field: string) => {
    if (REFUSALS_AS_INVALID.has(status) && !namesField(response, field)) {
      problems.push({ kind: 'error does not name the field', detail: `${status} does not mention "${field}": ${response.body.slice(0, 160)}` });
    }
  };
  switch (expect.kind) {
    case 'valid':
      if (REFUSALS_AS_INVALID.has(status)) problems.push({ kind: 'valid request refused as invalid', detail: `${status}: ${response.body.slice(0, 200)}` });
      outcome = status < 300 ? 'valid: accepted (2xx)' : 'valid: refused by state or rule (other 4xx)';
      break;
    case 'invalid':
      if (status < 400) problems.push({ kind: 'invalid request accepted', detail: `${expect.location}.${expect.field} broke ${expect.constraint}, answered ${status}` });
      else if (status < 500 && !REFUSALS_AS_INVALID.has(status) && !refusedBeforeReading(testCase, status)) {
        problems.push({ kind: 'unexpected status', detail: `${expect.location}.${expect.field} broke ${expect.constraint}: expected 400 or 422, got ${status}` });
      } else mustName(expect.field);
      outcome = RULE_KEYWORDS.has(expect.constraint) ? 'broken rule: rejected (4xx naming the field)' : 'invalid: rejected (4xx naming the field)';
      break;
    case 'hostile':
      mustName(expect.field);
      outcome = status < 300 ? 'hostile: accepted' : 'hostile: rejected';
      break;
    case 'malformed':
      // credentials may be checked before the request is parsed: 401/403 are refusals too
      if (!expect.allowed.includes(status) && status !== 401 && status !== 403) problems.push({ kind: 'unexpected status', detail: `expected ${expect.allowed.join(' or ')}, got ${status}: ${response.body.slice(0, 160)}` });
      outcome = 'malformed: rejected';
      break;
    case 'unauthenticated':
      if (status !== 401) problems.push({ kind: 'credentials not enforced', detail: `expected 401, got ${status}` });
      outcome = 'credentials: refused (401)';
      break;
    case 'method':
      if (status === 405 && !response.headers.allow) problems.push({ kind: 'unexpected status', detail: '405 without Allow' });
      else if (status !== 405 && status !== 501) problems.push({ kind: 'unexpected status', detail: `undeclared method: expected 405 with Allow, got ${status}` });
      outcome = 'undeclared method: refused (405)';
      break;
  }
  return { outcome: problems.length > 0 ? `FAILED: ${problems[0]!.kind}` : outcome, problems };
}
