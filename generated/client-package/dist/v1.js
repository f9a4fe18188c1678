// generated from src/client/v1.ts - do not edit
import { createClient as createV1FetchClient } from "./v1/client.js";
import { unwrap } from "./unwrap.js";
/** `client.v1.users`: the v1 operations, typed by the generated spec types; failures throw ApiError. */
export function v1Users(transport) {
    const api = createV1FetchClient(transport);
    return {
        list: async (query = {}) => unwrap(await api.GET('/users', { params: { query } })),
        get: async (id) => unwrap(await api.GET('/users/{id}', { params: { path: { id } } })),
        create: async (user) => unwrap(await api.POST('/users', { body: user })),
        update: async (id, changes) => unwrap(await api.PUT('/users/{id}', { params: { path: { id } }, body: changes })),
        delete: async (id) => {
            unwrap(await api.DELETE('/users/{id}', { params: { path: { id } } }));
        },
    };
}
