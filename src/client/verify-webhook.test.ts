import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateSecret, signatureHeaders } from '../webhooks/signing.ts';
import { verifyWebhook, WebhookVerificationError } from './verify-webhook.ts';
import type { V2WebhookEvent } from './webhook-payloads.ts';

const body = JSON.stringify({ event: 'user.deleted', userId: randomUUID(), deletedBy: randomUUID(), timestamp: '2024-01-16T14:22:00Z' });
const now = new Date();

async function verdict(run: () => Promise<unknown>): Promise<'ok' | string> {
  try {
    await run();
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.name : 'thrown';
  }
}

describe('verifyWebhook', () => {
  it('accepts what the server signs, and returns the parsed payload', async () => {
    const secret = generateSecret();
    const headers = signatureHeaders('msg_1', body, [secret], now);
    const payload = await verifyWebhook<V2WebhookEvent>(secret, headers, body);
    expect(payload).toEqual(JSON.parse(body));
    expect(await verifyWebhook(secret, new Headers(headers), body)).toEqual(JSON.parse(body));
    expect(await verifyWebhook(secret, { ...headers, 'webhook-id': ['msg_1'] }, body)).toEqual(JSON.parse(body));
  });

  it('during a secret rotation, accepts either secret against a message signed by both', async () => {
    const [current, previous] = [generateSecret(), generateSecret()];
    const headers = signatureHeaders('msg_2', body, [current, previous], now);
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    await expect(verifyWebhook(current, headers, body)).resolves.toBeDefined();
    await expect(verifyWebhook(previous, headers, body)).resolves.toBeDefined();
    await expect(verifyWebhook([generateSecret(), previous], headers, body)).resolves.toBeDefined();
    await expect(verifyWebhook(generateSecret(), headers, body)).rejects.toThrow('no matching signature');
  });

  it('accepts a secret without the whsec_ prefix, as standardwebhooks does', async () => {
    const secret = generateSecret();
    const headers = signatureHeaders('msg_3', body, [secret], now);
    await expect(verifyWebhook(secret.slice('whsec_'.length), headers, body)).resolves.toBeDefined();
  });

  it('refuses missing headers, malformed timestamps and secrets, each with its reason', async () => {
    const secret = generateSecret();
    const headers = signatureHeaders('msg_4', body, [secret], now);
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      const { [name]: _dropped, ...rest } = headers;
      await expect(verifyWebhook(secret, rest, body)).rejects.toThrow(`missing ${name} header`);
      await expect(verifyWebhook(secret, { ...headers, [name]: '' }, body)).rejects.toThrow(`missing ${name} header`);
    }
    for (const timestamp of ['abc', '-5', '1.5', '1e9', '99999999999999999999']) {
      await expect(verifyWebhook(secret, { ...headers, 'webhook-timestamp': timestamp }, body)).rejects.toThrow('invalid webhook-timestamp');
    }
    await expect(verifyWebhook('whsec_!!!', headers, body)).rejects.toThrow('the signing secret is not base64');
    await expect(verifyWebhook(secret, { ...headers, 'webhook-signature': 'v1,%%% v2,abc nonsense' }, body)).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
  });

  it('refuses timestamps outside the tolerance, both ways, and takes a custom tolerance', async () => {
    const secret = generateSecret();
    const at = (offsetSeconds: number) => signatureHeaders('msg_5', body, [secret], new Date(now.getTime() + offsetSeconds * 1000));
    await expect(verifyWebhook(secret, at(-299), body, { now })).resolves.toBeDefined();
    await expect(verifyWebhook(secret, at(299), body, { now })).resolves.toBeDefined();
    await expect(verifyWebhook(secret, at(-301), body, { now })).rejects.toThrow('too old');
    await expect(verifyWebhook(secret, at(301), body, { now })).rejects.toThrow('too new');
    await expect(verifyWebhook(secret, at(-60), body, { now, toleranceSeconds: 30 })).rejects.toThrow('too old');
  });

  it('agrees with the standardwebhooks library on every tampered variant of a signed message', async () => {
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    const other = generateSecret();
    const id = `msg_${randomUUID()}`;
    const signed = new Webhook(secret).sign(id, now, body);
    const timestamp = String(Math.floor(now.getTime() / 1000));
    const variants: { secret: string; headers: Record<string, string>; body: string }[] = [];
    const bodies = [body, body + ' ', body.replace('user.deleted', 'user.created'), '', '{}'];
    const ids = [id, `${id}x`, 'msg_other'];
    const timestamps = [timestamp, String(Number(timestamp) - 1), String(Number(timestamp) - 400)];
    const signatures = [signed, signed.replace('v1,', 'v2,'), `v1,${signed.slice(3, -4)}AAA=`, `v1,bm9wZQ== ${signed}`, ''];
    for (const s of [secret, other])
      for (const b of bodies)
        for (const i of ids)
          for (const t of timestamps)
            for (const sig of signatures)
              variants.push({ secret: s, body: b, headers: { 'webhook-id': i, 'webhook-timestamp': t, 'webhook-signature': sig } });
    let accepted = 0;
    for (const variant of variants) {
      const ours = await verdict(() => verifyWebhook(variant.secret, variant.headers, variant.body, { now }));
      const theirs = await verdict(async () => new Webhook(variant.secret).verify(variant.body, variant.headers));
      expect({ variant, ours: ours === 'ok' }).toEqual({ variant, ours: theirs === 'ok' });
      if (ours === 'ok') accepted++;
    }
    // only the untouched message, alone and after a foreign signature, is accepted
    expect(accepted).toBe(2);
  });
});
