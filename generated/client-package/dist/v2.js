// generated from src/client/v2.ts - do not edit
import { createClient as createV2FetchClient } from "./v2/client.js";
import { unwrap } from "./unwrap.js";
/** `client.v2.users` and `client.v2.auth`; failures throw ApiError. */
export function v2Api(transport) {
    const api = createV2FetchClient(transport);
    return {
        users: {
            list: async (query = {}) => unwrap(await api.GET('/users', { params: { query } })),
            get: async (id, query = {}) => unwrap(await api.GET('/users/{id}', { params: { path: { id }, query }, querySerializer: { array: { style: 'form', explode: false } } })),
            create: async (user) => unwrap(await api.POST('/users', { body: user })),
            update: async (id, changes) => unwrap(await api.PATCH('/users/{id}', { params: { path: { id } }, body: changes })),
            delete: async (id, options = {}) => {
                unwrap(await api.DELETE('/users/{id}', { params: { path: { id }, query: options } }));
            },
        },
        auth: {
            /** Logs in; use the token with `createClient({ token })`. */
            login: async (email, password) => unwrap(await api.POST('/auth/token', { body: { email, password } })),
            /** Revokes the token this client sends. */
            logout: async () => {
                unwrap(await api.DELETE('/auth/token'));
            },
        },
    };
}
