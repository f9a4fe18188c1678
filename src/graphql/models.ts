import type { Comment as DomainComment, Post as DomainPost } from '../domain/posts/index.ts';
import type { User as DomainUser } from '../domain/users/users.ts';

/** Resolvers work on the domain's objects: these are the parents of each type's field resolvers. */
declare module '../../generated/graphql/resolvers.ts' {
  // names inside resolve in the generated module first, hence the aliases
  interface GraphqlModels {
    User: DomainUser;
    Post: DomainPost;
    Comment: DomainComment;
  }
}
