// generated from src/client/verify-webhook.ts - do not edit
/** Refusal of a webhook request: bad or missing headers, a stale timestamp, or no signature that matches. */
export declare class WebhookVerificationError extends Error {
    constructor(message: string);
}
/** The request's headers: a fetch `Headers` object, or a plain object such as Node's `IncomingMessage.headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;
export interface VerifyOptions {
    /** How far the `webhook-timestamp` may be from now, either way (default 300 s). */
    toleranceSeconds?: number;
    /** The current time (tests). */
    now?: Date;
}
/**
 * Checks a Standard Webhooks request (HMAC-SHA256 over `id.timestamp.body`) and returns its parsed payload.
 * `body` is the raw request body, exactly as received. `secret` is the endpoint's `whsec_...` secret; during a
 * rotation pass both the new and the old one. Uses Web Crypto only: runs in browsers, workers and Node 20+.
 * Throws `WebhookVerificationError` when the request is not authentic or too old or new.
 */
export declare function verifyWebhook<TPayload = unknown>(secret: string | readonly string[], headers: WebhookHeaders, body: string, options?: VerifyOptions): Promise<TPayload>;
