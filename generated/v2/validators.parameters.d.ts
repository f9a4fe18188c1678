// generated from spec/v2/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const createApiKey__query: Validator;
export declare const createToken__query: Validator;
export declare const createUser__query: Validator;
export declare const createWebhookEndpoint__query: Validator;
export declare const deleteUser__params: Validator;
export declare const deleteUser__query: Validator;
export declare const deleteWebhookEndpoint__params: Validator;
export declare const deleteWebhookEndpoint__query: Validator;
export declare const getApiKey__params: Validator;
export declare const getApiKey__query: Validator;
export declare const getUser__params: Validator;
export declare const getUser__query: Validator;
export declare const getWebhookEndpoint__params: Validator;
export declare const getWebhookEndpoint__query: Validator;
export declare const listApiKeys__query: Validator;
export declare const listUsers__query: Validator;
export declare const listWebhookDeliveries__params: Validator;
export declare const listWebhookDeliveries__query: Validator;
export declare const listWebhookEndpoints__query: Validator;
export declare const retryWebhookDelivery__params: Validator;
export declare const retryWebhookDelivery__query: Validator;
export declare const revokeApiKey__params: Validator;
export declare const revokeApiKey__query: Validator;
export declare const revokeToken__query: Validator;
export declare const rotateApiKey__params: Validator;
export declare const rotateApiKey__query: Validator;
export declare const sendTestWebhook__params: Validator;
export declare const sendTestWebhook__query: Validator;
export declare const updateUser__params: Validator;
export declare const updateUser__query: Validator;
export declare const updateWebhookEndpoint__params: Validator;
export declare const updateWebhookEndpoint__query: Validator;
