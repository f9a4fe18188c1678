import { describe, expectTypeOf, it } from 'vitest';
import type { PostResolvers, QueryResolvers, UnresolvedFields, UserResolvers } from '../../../generated/graphql/resolvers.ts';
import type { Post } from '../../domain/posts/index.ts';
import type {} from '../models.ts';
import type { loaders, resolvers } from './index.ts';

describe('generated resolver types', () => {
  it('refuse a field the SDL does not have, and a value of the wrong type', () => {
    const user = {
      // @ts-expect-error User has no `nickname`
      nickname: () => 'x',
    } satisfies UserResolvers;
    const post = {
      // @ts-expect-error `published` is a Boolean
      published: () => 'yes',
    } satisfies PostResolvers;
    expectTypeOf(user).not.toBeAny();
    expectTypeOf(post).not.toBeAny();
  });

  it('check arguments and parents against the SDL and the models', () => {
    const query = {
      // @ts-expect-error `user(id: ID!)` gives a string id
      user: (_root, _args: { id: number }) => null,
    } satisfies QueryResolvers;
    const postResolvers = {
      title: (parent: Post) => parent.title,
    } satisfies PostResolvers;
    expectTypeOf(query).not.toBeAny();
    expectTypeOf(postResolvers).not.toBeAny();
  });

  it('name every field that nothing resolves', () => {
    type WithoutAuthor = Omit<typeof loaders, 'Post'> & { Post: Omit<(typeof loaders)['Post'], 'author'> };
    expectTypeOf<UnresolvedFields<typeof resolvers, WithoutAuthor>>().toEqualTypeOf<'Post.author'>();
    expectTypeOf<UnresolvedFields<Omit<typeof resolvers, 'Mutation'>, Record<never, never>>>().toEqualTypeOf<'Mutation.createPost' | 'Mutation.createComment' | 'Post.author' | 'Post.comments' | 'User.posts' | 'User.comments' | 'Comment.author' | 'Comment.post' | 'Comment.replies'>();
    expectTypeOf<UnresolvedFields<typeof resolvers, typeof loaders>>().toBeNever();
  });
});
