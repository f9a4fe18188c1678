import { ApiError, type ApiFieldError } from './api-error.ts';
import type { Transport } from './unwrap.ts';

/**
 * What a typed GraphQL document carries: its result and variables types (the shape of
 * `@graphql-typed-document-node/core`'s `DocumentTypeDecoration`, so such documents work with other clients too).
 */
export interface DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
}

/** A typed document: the operation's text plus its types. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** Variables may be left out when the operation needs none. */
export type VariablesArgument<TVariables> = Record<never, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

interface GraphqlAnswer {
  data?: unknown;
  errors?: { message?: unknown; extensions?: { code?: unknown; field?: unknown } }[];
}

function graphqlError(status: number, answer: GraphqlAnswer | undefined): ApiError {
  const first = answer?.errors?.[0];
  if (first === undefined) return new ApiError(status, 'UNKNOWN_ERROR', `The GraphQL endpoint answered ${status}`);
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN_ERROR';
  const message = String(first.message ?? '');
  const field = first.extensions?.field;
  const details: ApiFieldError[] = typeof field === 'string' ? [{ field, message }] : [];
  return new ApiError(status, code, message, details);
}

/** `client.graphql(document, variables)`: runs a typed operation on `/graphql`; any GraphQL error throws ApiError. */
export function graphqlCaller(transport: Transport) {
  const url = `${transport.baseUrl.replace(/\/+$/, '')}/graphql`;
  return async <TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>): Promise<TResult> => {
    const response = await transport.fetch(
      new Request(url, {
        method: 'POST',
        headers: { ...transport.headers, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      }),
    );
    const answer = (await response.json().catch(() => undefined)) as GraphqlAnswer | undefined;
    if (!response.ok || answer === undefined || (answer.errors?.length ?? 0) > 0 || answer.data == null) throw graphqlError(response.status, answer);
    return answer.data as TResult;
  };
}
