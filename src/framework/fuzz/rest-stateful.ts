import type { WireRequest, WireResponse } from './http.ts';
import type { ApiSpec, SpecOperation } from './openapi.ts';
import type { Problem } from './response-checks.ts';
import type { RestCase, RestCaseGenerator } from './rest-cases.ts';
import type { RequestInput } from './request-input.ts';

/** A resource the fuzzer can walk: created by POST on a collection, then read, updated and deleted by its id. */
export interface ResourceChain {
  readonly create: SpecOperation;
  readonly idParam: string;
  readonly read: SpecOperation;
  readonly update: SpecOperation | undefined;
  readonly remove: SpecOperation | undefined;
  /** JSON pointer into the create answer where the id is, from the spec's `links` when it has them. */
  readonly idPointer: string | undefined;
}

/** Chains from operations sharing a path (POST /x, then GET/PATCH/PUT/DELETE /x/{id}), or from `links`. */
export function resourceChains(spec: ApiSpec): ResourceChain[] {
  const chains: ResourceChain[] = [];
  for (const create of spec.operations.filter((op) => op.method === 'POST')) {
    const itemPaths = new Set(spec.operations.filter((op) => op.path.startsWith(`${create.path}/{`) && /^\/\{[^}/]+\}$/.test(op.path.slice(create.path.length))).map((op) => op.path));
    for (const itemPath of itemPaths) {
      const at = (method: string) => spec.operations.find((op) => op.path === itemPath && op.method === method);
      const read = at('GET');
      if (!read) continue;
      const idParam = itemPath.slice(create.path.length + 2, -1);
      const link = Object.entries(create.responses)
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([, r]) => r.links)
        .find((l) => l.operationId === read.operationId && l.parameters[idParam]?.startsWith('$response.body#'));
      chains.push({ create, idParam, read, update: at('PATCH') ?? at('PUT'), remove: at('DELETE'), idPointer: link?.parameters[idParam]?.slice('$response.body#'.length) });
    }
  }
  return chains;
}

function atPointer(value: unknown, pointer: string): unknown {
  let node = value;
  for (const key of pointer.split('/').slice(1)) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return node;
}

function idFrom(chain: ResourceChain, response: WireResponse): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = undefined;
  }
  const candidates = [chain.idPointer && atPointer(body, chain.idPointer), atPointer(body, `/${chain.idParam}`), atPointer(body, '/id')];
  const found = candidates.find((c) => typeof c === 'string' || typeof c === 'number');
  if (found !== undefined) return String(found);
  const location = response.headers.location;
  return location ? decodeURIComponent(location.split('?')[0]!.split('/').pop() ?? '') || undefined : undefined;
}

export interface StepResult {
  readonly testCase: RestCase;
  readonly response: WireResponse;
  /** Problems of the sequence itself (the caller adds those of each answer). */
  readonly problems: readonly Problem[];
}

type Send = (testCase: RestCase) => Promise<WireResponse>;

/** Runs create → read → update → read → delete → read (404) with the id the API returned; stops at the first broken step. */
export async function runChain(chain: ResourceChain, generator: RestCaseGenerator, seed: number, send: Send): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const step = async (name: string, operation: SpecOperation, input: RequestInput, check: (r: WireResponse) => string | undefined) => {
    const request: WireRequest = generator.request(operation, input);
    const testCase: RestCase = { label: `sequence: ${name}`, operation, request, expect: { kind: 'valid' } };
    const response = await send(testCase);
    const problem = response.status === 429 ? undefined : check(response);
    results.push({ testCase, response, problems: problem ? [{ kind: 'stateful sequence', detail: `${name}: ${problem}` }] : [] });
    return problem === undefined && response.status !== 429 ? response : undefined;
  };
  const ok2xx = (r: WireResponse) => (r.status >= 200 && r.status < 300 ? undefined : `expected 2xx, got ${r.status}: ${r.body.slice(0, 160)}`);
  let created: WireResponse | undefined;
  for (let attempt = 0; attempt < 3 && !created; attempt++) {
    const input = generator.validInput(chain.create, seed + attempt);
    if (!input) return results;
    const response = await step('create', chain.create, input, () => undefined);
    if (response && response.status >= 200 && response.status < 300) created = response;
  }
  if (!created) return results;
  const id = idFrom(chain, created);
  if (id === undefined) {
    return [...results.slice(0, -1), { ...results.at(-1)!, problems: [{ kind: 'stateful sequence', detail: `create: no id found in the answer (${chain.idParam})` }] }];
  }
  const withId = (operation: SpecOperation, offset: number): RequestInput | undefined => {
    const input = generator.validInput(operation, seed + offset);
    return input && { ...input, params: { ...input.params, path: { ...input.params.path, [chain.idParam]: id } } };
  };
  const readInput = withId(chain.read, 11);
  if (!readInput) return results;
  const first = await step('read the created resource', chain.read, readInput, ok2xx);
  if (!first) return results;
  let before = first.body;
  if (chain.update) {
    const updateInput = withId(chain.update, 12);
    // a conflict with data already on the server (a unique field) is a state the sequence cannot avoid, not a fault
    const updated = updateInput && (await step('update', chain.update, updateInput, (r) => (r.status === 409 ? undefined : ok2xx(r))));
    if (updateInput && !updated) return results;
    const again = await step('read after update', chain.read, readInput, ok2xx);
    if (!again) return results;
    before = again.body;
  }
  if (!chain.remove) return results;
  const removeInput = withId(chain.remove, 13);
  if (!removeInput || !(await step('delete', chain.remove, removeInput, ok2xx))) return results;
  await step('read after delete', chain.read, readInput, (r) =>
    r.status === 404 || r.status === 410 || (r.status >= 200 && r.status < 300 && r.body !== before) ? undefined : `expected 404 or 410 (or a changed representation), got ${r.status}`,
  );
  return results;
}
