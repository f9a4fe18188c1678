// generated from spec/v2/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const createApiKey__body0: Validator;
export declare const createToken__body0: Validator;
export declare const createUser__body0: Validator;
export declare const createWebhookEndpoint__body0: Validator;
export declare const sendTestWebhook__body0: Validator;
export declare const updateUser__body0: Validator;
export declare const updateWebhookEndpoint__body0: Validator;
