// generated from spec/v2/openapi.yaml - do not edit
export type Serializer = (input: unknown) => string;

export declare const createApiKey__201__0: Serializer;
export declare const createToken__201__0: Serializer;
export declare const createUser__201__0: Serializer;
export declare const createWebhookEndpoint__201__0: Serializer;
export declare const getApiKey__200__0: Serializer;
export declare const getUser__200__0: Serializer;
export declare const getWebhookEndpoint__200__0: Serializer;
export declare const listApiKeys__200__0: Serializer;
export declare const listUsers__200__0: Serializer;
export declare const listUsers__400__0: Serializer;
export declare const listWebhookDeliveries__200__0: Serializer;
export declare const listWebhookEndpoints__200__0: Serializer;
export declare const retryWebhookDelivery__202__0: Serializer;
export declare const updateWebhookEndpoint__200__0: Serializer;
