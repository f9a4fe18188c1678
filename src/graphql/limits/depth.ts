import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationRule } from '../graphql-js.ts';
import type { GraphqlErrorCode } from '../errors.ts';

/** How many fields deep a selection set goes; introspection (`__schema`, `__type`) does not count. */
function depthOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: ReadonlySet<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragments, seen) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const fragment = fragments.get(selection.name.value);
      // a cycle is reported by the spec's own NoFragmentCycles rule
      if (fragment && !seen.has(fragment.name.value)) {
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value])));
      }
    }
  }
  return deepest;
}

/** Refuses operations whose fields nest deeper than `maxDepth`. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = new Map(context.getDocument().definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          const code: GraphqlErrorCode = 'QUERY_TOO_DEEP';
          const message = `The query nests ${depth} fields deep; the limit is ${maxDepth}`;
          context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code, depth, maxDepth } }));
        }
      },
    };
  };
}
