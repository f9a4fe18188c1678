import { RequestRefused } from './errors.ts';
import { Kind, visit, type ASTNode, type DocumentNode } from './graphql-js.ts';

const NUL = '\u0000';

function refuse(field: string): never {
  throw new RequestRefused('BAD_USER_INPUT', `"${field}" contains the NUL character (U+0000), which cannot be stored`, { field });
}

/** The argument or input field a string literal is the value of. */
function nameOf(ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>): string {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (!Array.isArray(node) && (node as ASTNode).kind === Kind.ARGUMENT) return (node as { name: { value: string } }).name.value;
    if (!Array.isArray(node) && (node as ASTNode).kind === Kind.OBJECT_FIELD) return (node as { name: { value: string } }).name.value;
  }
  return 'query';
}

/** The path (`$input.tags.0`) of the first string in `variables` that holds a NUL; iterative, so any depth is safe. */
function nulInVariables(variables: Record<string, unknown>): string | undefined {
  const pending: Array<[unknown, string]> = Object.entries(variables).map(([name, value]) => [value, `$${name}`]);
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return path;
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) pending.push([inner, `${path}.${key}`]);
    }
  }
  return undefined;
}

/**
 * A Mercurius `preExecution` hook: text the database cannot store (U+0000) in any string argument, input field or
 * variable is BAD_USER_INPUT naming where it is, before any resolver runs.
 */
export async function refuseUnstorableText(_schema: unknown, document: DocumentNode, _context: unknown, variables: Record<string, unknown> | undefined): Promise<void> {
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (node.value.includes(NUL)) refuse(nameOf(parent === undefined ? ancestors : [...ancestors, parent]));
    },
  });
  const inVariable = variables ? nulInVariables(variables) : undefined;
  if (inVariable) refuse(inVariable);
}
