import type { UserTokenService } from '../../domain/credentials/user-tokens.ts';
import type { Handlers } from '../../../generated/v2/handlers.ts';
import { basePath } from '../../../generated/v2/routes.ts';
import type { V2Context } from './context.ts';
import { clientAddressBudget } from '../../http/client-address.ts';
import { v2Error } from './errors.ts';
import type { LoginThrottle } from './login-throttle.ts';

type AuthHandlers = Pick<Handlers<V2Context>, 'createToken' | 'revokeToken'>;

export interface V2AuthDependencies {
  userTokens: UserTokenService;
  /** Login attempts per client address, and per email address. */
  throttles: { perAddress: LoginThrottle; perEmail: LoginThrottle };
}

export function v2AuthHandlers({ userTokens, throttles }: V2AuthDependencies): AuthHandlers {
  return {
    createToken: async ({ body }, { request }) => {
      const decisions = await Promise.all([
        throttles.perAddress.hit(`address:${clientAddressBudget(request.ip)}`),
        throttles.perEmail.hit(`email:${body.email.trim().toLowerCase()}`),
      ]);
      const refused = decisions.find((d) => !d.allowed);
      if (refused) {
        throw v2Error('RATE_LIMITED', `Too many login attempts; retry in ${refused.retryAfterSeconds} s`, undefined, {
          'retry-after': String(refused.retryAfterSeconds),
        });
      }
      const issued = await userTokens.login(body.email, body.password);
      return {
        status: 201,
        body: { token: issued.token, tokenType: 'Bearer', expiresAt: issued.expiresAt.toISOString(), userId: issued.userId },
        headers: { Location: `${basePath}/auth/token` },
      };
    },

    revokeToken: async (_request, { principal }) => {
      if (principal?.kind !== 'user') throw v2Error('UNAUTHORIZED', 'Send the user token to revoke');
      await userTokens.revoke(principal.tokenId);
      return { status: 204 };
    },
  };
}
