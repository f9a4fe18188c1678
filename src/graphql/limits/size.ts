import { Kind, type DocumentNode, type SelectionSetNode } from '../graphql-js.ts';
import { fragmentsOf, measureFragments } from './fragments.ts';
import { tooLarge } from './refusal.ts';

export interface SizeLimits {
  maxFields: number;
  maxAliases: number;
}

export interface DocumentSize {
  fields: number;
  aliases: number;
}

const NONE: DocumentSize = { fields: 0, aliases: 0 };
const plus = (a: DocumentSize, b: DocumentSize): DocumentSize => ({ fields: a.fields + b.fields, aliases: a.aliases + b.aliases });

function sizeOf(selectionSet: SelectionSetNode, fragmentSize: (name: string) => DocumentSize): DocumentSize {
  let size = NONE;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) size = plus(size, fragmentSize(selection.name.value));
    else {
      if (selection.kind === Kind.FIELD) size = plus(size, { fields: 1, aliases: selection.alias ? 1 : 0 });
      if (selection.selectionSet) size = plus(size, sizeOf(selection.selectionSet, fragmentSize));
    }
  }
  return size;
}

/**
 * The fields and aliases of a document: those written in it, plus those each operation gets through its fragments
 * (a fragment's fields count again at every use). That is what graphql-js's validation and execution read, and it is
 * counted in time linear in the document: each fragment is measured once.
 */
export function documentSize(document: DocumentNode): DocumentSize {
  const fragmentSize = measureFragments(fragmentsOf(document), NONE, (fragment, of) => sizeOf(fragment.selectionSet, of));
  let size = NONE;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) size = plus(size, sizeOf(definition.selectionSet, fragmentSize));
    if (definition.kind === Kind.FRAGMENT_DEFINITION) size = plus(size, sizeOf(definition.selectionSet, () => NONE));
  }
  return size;
}

export function checkSizeLimits(document: DocumentNode, { maxFields, maxAliases }: SizeLimits): void {
  const { fields, aliases } = documentSize(document);
  const counted = 'counting the fields of a fragment where it is written and again wherever an operation uses it';
  if (fields > maxFields) throw tooLarge('fields', maxFields, `The document selects ${fields} fields, ${counted}; the limit is ${maxFields}`);
  if (aliases > maxAliases) throw tooLarge('aliases', maxAliases, `The document holds ${aliases} aliases, ${counted}; the limit is ${maxAliases}`);
}

/** A Mercurius `preValidation` hook: it runs before graphql-js's validation, whose cost grows with these numbers. */
export const sizeLimits =
  (limits: SizeLimits) =>
  async (_schema: unknown, document: DocumentNode): Promise<void> =>
    checkSizeLimits(document, limits);
