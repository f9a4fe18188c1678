import type { MutationResolvers } from '../../../generated/graphql/resolvers.ts';
import { viewerOf } from '../../domain/credentials/principal.ts';
import { requireUser } from '../caller.ts';

export const Mutation = {
  createPost: (_root, { title, content, published, tags }, { auth, services }) =>
    services.posts.create(requireUser(auth).id, { title, content, published, tags }),

  createComment: (_root, { postId, content, parentId }, { auth, services }) => {
    const caller = requireUser(auth);
    return services.comments.create(caller.id, { postId, content, parentId }, viewerOf(caller));
  },
} satisfies MutationResolvers;
