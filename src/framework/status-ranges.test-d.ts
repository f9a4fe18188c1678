import { describe, expectTypeOf, it } from 'vitest';
import type { HandlerContext } from './bind.ts';
import type { GetOutcomeReply, Handlers } from './fixtures/schema-features/generated/handlers.ts';

type Context = HandlerContext<never>;
type Outcome = Extract<GetOutcomeReply, { body: { outcome?: unknown } }>;
/** The reply variants whose status may be `N`. */
type Answering<N extends number> = GetOutcomeReply extends infer R ? (R extends { status: infer S } ? (N extends S ? R : never) : never) : never;

describe('response ranges in the generated reply types', () => {
  it('type a 2XX response status as the hundred statuses of its class', () => {
    expectTypeOf<200 | 201 | 250 | 299>().toMatchTypeOf<Outcome['status']>();
    expectTypeOf<Outcome['status']>().toMatchTypeOf<number>();
    expectTypeOf<Exclude<Outcome['status'], 200>>().not.toEqualTypeOf<number>();
    expectTypeOf<404>().not.toMatchTypeOf<Outcome['status']>();
    expectTypeOf<300>().not.toMatchTypeOf<Outcome['status']>();
  });

  it('refuse a status outside the range at compile time', () => {
    const ok: Pick<Handlers<Context>, 'getOutcome'> = { getOutcome: () => ({ status: 299, body: { outcome: 'created' } }) };
    // @ts-expect-error 404 is not in 2XX, and the 4XX and default responses have another body
    const wrong: Pick<Handlers<Context>, 'getOutcome'> = { getOutcome: () => ({ status: 404, body: { outcome: 'created' } }) };
    // @ts-expect-error 199 is in no declared range (and default has another body)
    const outOfRange: Pick<Handlers<Context>, 'getOutcome'> = { getOutcome: () => ({ status: 199, body: { outcome: 'created' } }) };
    expectTypeOf(ok).not.toBeAny();
    expectTypeOf(wrong).not.toBeAny();
    expectTypeOf(outOfRange).not.toBeAny();
  });

  it('let default stand for the statuses no other response declares, and a range for those no exact code does', () => {
    type Default = Answering<503>;
    expectTypeOf<Default>().not.toBeNever();
    expectTypeOf<100 | 302 | 503 | 599>().toMatchTypeOf<Default['status']>();
    expectTypeOf<201>().not.toMatchTypeOf<Default['status']>();
    expectTypeOf<404>().not.toMatchTypeOf<Default['status']>();
    const fallback: Pick<Handlers<Context>, 'getOutcome'> = { getOutcome: () => ({ status: 503, body: { reason: 'down' } }) };
    // @ts-expect-error 201 belongs to 2XX, whose body is an outcome: default's failure body is not a 201
    const misfiled: Pick<Handlers<Context>, 'getOutcome'> = { getOutcome: () => ({ status: 201, body: { reason: 'down' } }) };
    expectTypeOf(fallback).not.toBeAny();
    expectTypeOf(misfiled).not.toBeAny();
  });
});
