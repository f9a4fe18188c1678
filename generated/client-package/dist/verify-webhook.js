// generated from src/client/verify-webhook.ts - do not edit
/** Refusal of a webhook request: bad or missing headers, a stale timestamp, or no signature that matches. */
export class WebhookVerificationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'WebhookVerificationError';
    }
}
const SECRET_PREFIX = 'whsec_';
function header(headers, name) {
    const value = typeof headers.get === 'function' ? headers.get(name) : headers[name];
    const single = Array.isArray(value) ? value[0] : value;
    if (typeof single !== 'string' || single === '')
        throw new WebhookVerificationError(`missing ${name} header`);
    return single;
}
function base64Bytes(text) {
    try {
        return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
    }
    catch {
        return undefined;
    }
}
function hmacKey(secret) {
    const bytes = base64Bytes(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);
    if (bytes === undefined || bytes.length === 0)
        throw new WebhookVerificationError('the signing secret is not base64');
    return globalThis.crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
}
/**
 * Checks a Standard Webhooks request (HMAC-SHA256 over `id.timestamp.body`) and returns its parsed payload.
 * `body` is the raw request body, exactly as received. `secret` is the endpoint's `whsec_...` secret; during a
 * rotation pass both the new and the old one. Uses Web Crypto only: runs in browsers, workers and Node 20+.
 * Throws `WebhookVerificationError` when the request is not authentic or too old or new.
 */
export async function verifyWebhook(secret, headers, body, options = {}) {
    const id = header(headers, 'webhook-id');
    const timestamp = header(headers, 'webhook-timestamp');
    const signatures = header(headers, 'webhook-signature');
    const seconds = Number(timestamp);
    if (!/^\d+$/.test(timestamp) || !Number.isSafeInteger(seconds))
        throw new WebhookVerificationError('invalid webhook-timestamp header');
    const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
    const tolerance = options.toleranceSeconds ?? 300;
    if (seconds < now - tolerance)
        throw new WebhookVerificationError('the message timestamp is too old');
    if (seconds > now + tolerance)
        throw new WebhookVerificationError('the message timestamp is too new');
    const signed = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
    const candidates = signatures
        .split(' ')
        .map((entry) => entry.split(','))
        .filter(([version, value]) => version === 'v1' && value !== undefined)
        .map(([, value]) => base64Bytes(value))
        .filter((bytes) => bytes !== undefined);
    const keys = await Promise.all((typeof secret === 'string' ? [secret] : secret).map(hmacKey));
    for (const key of keys) {
        for (const signature of candidates) {
            // subtle.verify compares in constant time
            if (await globalThis.crypto.subtle.verify('HMAC', key, signature, signed))
                return JSON.parse(body);
        }
    }
    throw new WebhookVerificationError('no matching signature');
}
