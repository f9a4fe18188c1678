import type { paths, Writable } from '../../generated/v1/types.ts';
import { createClient as createV1FetchClient } from '../../generated/v1/client.ts';
import { unwrap, type Transport } from './unwrap.ts';

type Query<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { parameters: { query?: infer Q } } ? Q : never;
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer B } };
}
  ? Writable<B>
  : never;

export type V1User = NonNullable<paths['/users/{id}']['get']['responses']['200']['content']['application/json']>;
export type V1UserList = paths['/users']['get']['responses']['200']['content']['application/json'];
export type V1ListQuery = NonNullable<Query<'/users', 'get'>>;
export type V1NewUser = Body<'/users', 'post'>;
export type V1UserChanges = Body<'/users/{id}', 'put'>;

/** `client.v1.users`: the v1 operations, typed by the generated spec types; failures throw ApiError. */
export function v1Users(transport: Transport) {
  const api = createV1FetchClient(transport);
  return {
    list: async (query: V1ListQuery = {}): Promise<V1UserList> => unwrap(await api.GET('/users', { params: { query } })),
    get: async (id: string): Promise<V1User> => unwrap(await api.GET('/users/{id}', { params: { path: { id } } })),
    create: async (user: V1NewUser): Promise<V1User> => unwrap(await api.POST('/users', { body: user })),
    update: async (id: string, changes: V1UserChanges): Promise<V1User> =>
      unwrap(await api.PUT('/users/{id}', { params: { path: { id } }, body: changes })),
    delete: async (id: string): Promise<void> => {
      unwrap(await api.DELETE('/users/{id}', { params: { path: { id } } }));
    },
  };
}
