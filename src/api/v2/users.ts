import type { UserDetail } from '../../domain/users/user-details.ts';
import type { UserService, UserSortField } from '../../domain/users/users.ts';
import type { UserTokenService } from '../../domain/credentials/user-tokens.ts';
import { mayChange, mayDelete, mayGrantRoles, mayReach, visibilityFor } from '../../domain/credentials/principal.ts';
import type { Handlers } from '../../../generated/v2/handlers.ts';
import { basePath } from '../../../generated/v2/routes.ts';
import type { V2Context } from './context.ts';
import { v2Error } from './errors.ts';
import { toV2User } from '../../representations/users.ts';

type UserHandlers = Pick<Handlers<V2Context>, 'listUsers' | 'getUser' | 'createUser' | 'updateUser' | 'deleteUser'>;

const SORT_FIELDS: Record<'name' | 'email' | 'created_at', UserSortField> = { name: 'name', email: 'email', created_at: 'createdAt' };

const notFound = () => v2Error('NOT_FOUND', 'User not found');


export interface V2UserDependencies {
  users: UserService;
  userTokens: UserTokenService;
}

export function v2UserHandlers({ users, userTokens }: V2UserDependencies): UserHandlers {
  return {
    listUsers: async ({ query }, { principal }) => {
      const { users: page, total } = await users.list(
        {
          limit: query.limit,
          offset: (query.page - 1) * query.limit,
          sortBy: SORT_FIELDS[query.sort],
          sortOrder: query.order,
          role: query.role,
          active: query.active,
          search: query.q,
        },
        visibilityFor(principal),
      );
      return {
        status: 200,
        body: { users: page.map((u) => toV2User(u)), total, page: query.page, pages: Math.ceil(total / query.limit) },
      };
    },

    getUser: async ({ params, query }, { principal }) => {
      if (!mayReach(principal, params.id)) throw notFound();
      const user = await users.get(params.id, visibilityFor(principal));
      const details = await users.details(user, (query.include ?? []) as UserDetail[]);
      return { status: 200, body: toV2User(user, details) };
    },

    createUser: async ({ body }) => {
      const user = await users.create(body);
      const issued = await userTokens.issue(user.id);
      return {
        status: 201,
        body: { id: user.id, name: user.name, token: issued.token, tokenExpiresAt: issued.expiresAt.toISOString() },
        headers: { Location: `${basePath}/users/${user.id}` },
      };
    },

    updateUser: async ({ params, body }, { principal }) => {
      if (!mayChange(principal, params.id)) throw v2Error('FORBIDDEN', 'Only the user itself or an admin may change a user');
      if (body.role !== undefined && !mayGrantRoles(principal)) throw v2Error('FORBIDDEN', 'Changing a role needs an admin');
      const { after } = await users.update(params.id, body, visibilityFor(principal));
      return { status: 200, body: toV2User(after) };
    },

    deleteUser: async ({ params, query }, { principal }) => {
      if (!mayDelete(principal, params.id)) throw v2Error('FORBIDDEN', 'An account cannot delete itself');
      const actor = principal!.id;
      if (query.hard) await users.hardDelete(params.id, { includeDeleted: true }, actor);
      else await users.softDelete(params.id, actor);
      return { status: 204 };
    },
  };
}
