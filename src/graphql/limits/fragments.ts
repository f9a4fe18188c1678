import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from '../graphql-js.ts';

/** The names of the fragments a selection set spreads, directly or in its inline fragments and fields. */
export function spreadsIn(selectionSet: SelectionSetNode, into: Set<string> = new Set()): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) into.add(selection.name.value);
    else if (selection.selectionSet) spreadsIn(selection.selectionSet, into);
  }
  return into;
}

export const fragmentsOf = (document: DocumentNode): Map<string, FragmentDefinitionNode> =>
  new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

/**
 * The fragments of a document, each after the fragments it spreads; fragments on a cycle, or spreading one, are left
 * out (the spec's NoFragmentCycles rule reports them). Iterative, so a long chain of fragments cannot exhaust the stack.
 */
export function inDependencyOrder(fragments: ReadonlyMap<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const spreads = new Map([...fragments].map(([name, fragment]) => [name, [...spreadsIn(fragment.selectionSet)].filter((n) => fragments.has(n))]));
  const waitingOn = new Map([...spreads].map(([name, names]) => [name, new Set(names)]));
  const spreadBy = new Map<string, string[]>();
  for (const [name, names] of spreads) {
    for (const spread of names) {
      const dependents = spreadBy.get(spread) ?? [];
      dependents.push(name);
      spreadBy.set(spread, dependents);
    }
  }
  const ready = [...waitingOn].filter(([, waiting]) => waiting.size === 0).map(([name]) => name);
  const order: FragmentDefinitionNode[] = [];
  for (let name = ready.pop(); name !== undefined; name = ready.pop()) {
    order.push(fragments.get(name)!);
    for (const dependent of spreadBy.get(name) ?? []) {
      const waiting = waitingOn.get(dependent)!;
      waiting.delete(name);
      if (waiting.size === 0) ready.push(dependent);
    }
  }
  return order;
}

/**
 * A measure of every fragment, each computed once, in dependency order: `measure` reads the measures of the fragments
 * it spreads through `of`, which gives `missing` for unknown fragments and fragments on a cycle.
 */
export function measureFragments<T>(
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  missing: T,
  measure: (fragment: FragmentDefinitionNode, of: (name: string) => T) => T,
): (name: string) => T {
  const measured = new Map<string, T>();
  const of = (name: string): T => (measured.has(name) ? measured.get(name)! : missing);
  for (const fragment of inDependencyOrder(fragments)) measured.set(fragment.name.value, measure(fragment, of));
  return of;
}
