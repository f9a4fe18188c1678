import { GraphQLError, Kind, type DocumentNode, type SelectionSetNode, type ValidationRule } from '../graphql-js.ts';
import type { GraphqlErrorCode } from '../../http/error-catalogue.ts';
import { fragmentsOf, measureFragments } from './fragments.ts';

/** How many fields deep a selection set goes, given each fragment's depth; introspection (`__schema`, `__type`) does not count. */
function depthOf(selectionSet: SelectionSetNode, fragmentDepth: (name: string) => number): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, fragmentDepth) : 0));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragmentDepth));
    } else {
      deepest = Math.max(deepest, fragmentDepth(selection.name.value));
    }
  }
  return deepest;
}

/** Each fragment's depth, computed once per document (a cycle counts 0: the spec's NoFragmentCycles rule reports it). */
export const fragmentDepths = (document: DocumentNode): ((name: string) => number) =>
  measureFragments(fragmentsOf(document), 0, (fragment, depthOfFragment) => depthOf(fragment.selectionSet, depthOfFragment));

/** Refuses operations whose fields nest deeper than `maxDepth`. */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context) => {
    const fragmentDepth = fragmentDepths(context.getDocument());
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragmentDepth);
        if (depth > maxDepth) {
          const code: GraphqlErrorCode = 'QUERY_TOO_DEEP';
          const message = `The query nests ${depth} fields deep; the limit is ${maxDepth}`;
          context.reportError(new GraphQLError(message, { nodes: [operation], extensions: { code, depth, maxDepth } }));
        }
      },
    };
  };
}
