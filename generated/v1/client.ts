// generated from spec/v1/openapi.yaml - do not edit
import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';
import { basePath } from './base-path.ts';
import type { paths } from './types.ts';

export type ApiClient = Client<paths>;

export function createClient(options: ClientOptions & { baseUrl: string }): ApiClient {
  return createFetchClient<paths>({ ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') + basePath });
}
