import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiKeyService } from '../../domain/credentials/api-keys.ts';
import { apiKeyPrincipal, isAdmin, refusalOf, userPrincipal, type Principal } from '../../domain/credentials/principal.ts';
import type { UserTokenService } from '../../domain/credentials/user-tokens.ts';
import type { UserService } from '../../domain/users/users.ts';
import { openApiRoutes, type ResponseViolation } from '../../framework/index.ts';
import type { Handlers } from '../../../generated/v2/handlers.ts';
import * as v2 from '../../../generated/v2/routes.ts';
import { REFUSED_PREFLIGHT } from '../../http/cors.ts';
import { resolveCredentials } from '../../http/credentials.ts';
import { mapDomainError } from '../../http/domain-errors.ts';
import { registerRateLimit, type RateLimitBudget } from '../../http/rate-limit.ts';
import { v2ApiKeyHandlers } from './api-keys.ts';
import { v2AuthHandlers } from './auth.ts';
import type { V2Context } from './context.ts';
import { formatProblem, v2Error } from './errors.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { v2UserHandlers } from './users.ts';

export type V2WebhookHandlers = Pick<
  Handlers<V2Context>,
  | 'listWebhookEndpoints'
  | 'createWebhookEndpoint'
  | 'getWebhookEndpoint'
  | 'updateWebhookEndpoint'
  | 'deleteWebhookEndpoint'
  | 'listWebhookDeliveries'
  | 'retryWebhookDelivery'
  | 'sendTestWebhook'
>;

export interface V2Options {
  apiKeys: ApiKeyService;
  userTokens: UserTokenService;
  users: UserService;
  webhookHandlers: V2WebhookHandlers;
  /** Shared with GraphQL. */
  rateLimit: RateLimitBudget;
  onResponseViolation?: ((violation: ResponseViolation) => void) | undefined;
}

const LOGIN_WINDOW_MS = 15 * 60_000;

function apiKeyAuthenticator(request: FastifyRequest): Principal | undefined {
  const credential = request.credential;
  if (credential?.kind === 'apiKey') return apiKeyPrincipal(credential.key);
  if (credential?.kind === 'invalidApiKey') throw v2Error('INVALID_API_KEY', refusalOf(credential));
  return undefined;
}

function userTokenAuthenticator(request: FastifyRequest): Principal | undefined {
  const credential = request.credential;
  if (credential?.kind === 'userToken') return userPrincipal(credential.holder);
  if (credential?.kind === 'invalidUserToken') throw v2Error('INVALID_TOKEN', refusalOf(credential));
  return undefined;
}

const CREDENTIAL_KINDS: Record<string, string> = { apiKey: 'an API key (ak_...)', userToken: 'a user token (ut_...)' };

/** A valid credential of a kind the operation does not take is told so, rather than told it sent none. */
function explainWrongCredential(request: FastifyRequest, accepted: readonly string[]): string | undefined {
  const kind = request.credential?.kind;
  if (kind !== 'apiKey' && kind !== 'userToken') return undefined;
  const needed = accepted.map((scheme) => CREDENTIAL_KINDS[scheme] ?? scheme).join(' or ');
  return `This operation needs ${needed}; the request sent ${kind === 'apiKey' ? 'an API key' : 'a user token'}`;
}

/** The v2 REST API under /api/v2: users, user tokens, API keys and webhook endpoints. */
export async function v2Api(app: FastifyInstance, options: V2Options): Promise<void> {
  const throttle = (name: string, max: number) =>
    createLoginThrottle({ max, windowMs: LOGIN_WINDOW_MS, redis: options.rateLimit.redis, nameSpace: `${options.rateLimit.nameSpace}login-${name}:` });
  const handlers: Handlers<V2Context> = {
    ...v2UserHandlers(options),
    ...v2AuthHandlers({ userTokens: options.userTokens, throttles: { perAddress: throttle('address', 30), perEmail: throttle('email', 10) } }),
    ...v2ApiKeyHandlers(options.apiKeys),
    ...options.webhookHandlers,
  };
  await app.register(
    async (scope) => {
      resolveCredentials(scope, { apiKeys: options.apiKeys, userTokens: options.userTokens });
      await registerRateLimit(scope, options.rateLimit);
      await scope.register(
        openApiRoutes({
          module: v2,
          handlers,
          authenticators: { apiKey: apiKeyAuthenticator, userToken: userTokenAuthenticator },
          explainMissingCredential: explainWrongCredential,
          requiredRole: { extension: 'x-required-role', allows: (principal, role) => role !== 'admin' || isAdmin(principal) },
          formatError: formatProblem,
          refusedPreflight: REFUSED_PREFLIGHT,
          mapError: mapDomainError,
          ...(options.onResponseViolation ? { responseCheck: { errorSchema: 'Problem', onViolation: options.onResponseViolation } } : {}),
        }),
      );
    },
    { prefix: v2.basePath },
  );
}
