import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiKeyService } from '../domain/credentials/api-keys.ts';
import type { PresentedCredential } from '../domain/credentials/principal.ts';
import type { UserTokenService } from '../domain/credentials/user-tokens.ts';

export interface CredentialVerifiers {
  apiKeys: ApiKeyService;
  /** When absent, user tokens are not a credential here (`other`). */
  userTokens?: UserTokenService | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** What the Authorization header turned out to be: set by `resolveCredentials`, once, before rate limiting; null elsewhere. */
    credential: PresentedCredential | null;
  }
}

const NONE: PresentedCredential = { kind: 'none' };

/** RFC 6750 §2.1: the scheme in any case, exactly one space, then a b64token. */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

/** The bearer token of the Authorization header; '' when the header is there but is not `Bearer <b64token>`. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  return BEARER.exec(header)?.[1] ?? '';
}

/** Resolves the presented credential into `request.credential` for every request of this context. */
export function resolveCredentials(app: FastifyInstance, { apiKeys, userTokens }: CredentialVerifiers): void {
  app.decorateRequest('credential', null);
  app.addHook('onRequest', async (request) => {
    const token = bearerToken(request);
    if (token === undefined) {
      request.credential = NONE;
    } else if (token.startsWith('ak_')) {
      const verified = await apiKeys.verifyApiKey(token);
      request.credential = verified.ok ? { kind: 'apiKey', key: verified.key } : { kind: 'invalidApiKey', reason: verified.reason };
    } else if (userTokens && token.startsWith('ut_')) {
      const verified = await userTokens.verify(token);
      request.credential = verified.ok ? { kind: 'userToken', holder: verified.holder } : { kind: 'invalidUserToken', reason: verified.reason };
    } else {
      request.credential = { kind: 'other', token: token || undefined };
    }
  });
}
