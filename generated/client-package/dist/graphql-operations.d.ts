// generated from src/client/graphql/operations.graphql and spec/graphql/schema.graphql - do not edit
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends {
    [key: string]: unknown;
}> = {
    [K in keyof T]: T[K];
};
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | {
    [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never;
};
import type { DocumentTypeDecoration } from "./graphql.js";
/** What a user may do. */
export type Role = 'admin' | 'moderator' | 'user' | 'guest';
export type MeQueryVariables = Exact<{
    [key: string]: never;
}>;
export type MeQuery = {
    me: {
        id: string;
        name: string;
        role: Role;
        createdAt: string;
        updatedAt: string;
    } | null;
};
export type UserQueryVariables = Exact<{
    id: string | number;
}>;
export type UserQuery = {
    user: {
        email: string;
        id: string;
        name: string;
        role: Role;
        createdAt: string;
        updatedAt: string;
        posts: Array<{
            id: string;
            title: string;
            content: string;
            published: boolean;
            tags: Array<string>;
            createdAt: string;
            author: {
                id: string;
                name: string;
            };
        }>;
    } | null;
};
export type PostsQueryVariables = Exact<{
    first?: number | null | undefined;
    published?: boolean | null | undefined;
    after?: string | number | null | undefined;
}>;
export type PostsQuery = {
    posts: Array<{
        id: string;
        title: string;
        content: string;
        published: boolean;
        tags: Array<string>;
        createdAt: string;
        author: {
            id: string;
            name: string;
        };
    }>;
};
export type PostQueryVariables = Exact<{
    id: string | number;
    first?: number | null | undefined;
}>;
export type PostQuery = {
    post: {
        id: string;
        title: string;
        content: string;
        published: boolean;
        tags: Array<string>;
        createdAt: string;
        comments: Array<{
            id: string;
            content: string;
            createdAt: string;
            replies: Array<{
                id: string;
                content: string;
                createdAt: string;
                author: {
                    id: string;
                    name: string;
                };
            }>;
            author: {
                id: string;
                name: string;
            };
        }>;
        author: {
            id: string;
            name: string;
        };
    } | null;
};
export type CreatePostMutationVariables = Exact<{
    title: string;
    content: string;
    published?: boolean | null | undefined;
    tags?: Array<string> | string | null | undefined;
}>;
export type CreatePostMutation = {
    createPost: {
        id: string;
        title: string;
        content: string;
        published: boolean;
        tags: Array<string>;
        createdAt: string;
        author: {
            id: string;
            name: string;
        };
    };
};
export type CreateCommentMutationVariables = Exact<{
    postId: string | number;
    content: string;
    parentId?: string | number | null | undefined;
}>;
export type CreateCommentMutation = {
    createComment: {
        id: string;
        content: string;
        createdAt: string;
        post: {
            id: string;
        };
        author: {
            id: string;
            name: string;
        };
    };
};
export type UserFieldsFragment = {
    id: string;
    name: string;
    role: Role;
    createdAt: string;
    updatedAt: string;
};
export type PostFieldsFragment = {
    id: string;
    title: string;
    content: string;
    published: boolean;
    tags: Array<string>;
    createdAt: string;
    author: {
        id: string;
        name: string;
    };
};
export type CommentFieldsFragment = {
    id: string;
    content: string;
    createdAt: string;
    author: {
        id: string;
        name: string;
    };
};
export declare class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
    __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
    private value;
    __meta__?: Record<string, any> | undefined;
    constructor(value: string, __meta__?: Record<string, any> | undefined);
    toString(): string & DocumentTypeDecoration<TResult, TVariables>;
}
export declare const UserFieldsFragmentDoc: TypedDocumentString<UserFieldsFragment, unknown>;
export declare const PostFieldsFragmentDoc: TypedDocumentString<PostFieldsFragment, unknown>;
export declare const CommentFieldsFragmentDoc: TypedDocumentString<CommentFieldsFragment, unknown>;
export declare const MeDocument: TypedDocumentString<MeQuery, MeQueryVariables>;
export declare const UserDocument: TypedDocumentString<UserQuery, UserQueryVariables>;
export declare const PostsDocument: TypedDocumentString<PostsQuery, PostsQueryVariables>;
export declare const PostDocument: TypedDocumentString<PostQuery, PostQueryVariables>;
export declare const CreatePostDocument: TypedDocumentString<CreatePostMutation, CreatePostMutationVariables>;
export declare const CreateCommentDocument: TypedDocumentString<CreateCommentMutation, CreateCommentMutationVariables>;
export {};
