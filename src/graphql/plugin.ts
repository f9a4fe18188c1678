import type { FastifyInstance } from 'fastify';
import mercurius, { type IResolvers, type MercuriusLoaders } from 'mercurius';
import { resolveCredentials } from '../http/credentials.ts';
import { registerRateLimit, type RateLimitBudget } from '../http/rate-limit.ts';
import type { Config } from '../config.ts';
import type { ApiKeyService } from '../domain/credentials/api-keys.ts';
import type { UserTokenService } from '../domain/credentials/user-tokens.ts';
import { typeDefs } from '../../generated/graphql/schema.ts';
import { contextFor, type GraphqlServices } from './context.ts';
import { formatErrors } from './error-formatter.ts';
import { costLimit } from './limits/cost.ts';
import { depthLimit } from './limits/depth.ts';
import { noIntrospectionInProduction } from './limits/introspection.ts';
import { lexicalLimits } from './limits/lexical.ts';
import { sizeLimits } from './limits/size.ts';
import { keepNumericErrorPaths, onlyDocuments, strictQueryJson } from './mercurius-quirks.ts';
import { loaders, resolvers } from './resolvers/index.ts';
import { refuseUnstorableText } from './text-input.ts';

export const GRAPHQL_PATH = '/graphql';

/** What a document may be: each limit is checked before the work it bounds (lexing before parsing, counting before validating). */
export const GRAPHQL_LIMITS = { maxTokens: 10_000, maxNesting: 32, maxFields: 300, maxAliases: 50, maxDepth: 8, maxCost: 10_000 } as const;

export interface GraphqlOptions {
  config: Pick<Config, 'nodeEnv'>;
  /** The credentials' verifiers, and the services resolvers and loaders call. */
  services: GraphqlServices & { apiKeys: ApiKeyService; userTokens: UserTokenService };
  /** v2's budget: GraphQL spends the same. */
  rateLimit: RateLimitBudget;
}

/** POST /graphql (and GET for queries), with the v2 credentials and rate limits; GraphiQL and introspection outside production. */
export async function graphqlApi(app: FastifyInstance, options: GraphqlOptions): Promise<void> {
  const { services } = options;
  const production = options.config.nodeEnv === 'production';
  await app.register(async (scope) => {
    resolveCredentials(scope, services);
    await registerRateLimit(scope, options.rateLimit);
    scope.addHook('onRoute', keepNumericErrorPaths);
    scope.addHook('preValidation', strictQueryJson);
    await scope.register(mercurius, {
      schema: typeDefs,
      path: GRAPHQL_PATH,
      // the generated types are stricter than Mercurius' own
      resolvers: resolvers as IResolvers,
      loaders: loaders as MercuriusLoaders,
      context: contextFor({ users: services.users, directory: services.directory, posts: services.posts, comments: services.comments }),
      errorFormatter: formatErrors,
      graphql: { parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens } },
      validationRules: [depthLimit(GRAPHQL_LIMITS.maxDepth), ...(production ? [noIntrospectionInProduction] : [])],
      graphiql: !production,
      jit: 1,
      allowBatchedQueries: false,
    });
    scope.graphql.addHook('preParsing', lexicalLimits(GRAPHQL_LIMITS));
    scope.graphql.addHook('preValidation', onlyDocuments);
    scope.graphql.addHook('preValidation', sizeLimits(GRAPHQL_LIMITS));
    scope.graphql.addHook('preExecution', costLimit(GRAPHQL_LIMITS.maxCost));
    scope.graphql.addHook('preExecution', refuseUnstorableText);
  });
}
