import { describe, expectTypeOf, it } from 'vitest';
import type { HandlerContext } from './bind.ts';
import { createClient } from './fixtures/read-write/generated/client.ts';
import type { CreateAccountRequest, GetAccountReply, Handlers } from './fixtures/read-write/generated/handlers.ts';
import type { Account, Readable, Writable, components } from './fixtures/read-write/generated/index.ts';

type Context = HandlerContext<never>;
type Body = Extract<CreateAccountRequest, { mediaType: 'application/json' }>['body'];
const account = { id: '0b6f1f9e-3c6b-4c59-9a53-bb1f1c0f2f6a', createdAt: '2024-05-01T12:00:00Z', audit: { by: 'system' }, name: 'Ada' };

describe('readOnly and writeOnly in the generated types', () => {
  it('leave readOnly properties out of request bodies, also through $ref and allOf', () => {
    expectTypeOf<{ name: string; password: string; pin: string }>().toMatchTypeOf<Body>();
    expectTypeOf<Body['password']>().toEqualTypeOf<string>();
    // @ts-expect-error id is readOnly (through $ref): a request never carries it
    const withId: Body = { name: 'Ada', password: 'correct horse', pin: '12345678', id: account.id };
    // @ts-expect-error password is writeOnly but still required in a request
    const withoutPassword: Body = { name: 'Ada', pin: '12345678' };
    expectTypeOf(withId).not.toBeAny();
    expectTypeOf(withoutPassword).not.toBeAny();
  });

  it('leave writeOnly properties out of replies, and require the readOnly ones there', () => {
    type ReplyBody = Extract<GetAccountReply, { status: 200 }>['body'];
    expectTypeOf<ReplyBody>().not.toHaveProperty('password');
    expectTypeOf<ReplyBody>().not.toHaveProperty('pin');
    expectTypeOf<ReplyBody['id']>().toEqualTypeOf<string>();
    const handlers: Handlers<Context> = {
      createAccount: () => ({ status: 201, body: account }),
      getAccount: () => ({ status: 200, body: account }),
    };
    const incomplete: Partial<Handlers<Context>> = {
      // @ts-expect-error audit is readOnly: a reply must carry it
      getAccount: () => ({ status: 200, body: { id: account.id, createdAt: account.createdAt, name: 'Ada' } }),
    };
    expectTypeOf(handlers).not.toBeAny();
    expectTypeOf(incomplete).not.toBeAny();
  });

  it('type the client the same way in both directions', async () => {
    const client = createClient({ baseUrl: 'http://127.0.0.1' });
    const send = () => client.POST('/accounts', { body: { name: 'Ada', password: 'correct horse', pin: '12345678' } });
    type Data = NonNullable<Awaited<ReturnType<typeof send>>['data']>;
    expectTypeOf<Data['id']>().toEqualTypeOf<string>();
    expectTypeOf<Data>().not.toHaveProperty('password');
    expectTypeOf(send).returns.not.toBeAny();
    // @ts-expect-error id is readOnly: the client does not send it
    const wrong = () => client.POST('/accounts', { body: { name: 'Ada', password: 'correct horse', pin: '12345678', id: account.id } });
    expectTypeOf(wrong).not.toBeAny();
  });

  it('name each component as its schema writes it, with the helpers for either direction', () => {
    expectTypeOf<Account['id']>().toEqualTypeOf<string>();
    expectTypeOf<Account['password']>().toEqualTypeOf<string>();
    expectTypeOf<Readable<components['schemas']['Account']>>().not.toHaveProperty('password');
    expectTypeOf<Writable<components['schemas']['Account']>['password']>().toEqualTypeOf<string>();
  });
});
