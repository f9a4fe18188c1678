import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from '../graphql-js.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/posts/index.ts';
import { graphqlError, RequestRefused } from '../errors.ts';

type Variables = Record<string, unknown> | undefined;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  operation: OperationDefinitionNode;
}

/** A list field's size: its `first` (literal, variable, or default), within 0..MAX_PAGE_SIZE. */
function listSize(field: FieldNode, definition: GraphQLField<unknown, unknown>, walk: Walk): number {
  const argument = field.arguments?.find((arg) => arg.name.value === 'first');
  let value: unknown = definition.args.find((arg) => arg.name === 'first')?.defaultValue ?? DEFAULT_PAGE_SIZE;
  if (argument?.value.kind === Kind.INT) value = Number(argument.value.value);
  if (argument?.value.kind === Kind.VARIABLE) {
    const name = argument.value.name.value;
    const declared = walk.operation.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
    value = walk.variables?.[name] ?? (declared?.kind === Kind.INT ? Number(declared.value) : value);
  }
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value), 0), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
}

/** The objects a selection set can return, `multiplier` times over. */
function costOf(type: GraphQLCompositeType, selectionSet: SelectionSetNode, multiplier: number, walk: Walk, seen: ReadonlySet<string>): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = 'getFields' in type ? type.getFields()[selection.name.value] : undefined;
      const fieldType = definition ? getNamedType(definition.type) : undefined;
      if (!definition || !isCompositeType(fieldType) || !selection.selectionSet) continue;
      const objects = multiplier * (isListType(getNullableType(definition.type)) ? listSize(selection, definition, walk) : 1);
      cost += objects + costOf(fieldType, selection.selectionSet, objects, walk, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (isCompositeType(narrowed)) cost += costOf(narrowed, selection.selectionSet, multiplier, walk, seen);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      const narrowed = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && isCompositeType(narrowed) && !seen.has(fragment.name.value)) {
        cost += costOf(narrowed, fragment.selectionSet, multiplier, walk, new Set([...seen, fragment.name.value]));
      }
    }
  }
  return cost;
}

/** The cost of the costliest operation of `document`: the number of objects it can return, lists counted at their `first`. */
export function documentCost(schema: GraphQLSchema, document: DocumentNode, variables: Variables): number {
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  let highest = 0;
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(operation.operation);
    if (root) highest = Math.max(highest, costOf(root, operation.selectionSet, 1, { schema, fragments, variables, operation }, new Set()));
  }
  return highest;
}

/** A Mercurius `preExecution` hook: variables are known there, so `first: $n` counts at its value. */
export function costLimit(maxCost: number) {
  return async (schema: GraphQLSchema, document: DocumentNode, _context: unknown, variables: Variables): Promise<void> => {
    const cost = documentCost(schema, document, variables);
    if (cost > maxCost) {
      const message = `The query may cost ${cost}; the limit is ${maxCost} (its cost is the number of objects it can return)`;
      throw new RequestRefused(400, graphqlError('QUERY_TOO_COSTLY', message, { cost, maxCost }));
    }
  };
}
