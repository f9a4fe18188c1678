// generated from spec/v1/openapi.yaml - do not edit
import createFetchClient, { type Client, type ClientOptions } from 'openapi-fetch';
import { basePath } from './base-path.js';
import type { paths } from './types.js';

export type ApiClient = Client<paths>;

export function createClient(options: ClientOptions & { baseUrl: string }): ApiClient {
  return createFetchClient<paths>({ ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') + basePath });
}
