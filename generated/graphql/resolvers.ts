// generated from spec/graphql/schema.graphql - do not edit
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MercuriusContext } from 'mercurius';

/**
 * What each object type is resolved from (the parent of its field resolvers), declared by the app:
 * `declare module '.../generated/graphql/resolvers.ts' { interface GraphqlModels { User: ...; Post: ... } }`.
 * A type left out is resolved from its own GraphQL shape.
 */
export interface GraphqlModels {}
type ModelOf<K extends string, Fallback> = K extends keyof GraphqlModels ? GraphqlModels[K] : Fallback;

export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant: RFC 3339 in UTC with a `Z`, e.g. `2026-01-31T09:30:00.000Z`. */
  DateTime: { input: string; output: Date | string; }
};

/** What a user may do. */
export type Role =
  | 'admin'
  | 'moderator'
  | 'user'
  | 'guest';

/** Represents a registered user in the system */
export type User = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Readable by the user itself, admins and API keys; another user's email is a `FORBIDDEN` error for a user token. */
  email: Scalars['String']['output'];
  role: Role;
  createdAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The user's posts, newest first: drafts too for the user itself and for admins. */
  posts: Array<Post>;
  /** The user's comments and replies, newest first, on posts the caller can see. */
  comments: Array<Comment>;
};

/** Represents a registered user in the system */
export type UserPostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** Represents a registered user in the system */
export type UserCommentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** Blog post or article content */
export type Post = {
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  content: Scalars['String']['output'];
  /** A draft (false) is seen only by its author and by admins. */
  published: Scalars['Boolean']['output'];
  author: User;
  tags: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The top-level comments, oldest first; their replies are under each comment's `replies`. */
  comments: Array<Comment>;
};

/** Blog post or article content */
export type PostCommentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** User comment on a post (supports threading) */
export type Comment = {
  id: Scalars['ID']['output'];
  content: Scalars['String']['output'];
  author: User;
  post: Post;
  createdAt: Scalars['DateTime']['output'];
  /** The direct replies to this comment, oldest first. */
  replies: Array<Comment>;
};

/** User comment on a post (supports threading) */
export type CommentRepliesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
};

export type Query = {
  /** The user of the token; null for an API key. */
  me?: Maybe<User>;
  /** A user by id. */
  user?: Maybe<User>;
  /** All users, oldest first (API keys and admins; `FORBIDDEN` for other user tokens). */
  users: Array<User>;
  /** A post by id. */
  post?: Maybe<Post>;
  /** Posts, newest first: the published ones, the caller's own drafts, and every draft for admins; `published` narrows them. */
  posts: Array<Post>;
};

export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type QueryUsersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
};

export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  published?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['ID']['input']>;
};

export type Mutation = {
  /** A post by the user of the token. `title`: 1 to 200 characters; `content`: 1 to 50000; `tags`: at most 10, each 1 to 40. */
  createPost: Post;
  /** A comment by the user of the token on a post it can see, or with `parentId`, a reply to a comment of that post. `content`: 1 to 10000 characters. */
  createComment: Comment;
};

export type MutationCreatePostArgs = {
  title: Scalars['String']['input'];
  content: Scalars['String']['input'];
  published?: InputMaybe<Scalars['Boolean']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type MutationCreateCommentArgs = {
  postId: Scalars['ID']['input'];
  content: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Role: Role;
  User: ResolverTypeWrapper<ModelOf<'User', User>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Post: ResolverTypeWrapper<ModelOf<'Post', Post>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comment: ResolverTypeWrapper<ModelOf<'Comment', Comment>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  User: ModelOf<'User', User>;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Post: ModelOf<'Post', Post>;
  Boolean: Scalars['Boolean']['output'];
  Comment: ModelOf<'Comment', Comment>;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type UserResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<UserPostsArgs, 'first'>>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType, RequireFields<UserCommentsArgs, 'first'>>;
};

export type PostResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType, RequireFields<PostCommentsArgs, 'first'>>;
};

export type CommentResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  post?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType, RequireFields<CommentRepliesArgs, 'first'>>;
};

export type QueryResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
  post?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<QueryPostArgs, 'id'>>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<QueryPostsArgs, 'first'>>;
};

export type MutationResolvers<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createPost?: Resolver<ResolversTypes['Post'], ParentType, ContextType, RequireFields<MutationCreatePostArgs, 'title' | 'content' | 'published' | 'tags'>>;
  createComment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType, RequireFields<MutationCreateCommentArgs, 'postId' | 'content'>>;
};

