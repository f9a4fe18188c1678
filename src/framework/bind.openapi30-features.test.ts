import { afterEach, describe, expect, it } from 'vitest';
import * as orders from './fixtures/openapi30-features/generated/routes.ts';
import { orderHandlers } from './fixtures/openapi30-features/handlers.ts';
import { fixtureApp } from './fixtures/test-app.ts';
import type { HttpError } from './http-error.ts';
import type { ResponseViolation } from './response-check.ts';

const toError = (error: HttpError) => ({
  contentType: 'application/json',
  body: { message: error.message, fields: (error.details ?? []).map((d) => d.field) },
});

const ORDER = { quantity: 1, price: 1000, label: null, shipTo: null, billTo: null, gift: null, status: null, secret: 's3cret' };

async function ordersApp() {
  const seen: unknown[] = [];
  const { app, violations } = await fixtureApp({ module: orders, handlers: orderHandlers(seen), authenticators: {}, formatError: toError, errorSchema: 'Error' });
  const place = (order: object) => app.inject({ method: 'POST', url: '/orders', payload: order });
  return { violations, seen, place };
}

describe('OpenAPI 3.0 schema dialect', () => {
  let violations: ResponseViolation[] = [];
  afterEach(() => expect(violations).toEqual([]));

  it('accepts null wherever nullable says so: with a type, on enum, on $ref, allOf and anyOf', async () => {
    const t = await ordersApp();
    violations = t.violations;
    const res = await t.place(ORDER);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ ...ORDER, id: 1, secret: undefined });
    const filled = { ...ORDER, label: 'x', shipTo: { city: 'Oslo' }, billTo: { city: 'Rome' }, gift: true, status: 'open', anything: [1] };
    expect((await t.place(filled)).statusCode).toBe(201);
    expect((await t.place({ ...ORDER, gift: { city: 'Lima' } })).statusCode).toBe(201);
    expect(t.seen).toHaveLength(3);
  });

  it('still checks the non-null alternative', async () => {
    const t = await ordersApp();
    violations = t.violations;
    const res = await t.place({ ...ORDER, label: 1, shipTo: { town: 'Oslo' }, billTo: 'Rome', gift: 'yes', status: 'pending' });
    expect(res.statusCode).toBe(400);
    const fields = new Set(res.json().fields as string[]);
    for (const field of ['body.label', 'body.shipTo.town', 'body.billTo', 'body.gift', 'body.status']) expect(fields, field).toContain(field);
    expect(t.seen).toEqual([]);
  });

  it('reads boolean exclusiveMinimum/exclusiveMaximum as excluding their bound (and false as including it)', async () => {
    const t = await ordersApp();
    violations = t.violations;
    for (const quantity of [0, 100]) {
      const res = await t.place({ ...ORDER, quantity });
      expect([res.statusCode, res.json().fields], String(quantity)).toEqual([400, ['body.quantity']]);
    }
    expect((await t.place({ ...ORDER, quantity: 99, price: 1000 })).statusCode).toBe(201);
    expect((await t.place({ ...ORDER, price: 1000.5 })).json().fields).toEqual(['body.price']);
  });

  it('requires writeOnly properties in requests but not readOnly ones, and never sends writeOnly ones back', async () => {
    const t = await ordersApp();
    violations = t.violations;
    const { secret: _secret, ...withoutSecret } = ORDER;
    expect((await t.place(withoutSecret)).json().fields).toEqual(['body.secret']);
    const res = await t.place(ORDER);
    expect(res.body).not.toContain('s3cret');
    expect(res.json().id).toBe(1);
  });
});
