import type { Config } from './config.ts';
import type { PrismaClient } from './db/index.ts';
import { createApiKeyService, type ApiKeyService } from './domain/credentials/api-keys.ts';
import { createUserTokenService, type UserTokenService } from './domain/credentials/user-tokens.ts';
import { createCommentService, createPostService, createUserDirectory, type CommentService, type PostService, type UserDirectory } from './domain/posts/index.ts';
import { createUserService, type UserService } from './domain/users/users.ts';
import {
  createOutbox,
  createWebhookDeliveryService,
  createWebhookEndpointService,
  type WebhookDeliveryService,
  type WebhookEndpointService,
} from './webhooks/index.ts';

/** Every service the APIs call; built once, here, and handed to each API. */
export interface Services {
  apiKeys: ApiKeyService;
  userTokens: UserTokenService;
  users: UserService;
  directory: UserDirectory;
  posts: PostService;
  comments: CommentService;
  webhookEndpoints: WebhookEndpointService;
  webhookDeliveries: WebhookDeliveryService;
}

export function createServices(prisma: PrismaClient, config: Pick<Config, 'rateLimitPerMinute' | 'webhookAllowPrivateTargets'>): Services {
  const posts = createPostService(prisma);
  return {
    apiKeys: createApiKeyService(prisma, { defaultRateLimitPerMinute: config.rateLimitPerMinute }),
    userTokens: createUserTokenService(prisma),
    users: createUserService(prisma, createOutbox(prisma)),
    directory: createUserDirectory(prisma),
    posts,
    comments: createCommentService(prisma, posts),
    webhookEndpoints: createWebhookEndpointService(prisma, { allowPrivateTargets: config.webhookAllowPrivateTargets }),
    webhookDeliveries: createWebhookDeliveryService(prisma),
  };
}
