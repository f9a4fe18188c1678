import { ACTIVE_USERS_ONLY, mayGrantRoles, type ApiKeyPrincipal } from '../../domain/credentials/principal.ts';
import type { UserService } from '../../domain/users/users.ts';
import type { HandlerContext } from '../../framework/index.ts';
import { v1Error } from './errors.ts';
import type { Handlers } from '../../../generated/v1/handlers.ts';
import { basePath } from '../../../generated/v1/routes.ts';
import { toListQuery } from './list-query.ts';
import { fromV1Id, toV1User } from '../../representations/users.ts';

/** v1 takes API keys only. */
export type V1Context = HandlerContext<ApiKeyPrincipal>;

function requireAdminFor(context: V1Context, what: string): void {
  if (!mayGrantRoles(context.principal)) throw v1Error('FORBIDDEN', `${what} needs an admin API key`);
}

function userId(id: string): string {
  const uuid = fromV1Id(id);
  if (!uuid) throw v1Error('NOT_FOUND', 'User not found');
  return uuid;
}

export function v1UserHandlers(users: UserService): Handlers<V1Context> {
  return {
    listUsers: async ({ query }) => {
      const listQuery = toListQuery(query);
      const { users: page, total } = await users.list(listQuery, ACTIVE_USERS_ONLY);
      return {
        status: 200,
        body: { data: page.map(toV1User), pagination: { limit: listQuery.limit, offset: listQuery.offset, total } },
      };
    },

    createUser: async ({ body }, context) => {
      if (body.role !== undefined && body.role !== 'user') requireAdminFor(context, `Creating a user with the ${body.role} role`);
      const user = toV1User(await users.create(body));
      return { status: 201, body: user, headers: { Location: `${basePath}/users/${user.id}` } };
    },

    getUser: async ({ params }) => ({ status: 200, body: toV1User(await users.get(userId(params.id), ACTIVE_USERS_ONLY)) }),

    updateUser: async ({ params, body }, context) => {
      if (body.role !== undefined) requireAdminFor(context, 'Changing a role');
      const { after } = await users.update(userId(params.id), body, ACTIVE_USERS_ONLY);
      return { status: 200, body: toV1User(after) };
    },

    deleteUser: async ({ params }, context) => {
      await users.hardDelete(userId(params.id), ACTIVE_USERS_ONLY, context.principal!.id);
      return { status: 204 };
    },
  };
}
