import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** How long the secret before a rotation keeps signing. */
export const SECRET_GRACE_MS = 24 * 60 * 60_000;

/** A Standard Webhooks secret: `whsec_` + base64 of 32 random bytes. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export interface SigningSecrets {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
}

/** The secrets that sign a message sent at `now`: the current one, and the previous one during its grace period. */
export function activeSecrets(secrets: SigningSecrets, now: Date): string[] {
  const previousValid = secrets.previousSecret !== null && secrets.previousSecretExpiresAt !== null && secrets.previousSecretExpiresAt > now;
  return previousValid ? [secrets.secret, secrets.previousSecret!] : [secrets.secret];
}

/** Standard Webhooks headers for one attempt: the same id on every attempt, a fresh timestamp and signature. */
export function signatureHeaders(messageId: string, body: string, secrets: readonly string[], now: Date): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, now, body)).join(' '),
  };
}
