import { toPage } from '../../domain/posts/index.ts';
import type { QueryResolvers } from '../../../generated/graphql/resolvers.ts';
import { mayListUsers, viewerOf, visibilityFor } from '../../domain/credentials/principal.ts';
import { requireCaller } from '../caller.ts';
import { graphqlError } from '../errors.ts';

export const Query = {
  me: async (_root, _args, { auth, services }) => {
    const caller = requireCaller(auth);
    return caller.kind === 'user' ? services.users.get(caller.id, visibilityFor(caller)) : null;
  },

  user: (_root, { id }, { auth, services }) => services.users.get(id, visibilityFor(requireCaller(auth))),

  users: (_root, { first, after }, { auth, services }) => {
    const caller = requireCaller(auth);
    if (!mayListUsers(caller)) throw graphqlError('FORBIDDEN', 'Listing users needs an API key or an admin');
    return services.directory.page(toPage({ first, after }), visibilityFor(caller));
  },

  post: (_root, { id }, { auth, services }) => services.posts.get(id, viewerOf(requireCaller(auth))),

  posts: (_root, { first, after, published }, { auth, services }) => {
    const viewer = viewerOf(requireCaller(auth));
    return services.posts.list({ published: published ?? undefined }, toPage({ first, after }), viewer);
  },
} satisfies QueryResolvers;
