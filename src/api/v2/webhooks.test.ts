import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createV2TestKit, type V2TestKit } from '../../testing/v2.ts';
import type { DomainEventType } from '../../domain/events.ts';
import { createDispatcher } from '../../webhooks/index.ts';
import { payloadViolations } from '../../webhooks/testing/payload-schemas.ts';
import { startReceiver, type TestReceiver } from '../../harness/webhook-receiver.ts';

/** Private targets allowed (the receiver is on 127.0.0.1), and the production default. */
let kit: V2TestKit;
let guarded: V2TestKit;
let receiver: TestReceiver;

beforeAll(async () => {
  [kit, guarded, receiver] = await Promise.all([createV2TestKit({ webhookAllowPrivateTargets: true }), createV2TestKit(), startReceiver()]);
});
afterAll(async () => {
  await Promise.all([kit?.close(), guarded?.close(), receiver?.close()]);
});
afterEach(() => {
  expect(kit.violations).toEqual([]);
  expect(guarded.violations).toEqual([]);
});

const created = { url: 'https://hooks.example.com/users', events: ['user.created', 'user.updated', 'user.deleted'], description: 'CRM sync' };

async function createEndpoint(body: object = created) {
  const res = await kit.call('POST', '/webhooks', { body });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; secret: string };
}

