/** The parts of an OpenAPI 3.0/3.1 document the mock reads; everything else is ignored. */
export type JsonObject = Record<string, unknown>;

export interface MockDocument {
  paths?: Record<string, JsonObject | undefined>;
  components?: JsonObject & {
    schemas?: Record<string, unknown>;
    securitySchemes?: Record<string, unknown>;
  };
}

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows local `$ref`s (`#/components/...`) until a value that is not a reference. */
export function resolveRef(document: MockDocument, value: unknown, seen = new Set<string>()): unknown {
  if (!isObject(value) || typeof value.$ref !== 'string') return value;
  const ref = value.$ref;
  if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
  seen.add(ref);
  let target: unknown = document;
  for (const part of ref.slice(2).split('/')) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    target = isObject(target) ? target[key] : undefined;
  }
  return resolveRef(document, target, seen);
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface DocumentOperation {
  operationId: string;
  method: string;
  path: string;
  operation: JsonObject;
}

/** Every operation of the document that has an operationId, as the generated route table names them. */
export function documentOperations(document: MockDocument): DocumentOperation[] {
  const found: DocumentOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (isObject(operation) && typeof operation.operationId === 'string') {
        found.push({ operationId: operation.operationId, method: method.toUpperCase(), path, operation });
      }
    }
  }
  return found;
}
