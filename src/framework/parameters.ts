import { invalidInput } from './http-error.ts';
import { parseStrictJsonText } from './json-body.ts';
import type { ObjectShape, ParameterLocation, ParameterPlan, RouteDefinition, ValueShape } from './route-definition.ts';
import { parseField, parseList, parseScalar, parseScalarValue, propertyShape } from './strict-scalars.ts';

/** A route's parameters by location, worked out once at start. */
export interface ParameterPlans {
  readonly path: readonly ParameterPlan[];
  readonly query: readonly ParameterPlan[];
  /** With the name a header arrives under in Node (lower case). */
  readonly header: readonly (readonly [ParameterPlan, string])[];
  readonly cookie: readonly ParameterPlan[];
  /** Whether some query parameter gathers several keys (deepObject, exploded objects): the whole query is scanned. */
  readonly queryGathers: boolean;
  /** Query keys that belong to a parameter by name. */
  readonly queryNames: ReadonlySet<string>;
}

const FIELD_LABEL: Record<ParameterLocation, string> = { path: 'path', query: 'query', header: 'header', cookie: 'cookie' };

export function planParameters(route: RouteDefinition): ParameterPlans {
  const at = (location: ParameterLocation) => route.parameters.plans.filter((p) => p.in === location);
  const query = at('query');
  return {
    path: at('path'),
    query,
    header: at('header').map((plan) => [plan, plan.name.toLowerCase()] as const),
    cookie: at('cookie'),
    queryGathers: query.some((p) => p.shape.kind === 'object' && (p.style === 'deepObject' || p.explode)),
    queryNames: new Set(query.map((p) => p.name)),
  };
}

const DELIMITERS: Partial<Record<ParameterPlan['style'], string>> = { spaceDelimited: ' ', pipeDelimited: '|' };

/** `k1,v1,k2,v2` (or `k1=v1,k2=v2` when exploded) into an object; an odd list stays text for the schema to refuse. */
function pairsToObject(shape: ObjectShape, items: readonly string[], exploded: boolean): unknown {
  const object: Record<string, unknown> = {};
  if (exploded) {
    for (const item of items) {
      const at = item.indexOf('=');
      if (at < 0) return items.join(',');
      const name = item.slice(0, at);
      object[name] = parseField(propertyShape(shape, name) ?? { kind: 'scalar', scalar: 'string' }, item.slice(at + 1));
    }
    return object;
  }
  if (items.length % 2 !== 0) return items.join(',');
  for (let i = 0; i < items.length; i += 2) {
    const name = items[i]!;
    object[name] = parseField(propertyShape(shape, name) ?? { kind: 'scalar', scalar: 'string' }, items[i + 1]!);
  }
  return object;
}

/** A `content: application/json` parameter, as strictly as a JSON body (RFC 8259: no duplicate names, no lone surrogates...). */
function parseJson(plan: ParameterPlan, text: string): unknown {
  return parseStrictJsonText(text, { field: `${FIELD_LABEL[plan.in]}.${plan.name}`, noun: `The ${FIELD_LABEL[plan.in]} parameter ${plan.name}` });
}

/** One delimited text (a path segment, a header, a cookie, a non-exploded query value) decoded per its shape. */
function decodeText(plan: ParameterPlan, shape: ValueShape, text: string, delimiter: string, exploded: boolean): unknown {
  switch (shape.kind) {
    case 'scalar':
      return parseScalar(shape.scalar, text);
    case 'array':
      return text === '' ? [] : parseList(shape.items, text.split(delimiter));
    case 'object':
      return text === '' ? {} : pairsToObject(shape, text.split(delimiter), exploded);
    case 'json':
      return parseJson(plan, text);
  }
}

/** Path styles: simple `a,b`, label `.a,b` (`.a.b` exploded), matrix `;id=a,b` (`;id=a;id=b` exploded). */
function decodePathValue(plan: ParameterPlan, text: string): unknown {
  if (plan.style === 'label') {
    if (!text.startsWith('.')) return text;
    return decodeText(plan, plan.shape, text.slice(1), plan.explode && plan.shape.kind !== 'scalar' ? '.' : ',', plan.explode);
  }
  if (plan.style === 'matrix') {
    const prefix = `;${plan.name}=`;
    if (plan.explode && plan.shape.kind === 'array') {
      const parts = text.split(';').slice(1);
      if (!parts.every((part) => part.startsWith(`${plan.name}=`))) return text;
      return parseList(plan.shape.items, parts.map((part) => part.slice(plan.name.length + 1)));
    }
    if (plan.explode && plan.shape.kind === 'object') return decodeText(plan, plan.shape, text.slice(1), ';', true);
    if (!text.startsWith(prefix)) return text;
    return decodeText(plan, plan.shape, text.slice(prefix.length), ',', false);
  }
  return decodeText(plan, plan.shape, text, ',', plan.explode);
}

