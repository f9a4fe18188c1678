import { Location, type DocumentNode } from '../graphql-js.ts';

export class WorkBudgetSpent extends Error {}

export interface CountedDocument {
  document: DocumentNode;
  /** How many properties of the document's nodes were read so far. */
  reads(): number;
}

/**
 * `document` seen through proxies that count every property read of its nodes (and of their lists): a measure of the
 * work any code does on the document that no machine load skews. Past `budget` reads, a read throws WorkBudgetSpent,
 * so that runaway work fails fast instead of hanging.
 */
export function countReads(document: DocumentNode, budget = Number.POSITIVE_INFINITY): CountedDocument {
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || value instanceof Location) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, key) {
          if (++reads > budget) throw new WorkBudgetSpent(`more than ${budget} reads`);
          return wrap(Reflect.get(target, key));
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };
  return { document: wrap(document) as DocumentNode, reads: () => reads };
}
