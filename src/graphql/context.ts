import type { FastifyRequest } from 'fastify';
import type { CommentService, PostService, UserDirectory } from '../domain/posts/index.ts';
import type { UserService } from '../domain/users/users.ts';
import { authOf, type Auth } from './caller.ts';

/** The domain services resolvers and loaders call. */
export interface GraphqlServices {
  users: UserService;
  directory: UserDirectory;
  posts: PostService;
  comments: CommentService;
}

declare module 'mercurius' {
  interface MercuriusContext {
    auth: Auth;
    services: GraphqlServices;
  }
}

/** Mercurius' per-request context: who calls, and the services. */
export const contextFor = (services: GraphqlServices) => (request: FastifyRequest) => ({ auth: authOf(request.credential), services });
