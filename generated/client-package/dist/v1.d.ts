// generated from src/client/v1.ts - do not edit
import type { paths, Writable } from "./v1/types.js";
import { type Transport } from "./unwrap.js";
type Query<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
    parameters: {
        query?: infer Q;
    };
} ? Q : never;
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
    requestBody: {
        content: {
            'application/json': infer B;
        };
    };
} ? Writable<B> : never;
export type V1User = NonNullable<paths['/users/{id}']['get']['responses']['200']['content']['application/json']>;
export type V1UserList = paths['/users']['get']['responses']['200']['content']['application/json'];
export type V1ListQuery = NonNullable<Query<'/users', 'get'>>;
export type V1NewUser = Body<'/users', 'post'>;
export type V1UserChanges = Body<'/users/{id}', 'put'>;
/** `client.v1.users`: the v1 operations, typed by the generated spec types; failures throw ApiError. */
export declare function v1Users(transport: Transport): {
    list: (query?: V1ListQuery) => Promise<V1UserList>;
    get: (id: string) => Promise<V1User>;
    create: (user: V1NewUser) => Promise<V1User>;
    update: (id: string, changes: V1UserChanges) => Promise<V1User>;
    delete: (id: string) => Promise<void>;
};
export {};
