import type { UserResolvers } from '../../../generated/graphql/resolvers.ts';
import { mayReach } from '../../domain/credentials/principal.ts';
import { requireCaller } from '../caller.ts';
import { graphqlError } from '../errors.ts';

export const User = {
  /** As in v2, a user token reaches its own user's email only. */
  email: (user, _args, { auth }) => {
    if (!mayReach(requireCaller(auth), user.id)) {
      throw graphqlError('FORBIDDEN', "Only the user itself, admins and API keys can read a user's email");
    }
    return user.email;
  },
} satisfies UserResolvers;
