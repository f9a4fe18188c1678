// generated from spec/v2/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The validator of a component schema, by its name in the document (undefined for an unknown name). */
export declare function component(name: string): Validator | undefined;

export declare const createApiKey__201__0: Validator;
export declare const createToken__201__0: Validator;
export declare const createUser__201__0: Validator;
export declare const createWebhookEndpoint__201__0: Validator;
export declare const getApiKey__200__0: Validator;
export declare const getUser__200__0: Validator;
export declare const getWebhookEndpoint__200__0: Validator;
export declare const listApiKeys__200__0: Validator;
export declare const listUsers__200__0: Validator;
export declare const listUsers__400__0: Validator;
export declare const listWebhookDeliveries__200__0: Validator;
export declare const listWebhookEndpoints__200__0: Validator;
export declare const retryWebhookDelivery__202__0: Validator;
export declare const updateWebhookEndpoint__200__0: Validator;
export declare const webhook__paymentFailedWebhook__0: Validator;
export declare const webhook__paymentSucceededWebhook__0: Validator;
export declare const webhook__userCreatedWebhook__0: Validator;
export declare const webhook__userDeletedWebhook__0: Validator;
export declare const webhook__userUpdatedWebhook__0: Validator;
