import type { paths, Writable } from '../../generated/v2/types.ts';
import { createClient as createV2FetchClient } from '../../generated/v2/client.ts';
import { unwrap, type Transport } from './unwrap.ts';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;

export type V2User = Json<paths['/users/{id}']['get']['responses']['200']>;
export type V2UserList = Json<paths['/users']['get']['responses']['200']>;
export type V2ListQuery = NonNullable<paths['/users']['get']['parameters']['query']>;
export type V2GetQuery = NonNullable<paths['/users/{id}']['get']['parameters']['query']>;
export type V2NewUser = Writable<Json<paths['/users']['post']['requestBody']>>;
export type V2CreatedUser = Json<paths['/users']['post']['responses']['201']>;
export type V2UserChanges = Writable<Json<paths['/users/{id}']['patch']['requestBody']>>;
export type V2Token = Json<paths['/auth/token']['post']['responses']['201']>;

/** `client.v2.users` and `client.v2.auth`; failures throw ApiError. */
export function v2Api(transport: Transport) {
  const api = createV2FetchClient(transport);
  return {
    users: {
      list: async (query: V2ListQuery = {}): Promise<V2UserList> => unwrap(await api.GET('/users', { params: { query } })),
      get: async (id: string, query: V2GetQuery = {}): Promise<V2User> =>
        unwrap(await api.GET('/users/{id}', { params: { path: { id }, query }, querySerializer: { array: { style: 'form', explode: false } } })),
      create: async (user: V2NewUser): Promise<V2CreatedUser> => unwrap(await api.POST('/users', { body: user })),
      update: async (id: string, changes: V2UserChanges): Promise<V2User> =>
        unwrap(await api.PATCH('/users/{id}', { params: { path: { id } }, body: changes })),
      delete: async (id: string, options: { hard?: boolean } = {}): Promise<void> => {
        unwrap(await api.DELETE('/users/{id}', { params: { path: { id }, query: options } }));
      },
    },
    auth: {
      /** Logs in; use the token with `createClient({ token })`. */
      login: async (email: string, password: string): Promise<V2Token> =>
        unwrap(await api.POST('/auth/token', { body: { email, password } })),
      /** Revokes the token this client sends. */
      logout: async (): Promise<void> => {
        unwrap(await api.DELETE('/auth/token'));
      },
    },
  };
}