describe('webhook endpoints', () => {
  it('creates an endpoint and answers its whsec_ secret once, with a Location', async () => {
    const res = await kit.call('POST', '/webhooks', { body: created });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      ...created,
      payloadVersion: 'v2',
      enabled: true,
      disabledReason: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/=]{40,}$/),
      previousSecretExpiresAt: null,
    });
    expect(res.headers.location).toBe(`/api/v2/webhooks/${body.id}`);

    const got = await kit.call('GET', `/webhooks/${body.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).not.toHaveProperty('secret');
    const listed = (await kit.call('GET', '/webhooks?limit=100')).json();
    expect(listed.endpoints.find((e: { id: string }) => e.id === body.id)).toEqual(got.json());
    expect(JSON.stringify(listed)).not.toContain('whsec_');
  });

  it('lists endpoints oldest first, a page at a time', async () => {
    const first = await createEndpoint({ ...created, payloadVersion: 'v1' });
    const second = await createEndpoint();
    const all = (await kit.call('GET', '/webhooks?limit=100')).json();
    const ids = all.endpoints.map((e: { id: string }) => e.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    const page = (await kit.call('GET', '/webhooks?limit=1&page=2')).json();
    expect(page).toMatchObject({ total: all.total, page: 2, pages: all.total });
    expect(page.endpoints).toHaveLength(1);
  });

  it('updates partially, disables and re-enables, and rotates the secret', async () => {
    const { id } = await createEndpoint();
    const events = await kit.call('PATCH', `/webhooks/${id}`, { body: { events: ['user.created', 'user.deleted'], description: null } });
    expect(events.json()).toMatchObject({ events: ['user.created', 'user.deleted'], description: null, url: created.url });
    expect(events.json()).not.toHaveProperty('secret');

    expect((await kit.call('PATCH', `/webhooks/${id}`, { body: { enabled: false } })).json()).toMatchObject({ enabled: false, disabledReason: 'Disabled by an administrator.' });
    expect((await kit.call('PATCH', `/webhooks/${id}`, { body: { enabled: true } })).json()).toMatchObject({ enabled: true, disabledReason: null });

    const rotated = (await kit.call('PATCH', `/webhooks/${id}`, { body: { rotateSecret: true } })).json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(Date.parse(rotated.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

    expect((await kit.call('PATCH', `/webhooks/${id}`, { body: {} })).statusCode).toBe(400);
    expect((await kit.call('PATCH', `/webhooks/${id}`, { body: { secret: 'whsec_mine' } })).statusCode).toBe(400);
  });

  it('deletes an endpoint; unknown and malformed ids are 404', async () => {
    const { id } = await createEndpoint();
    expect((await kit.call('DELETE', `/webhooks/${id}`)).statusCode).toBe(204);
    for (const [method, path] of [
      ['GET', `/webhooks/${id}`],
      ['DELETE', `/webhooks/${id}`],
      ['PATCH', `/webhooks/${id}`],
      ['GET', '/webhooks/not-a-uuid'],
      ['GET', `/webhooks/${id}/deliveries`],
      ['POST', `/webhooks/${id}/test`],
      ['POST', `/webhooks/${id}/deliveries/${id}/retry`],
    ] as const) {
      const res = await kit.call(method, path, method === 'PATCH' ? { body: { enabled: true } } : method === 'POST' && path.endsWith('test') ? { body: { event: 'user.created' } } : {});
      expect([path, res.statusCode, res.json().code]).toEqual([path, 404, 'NOT_FOUND']);
    }
  });

  it('is for admins only', async () => {
    const { id } = await createEndpoint();
    expect((await kit.call('GET', '/webhooks', { auth: kit.standardKey })).statusCode).toBe(403);
    expect((await kit.call('POST', `/webhooks/${id}/test`, { auth: kit.standardKey, body: { event: 'user.created' } })).statusCode).toBe(403);
    expect((await kit.call('GET', '/webhooks', { auth: null })).statusCode).toBe(401);
  });

  it('refuses URLs of loopback, private, link-local, CGNAT, unspecified and IPv4-mapped addresses (400 naming url)', async () => {
    for (const url of [
      'http://127.0.0.1/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://0.0.0.0/hook',
      'http://2130706433/hook',
      'http://10.1.2.3/hook',
      'http://172.16.0.1/hook',
      'http://192.168.0.10/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://100.64.0.1/hook',
      'http://localhost:3000/hook',
    ]) {
      const res = await guarded.call('POST', '/webhooks', { body: { url, events: ['user.created'] } });
      expect([url, res.statusCode, res.json().code, res.json().errors?.[0]?.field]).toEqual([url, 400, 'INVALID_INPUT', 'body.url']);
      expect(res.json().errors[0].message, url).toContain('set WEBHOOK_ALLOW_PRIVATE_TARGETS=true to allow');
    }
    const ftp = await guarded.call('POST', '/webhooks', { body: { url: 'ftp://example.com/', events: ['user.created'] } });
    expect([ftp.statusCode, ftp.json().errors[0].field]).toEqual([400, 'body.url']);
    const ok = await guarded.call('POST', '/webhooks', { body: { url: 'http://93.184.216.34/hook', events: ['user.created'] } });
    expect(ok.statusCode).toBe(201);
    const moved = await guarded.call('PATCH', `/webhooks/${ok.json().id}`, { body: { url: 'http://127.0.0.1:8080/' } });
    expect([moved.statusCode, moved.json().errors[0].field]).toEqual([400, 'body.url']);
  });
});

describe('webhook URLs: the server refuses only what the spec refuses', () => {
  it.each(['https://hooks.example.com:65536/x', 'https:///x', 'http://:80/', 'https://hooks.example.com:0/', 'https://[v1.x]/hook'])(
    '%s is refused by the schema (400 naming url, as the spec says), not by a later check',
    async (url) => {
      const res = await kit.call('POST', '/webhooks', { body: { url, events: ['user.created'] } });
      expect([res.statusCode, res.json().errors?.[0]]).toEqual([400, { field: 'body.url', message: expect.stringMatching(/^must match (pattern|format)/) }]);
    },
  );

  it('a URL the schema accepts is never refused as malformed (private targets allowed: only the URL is judged)', async () => {
    const urls = fc.sample(
      fc.webUrl({ validSchemes: ['http', 'https'], authoritySettings: { withIPv4: true, withIPv6: true, withPort: true, withUserInfo: true }, withQueryParameters: true, withFragments: true }),
      { numRuns: 150, seed: 20240611 },
    );
    const refused: string[] = [];
    let accepted = 0;
    for (const url of urls) {
      const res = await kit.call('POST', '/webhooks', { body: { url, events: ['user.created'] } });
      const bySchema = res.statusCode === 400 && /^must match (pattern|format)|^must NOT have more/.test(res.json().errors?.[0]?.message ?? '');
      if (res.statusCode !== 201 && !bySchema) refused.push(`${url}: ${res.statusCode} ${res.body}`);
      if (res.statusCode === 201) {
        accepted++;
        // no endpoint is left subscribed for the delivery tests
        expect((await kit.call('DELETE', `/webhooks/${res.json().id}`)).statusCode).toBe(204);
      }
    }
    expect(refused).toEqual([]);
    // most are well-formed: the schema is not what keeps them from being judged
    expect(accepted).toBeGreaterThan(urls.length / 2);
  });
});

describe('deliveries through the API', () => {
  it('delivers user events made through the API, logs each attempt, sends test events and redelivers by hand with the same webhook-id', async () => {
    const endpoint = (
      await kit.call('POST', '/webhooks', { body: { url: `${receiver.origin}/api`, events: ['user.created', 'user.updated', 'user.deleted'], payloadVersion: 'v1' } })
    ).json();
    receiver.secrets.set('/api', [endpoint.secret]);
    const dispatcher = createDispatcher(kit.db.prisma, { allowPrivateTargets: true });
    const drain = async () => {
      while ((await dispatcher.runOnce()) > 0);
    };

    const user = await kit.createUser({ name: 'Webhook Person' });
    await kit.call('PATCH', `/users/${user.id}`, { body: { name: 'Webhook Person Renamed' } });
    await kit.call('DELETE', `/users/${user.id}`);
    await drain();
    expect(receiver.rejected).toEqual([]);
    const payloads = receiver.received.filter((r) => r.path === '/api').map((r) => r.payload);
    expect(payloads.map((p) => p.event)).toEqual(['user.created', 'user.updated', 'user.deleted']);
    for (const payload of payloads) expect(payloadViolations('v1', payload.event as DomainEventType, payload)).toEqual([]);
    const adminKeyId = (await kit.db.prisma.apiKey.findFirstOrThrow({ where: { name: 'admin test key' } })).id;
    expect(payloads[2]).toEqual({ event: 'user.deleted', timestamp: expect.any(String), data: { id: `user_${user.id.replace(/-/g, '')}`, deletedBy: adminKeyId } });

    const test = await kit.call('POST', `/webhooks/${endpoint.id}/test`, { body: { event: 'payment.failed' } });
    expect(test.statusCode).toBe(202);
    expect(test.json()).toMatchObject({ event: 'payment.failed', status: 'pending', test: true, attempts: [], payload: { event: 'payment.failed', data: { error: { code: 'card_declined' } } } });
    await drain();

    const log = (await kit.call('GET', `/webhooks/${endpoint.id}/deliveries`)).json();
    expect(log).toMatchObject({ total: 4, page: 1, pages: 1 });
    expect(log.deliveries.map((d: { event: string }) => d.event)).toEqual(['payment.failed', 'user.deleted', 'user.updated', 'user.created']);
    for (const delivery of log.deliveries) {
      expect(delivery).toMatchObject({ status: 'succeeded', nextAttemptAt: null, attempts: [{ statusCode: 200, error: null, responseBody: '{"ok":true}' }] });
      expect(delivery.attempts[0].latencyMs).toBeGreaterThanOrEqual(0);
    }
    const pending = (await kit.call('GET', `/webhooks/${endpoint.id}/deliveries?status=pending`)).json();
    expect(pending).toMatchObject({ deliveries: [], total: 0, pages: 0 });

    const created = log.deliveries[3];
    const retried = await kit.call('POST', `/webhooks/${endpoint.id}/deliveries/${created.id}/retry`);
    expect(retried.statusCode).toBe(202);
    expect(retried.json()).toMatchObject({ id: created.id, status: 'pending', nextAttemptAt: expect.any(String) });
    await drain();
    const sameId = receiver.received.filter((r) => r.headers['webhook-id'] === created.id);
    expect(sameId).toHaveLength(2);
    expect(sameId[1]!.body).toBe(sameId[0]!.body);
    const after = (await kit.call('GET', `/webhooks/${endpoint.id}/deliveries?limit=1&page=4`)).json();
    expect(after.deliveries[0]).toMatchObject({ id: created.id, status: 'succeeded', attempts: [{ statusCode: 200 }, { statusCode: 200 }] });

    const other = await createEndpoint();
    expect((await kit.call('POST', `/webhooks/${other.id}/deliveries/${created.id}/retry`)).statusCode).toBe(404);
    await dispatcher.stop();
  });
});
