import {
  getNamedType,
  getOperationAST,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from '../graphql-js.ts';
import type { MercuriusContext } from 'mercurius';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../domain/posts/index.ts';
import { RequestRefused } from '../errors.ts';
import { operationNameOf } from '../mercurius-quirks.ts';
import { fragmentsOf, measureFragments } from './fragments.ts';

type Variables = Record<string, unknown> | undefined;

interface Walk {
  schema: GraphQLSchema;
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

/** Costs add up to this at most, so that no sum overflows to Infinity (and `first: 0` never multiplies it into NaN). */
const SATURATED = Number.MAX_SAFE_INTEGER;
const saturated = (cost: number): number => Math.min(cost, SATURATED);

/** The objects a selection set can return, given each fragment's cost. */
function costOf(type: GraphQLCompositeType, selectionSet: SelectionSetNode, walk: Walk, fragmentCost: (name: string) => number): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = 'getFields' in type ? type.getFields()[selection.name.value] : undefined;
      const fieldType = definition ? getNamedType(definition.type) : undefined;
      if (!definition || !isCompositeType(fieldType) || !selection.selectionSet) continue;
      const objects = isListType(getNullableType(definition.type)) ? listSize(selection, definition, walk) : 1;
      cost = saturated(cost + objects + objects * costOf(fieldType, selection.selectionSet, walk, fragmentCost));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (isCompositeType(narrowed)) cost = saturated(cost + costOf(narrowed, selection.selectionSet, walk, fragmentCost));
    } else {
      cost = saturated(cost + fragmentCost(selection.name.value));
    }
  }
  return cost;
}

/**
 * The cost of the operation of `document` that runs (the one `operationName` names, or the only one): the number of
 * objects it can return, lists counted at their `first`. 0 when no operation would run.
 */
export function documentCost(schema: GraphQLSchema, document: DocumentNode, variables: Variables, operationName?: string | null): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const walk: Walk = { schema, variables, operation };
  const fragmentCost = measureFragments(fragmentsOf(document), 0, (fragment, costOfFragment) => {
    const narrowed = schema.getType(fragment.typeCondition.name.value);
    return isCompositeType(narrowed) ? costOf(narrowed, fragment.selectionSet, walk, costOfFragment) : 0;
  });
  return costOf(root, operation.selectionSet, walk, fragmentCost);
}

/** A Mercurius `preExecution` hook: variables are known there, so `first: $n` counts at its value. */
export function costLimit(maxCost: number) {
  return async (schema: GraphQLSchema, document: DocumentNode, context: MercuriusContext, variables: Variables): Promise<void> => {
    const cost = documentCost(schema, document, variables, operationNameOf(context.reply.request));
    if (cost > maxCost) {
      const message = `The query may cost ${cost}; the limit is ${maxCost} (its cost is the number of objects it can return)`;
      throw new RequestRefused('QUERY_TOO_COSTLY', message, { cost, maxCost });
    }
  };
}