/** Decodes path parameters in place. */
export function decodePath(plans: readonly ParameterPlan[], params: Record<string, unknown>): void {
  for (const plan of plans) {
    const raw = params[plan.name];
    if (typeof raw === 'string') params[plan.name] = decodePathValue(plan, raw);
  }
}

/** `name[prop]` and `name[prop][]` keys of a deepObject parameter, gathered into one object (the raw keys removed). */
function gatherDeepObject(plan: ParameterPlan, shape: ObjectShape, query: Record<string, unknown>): Record<string, unknown> | undefined {
  const prefix = `${plan.name}[`;
  let object: Record<string, unknown> | undefined;
  for (const key of Object.keys(query)) {
    if (!key.startsWith(prefix) || !key.endsWith(']')) continue;
    const listed = key.endsWith('][]');
    const name = key.slice(prefix.length, listed ? -3 : -1);
    const fieldShape = propertyShape(shape, name) ?? { kind: 'scalar', scalar: 'string' };
    const raw = query[key];
    delete query[key];
    object ??= {};
    object[name] = listed && fieldShape.kind === 'scalar' ? raw : parseField(fieldShape, raw);
  }
  return object;
}

/** An exploded form object: its properties are top-level query keys (every key no other parameter names, when it allows more). */
function gatherExplodedObject(plans: ParameterPlans, shape: ObjectShape, query: Record<string, unknown>): Record<string, unknown> | undefined {
  let object: Record<string, unknown> | undefined;
  for (const key of Object.keys(query)) {
    if (plans.queryNames.has(key)) continue;
    const fieldShape = propertyShape(shape, key);
    if (!fieldShape) continue;
    object ??= {};
    object[key] = parseField(fieldShape, query[key]);
    delete query[key];
  }
  return object;
}

function decodeQueryValue(plan: ParameterPlan, raw: unknown): unknown {
  const shape = plan.shape;
  // a key given several times is how an exploded array is written, and nothing else is: not `include=a&include=b`
  // for a comma list, nor a scalar or a JSON value twice
  if (Array.isArray(raw) && !(plan.explode && shape.kind === 'array')) {
    throw invalidInput([{ field: `query.${plan.name}`, message: 'is sent more than once' }], `The query parameter ${plan.name} is sent more than once`);
  }
  if (shape.kind === 'scalar') return parseScalarValue(shape.scalar, raw);
  if (shape.kind === 'json') return typeof raw === 'string' ? parseJson(plan, raw) : raw;
  const delimiter = DELIMITERS[plan.style] ?? ',';
  if (plan.explode && shape.kind === 'array') {
    return typeof raw === 'string' ? [parseScalar(shape.items, raw)] : parseField(shape, raw);
  }
  return typeof raw === 'string' ? decodeText(plan, shape, raw, delimiter, false) : raw;
}

/** Decodes the query object in place, per each parameter's style; keys no parameter claims stay for the validator to refuse. */
export function decodeQuery(plans: ParameterPlans, query: Record<string, unknown>): void {
  for (const plan of plans.query) {
    if (plan.shape.kind === 'object' && (plan.style === 'deepObject' || plan.explode)) {
      const gathered =
        plan.style === 'deepObject' ? gatherDeepObject(plan, plan.shape, query) : gatherExplodedObject(plans, plan.shape, query);
      if (gathered !== undefined) query[plan.name] = gathered;
      continue;
    }
    const raw = query[plan.name];
    if (raw !== undefined) query[plan.name] = decodeQueryValue(plan, raw);
  }
}

/** The declared header parameters, decoded (style simple). */
export function decodeHeaders(plans: ParameterPlans['header'], headers: Record<string, unknown>): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  for (const [plan, wireName] of plans) {
    const raw = headers[wireName];
    if (raw === undefined) continue;
    decoded[plan.name] = typeof raw === 'string' ? decodeText(plan, plan.shape, raw, ',', plan.explode) : raw;
  }
  return decoded;
}

function cookiesOf(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (name === '' || cookies.has(name)) continue;
    let value = pair.slice(at + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

/** The declared cookie parameters from the Cookie header, decoded (style form: lists and objects comma-separated). */
export function decodeCookies(plans: readonly ParameterPlan[], header: string | undefined): Record<string, unknown> {
  const cookies = cookiesOf(header);
  const decoded: Record<string, unknown> = {};
  for (const plan of plans) {
    const raw = cookies.get(plan.name);
    if (raw !== undefined) decoded[plan.name] = decodeText(plan, plan.shape, raw, ',', false);
  }
  return decoded;
}
