import type { Comment, Post } from '../domain/posts/index.ts';
import type { User } from '../domain/users/users.ts';

/** Resolvers work on the domain's objects: these are the parents of each type's field resolvers. */
declare module '../../generated/graphql/resolvers.ts' {
  interface GraphqlModels {
    User: User;
    Post: Post;
    Comment: Comment;
  }
}
