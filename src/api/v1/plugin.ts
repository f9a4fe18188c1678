import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiKeyService } from '../../domain/credentials/api-keys.ts';
import { apiKeyPrincipal, refusalOf, type ApiKeyPrincipal } from '../../domain/credentials/principal.ts';
import type { UserService } from '../../domain/users/users.ts';
import { openApiRoutes, type ResponseViolation } from '../../framework/index.ts';
import * as v1 from '../../../generated/v1/routes.ts';
import { REFUSED_PREFLIGHT } from '../../http/cors.ts';
import { resolveCredentials } from '../../http/credentials.ts';
import { mapDomainError } from '../../http/domain-errors.ts';
import { registerRateLimit, type RateLimitBudget } from '../../http/rate-limit.ts';
import { formatV1Error, v1Error } from './errors.ts';
import { v1UserHandlers } from './users.ts';

export interface V1Options {
  apiKeys: ApiKeyService;
  users: UserService;
  rateLimit: RateLimitBudget;
  onResponseViolation?: ((violation: ResponseViolation) => void) | undefined;
}

/** v1 takes API keys only: any other credential in the Authorization header is an invalid key. */
function apiKeyAuthenticator(request: FastifyRequest): ApiKeyPrincipal | undefined {
  const credential = request.credential;
  switch (credential?.kind) {
    case 'apiKey':
      return apiKeyPrincipal(credential.key);
    case 'invalidApiKey':
      throw v1Error('INVALID_API_KEY', refusalOf(credential));
    case 'other':
      if (credential.token?.startsWith('ut_')) {
        throw v1Error('INVALID_API_KEY', 'This operation needs an API key (ak_...): version 1 does not take user tokens (ut_...), versions 2 and GraphQL do');
      }
      throw v1Error('INVALID_API_KEY', 'The Authorization header must be "Bearer ak_..." with a valid API key');
    default:
      return undefined;
  }
}

/** The v1 REST API under /v1. */
export async function v1Api(app: FastifyInstance, options: V1Options): Promise<void> {
  await app.register(
    async (scope) => {
      resolveCredentials(scope, { apiKeys: options.apiKeys });
      await registerRateLimit(scope, options.rateLimit);
      await scope.register(
        openApiRoutes({
          module: v1,
          handlers: v1UserHandlers(options.users),
          authenticators: { apiKey: apiKeyAuthenticator },
          formatError: formatV1Error,
          refusedPreflight: REFUSED_PREFLIGHT,
          mapError: mapDomainError,
          ...(options.onResponseViolation ? { responseCheck: { errorSchema: 'Error', onViolation: options.onResponseViolation } } : {}),
        }),
      );
    },
    { prefix: v1.basePath },
  );
}
