import Fastify from 'fastify';
import { describe, expectTypeOf, it } from 'vitest';
import { openApiRoutes, type HandlerContext } from './bind.ts';
import type { FindPetsReply, Handlers } from './fixtures/petstore-expanded/generated/handlers.ts';
import * as petstore from './fixtures/petstore-expanded/generated/routes.ts';
import { petstoreError } from './fixtures/test-app.ts';

type Context = HandlerContext<never>;
const pet = { id: 1, name: 'Rex' };

describe('generated Handlers types', () => {
  it('require a handler for every operationId', () => {
    // @ts-expect-error deletePet is missing
    const incomplete: Handlers<Context> = {
      findPets: () => ({ status: 200, body: [pet] }),
      addPet: () => ({ status: 200, body: pet }),
      'find pet by id': () => ({ status: 200, body: pet }),
    };
    expectTypeOf(incomplete).toMatchTypeOf<Partial<Handlers<Context>>>();
  });

  it('refuse a status the spec does not declare, and a body of the wrong shape', () => {
    const handlers: Handlers<Context> = {
      // @ts-expect-error findPets declares 200 and default, not 201 with a single pet
      findPets: () => ({ status: 201, body: pet }),
      // @ts-expect-error a Pet needs a name
      addPet: () => ({ status: 200, body: { id: 1 } }),
      'find pet by id': () => ({ status: 200, body: pet }),
      deletePet: () => ({ status: 204 }),
    };
    expectTypeOf(handlers.deletePet).returns.toMatchTypeOf<unknown>();
  });

  it('give handlers typed, coerced parameters', () => {
    const handlers: Partial<Handlers<Context>> = {
      findPets: ({ query }) => {
        expectTypeOf(query.limit).toEqualTypeOf<number | undefined>();
        expectTypeOf(query.tags).toEqualTypeOf<string[] | undefined>();
        return { status: 200, body: [] };
      },
      'find pet by id': ({ params }) => {
        expectTypeOf(params.id).toEqualTypeOf<number>();
        return { status: 200, body: pet };
      },
    };
    // 200, or any other status through `default`, whose body is the error
    expectTypeOf<FindPetsReply['status']>().toMatchTypeOf<number>();
    expectTypeOf<200 | 404 | 500>().toMatchTypeOf<FindPetsReply['status']>();
    expectTypeOf<Extract<FindPetsReply, { body: { code: number } }>['status']>().toEqualTypeOf<Exclude<FindPetsReply['status'], 200>>();
    expectTypeOf(handlers).not.toBeAny();
  });

  it('make binding an incomplete handler map a compile error', () => {
    const app = Fastify();
    void app.register(
      openApiRoutes({
        module: petstore,
        // @ts-expect-error deletePet is missing
        handlers: { findPets: () => ({ status: 200, body: [] }) },
        authenticators: {},
        formatError: petstoreError,
      }),
    );
  });
});