export type Resolvers<ContextType = MercuriusContext> = {
  DateTime?: GraphQLScalarType;
  User?: UserResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
};

/**
 * One batch of a field: every `{ obj, params }` asked for in a request; one result per query, in order. An `Error`
 * in place of a result is that field's error.
 */
export type LoaderFn<TResult, TParent, TArgs, TContext> = (
  queries: Array<{ obj: TParent; params: TArgs }>,
  context: TContext,
) => Promise<Array<TResult | Error>> | Array<TResult | Error>;

export type LoaderResolver<TResult, TParent, TArgs, TContext> =
  | LoaderFn<TResult, TParent, TArgs, TContext>
  | { loader: LoaderFn<TResult, TParent, TArgs, TContext>; opts?: { cache?: boolean } };

export type CommentLoaders<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment']> = {
  id?: LoaderResolver<Scalars['ID']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  content?: LoaderResolver<Scalars['String']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  author?: LoaderResolver<ResolversParentTypes['User'], ParentType, Record<PropertyKey, never>, ContextType>;
  post?: LoaderResolver<ResolversParentTypes['Post'], ParentType, Record<PropertyKey, never>, ContextType>;
  createdAt?: LoaderResolver<Scalars['DateTime']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  replies?: LoaderResolver<Array<ResolversParentTypes['Comment']>, ParentType, RequireFields<CommentRepliesArgs, 'first'>, ContextType>;
};

export type PostLoaders<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = {
  id?: LoaderResolver<Scalars['ID']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  title?: LoaderResolver<Scalars['String']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  content?: LoaderResolver<Scalars['String']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  published?: LoaderResolver<Scalars['Boolean']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  author?: LoaderResolver<ResolversParentTypes['User'], ParentType, Record<PropertyKey, never>, ContextType>;
  tags?: LoaderResolver<Array<Scalars['String']['output']>, ParentType, Record<PropertyKey, never>, ContextType>;
  createdAt?: LoaderResolver<Scalars['DateTime']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  comments?: LoaderResolver<Array<ResolversParentTypes['Comment']>, ParentType, RequireFields<PostCommentsArgs, 'first'>, ContextType>;
};

export type UserLoaders<ContextType = MercuriusContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: LoaderResolver<Scalars['ID']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  name?: LoaderResolver<Scalars['String']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  email?: LoaderResolver<Scalars['String']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  role?: LoaderResolver<Role, ParentType, Record<PropertyKey, never>, ContextType>;
  createdAt?: LoaderResolver<Scalars['DateTime']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  updatedAt?: LoaderResolver<Scalars['DateTime']['output'], ParentType, Record<PropertyKey, never>, ContextType>;
  posts?: LoaderResolver<Array<ResolversParentTypes['Post']>, ParentType, RequireFields<UserPostsArgs, 'first'>, ContextType>;
  comments?: LoaderResolver<Array<ResolversParentTypes['Comment']>, ParentType, RequireFields<UserCommentsArgs, 'first'>, ContextType>;
};

export type Loaders<ContextType = MercuriusContext> = {
  Comment?: CommentLoaders<ContextType>;
  Post?: PostLoaders<ContextType>;
  User?: UserLoaders<ContextType>;
};

/** The GraphQL shape of each object type, root types included. */
type ObjectShapes = {
  Comment: Comment;
  Post: Post;
  User: User;
  Query: Query;
  Mutation: Mutation;
};

/** Fields of `T` that its model does not provide under the same name with a fitting type. */
type ModelGaps<T extends keyof ObjectShapes> = T extends 'Query' | 'Mutation'
  ? keyof ObjectShapes[T]
  : { [K in keyof ObjectShapes[T]]-?: T extends keyof ResolversParentTypes ? ResolversParentTypes[T] extends { [P in K]: ObjectShapes[T][K] } ? never : K : K }[keyof ObjectShapes[T]];

type ProvidedBy<TMap, T extends string> = T extends keyof TMap ? keyof NonNullable<TMap[T]> : never;

/**
 * The fields (`Type.field`) that neither the model, a resolver nor a loader provides: `never` when the resolvers are
 * complete. `const complete: UnresolvedFields<typeof resolvers, typeof loaders> extends never ? true : false = true`.
 */
export type UnresolvedFields<TResolvers extends Resolvers<any>, TLoaders extends Loaders<any>> = {
  [T in keyof ObjectShapes]: `${T}.${Exclude<ModelGaps<T>, ProvidedBy<TResolvers, T> | ProvidedBy<TLoaders, T>> & string}`;
}[keyof ObjectShapes];
