// generated from src/client/v2.ts - do not edit
import type { paths, Writable } from "./v2/types.js";
import { type Transport } from "./unwrap.js";
type Json<T> = T extends {
    content: {
        'application/json': infer B;
    };
} ? B : never;
export type V2User = Json<paths['/users/{id}']['get']['responses']['200']>;
export type V2UserList = Json<paths['/users']['get']['responses']['200']>;
export type V2ListQuery = NonNullable<paths['/users']['get']['parameters']['query']>;
export type V2GetQuery = NonNullable<paths['/users/{id}']['get']['parameters']['query']>;
export type V2NewUser = Writable<Json<paths['/users']['post']['requestBody']>>;
export type V2CreatedUser = Json<paths['/users']['post']['responses']['201']>;
export type V2UserChanges = Writable<Json<paths['/users/{id}']['patch']['requestBody']>>;
export type V2Token = Json<paths['/auth/token']['post']['responses']['201']>;
/** `client.v2.users` and `client.v2.auth`; failures throw ApiError. */
export declare function v2Api(transport: Transport): {
    users: {
        list: (query?: V2ListQuery) => Promise<V2UserList>;
        get: (id: string, query?: V2GetQuery) => Promise<V2User>;
        create: (user: V2NewUser) => Promise<V2CreatedUser>;
        update: (id: string, changes: V2UserChanges) => Promise<V2User>;
        delete: (id: string, options?: {
            hard?: boolean;
        }) => Promise<void>;
    };
    auth: {
        /** Logs in; use the token with `createClient({ token })`. */
        login: (email: string, password: string) => Promise<V2Token>;
        /** Revokes the token this client sends. */
        logout: () => Promise<void>;
    };
};
export {};
