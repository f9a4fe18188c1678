// generated from src/client/graphql.ts - do not edit
import type { Transport } from "./unwrap.js";
/**
 * What a typed GraphQL document carries: its result and variables types (the shape of
 * `@graphql-typed-document-node/core`'s `DocumentTypeDecoration`, so such documents work with other clients too).
 */
export interface DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: (variables: TVariables) => TResult;
}
/** A typed document: the operation's text plus its types. */
export type TypedDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
    toString(): string;
};
/** Variables may be left out when the operation needs none. */
export type VariablesArgument<TVariables> = Record<never, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];
/** `client.graphql(document, variables)`: runs a typed operation on `/graphql`; any GraphQL error throws ApiError. */
export declare function graphqlCaller(transport: Transport): <TResult, TVariables>(document: TypedDocument<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>) => Promise<TResult>;
