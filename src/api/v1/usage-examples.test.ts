import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError} from '../../client/index.ts';
import { createClient, type Client } from '../../client/index.ts';
import { createV1TestKit, type V1TestKit } from '../../testing/v1.ts';

/** The calls the v1 spec describes, as a client makes them: through the SDK against a listening server. */
let kit: V1TestKit;
let client: Client;
let standard: Client;
let baseUrl: string;
beforeAll(async () => {
  kit = await createV1TestKit();
  baseUrl = await kit.app.listen({ host: '127.0.0.1', port: 0 });
  client = createClient({ baseUrl, apiKey: kit.adminKey });
  standard = createClient({ baseUrl, apiKey: kit.standardKey });
});
afterAll(() => kit.close());
afterEach(() => {
  expect(kit.violations).toEqual([]);
});

const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('expected an ApiError'), (error: unknown) => error as ApiError);

describe('users by name and email', () => {
  it('POST /users {name, email} without a password: 201 with a generated password', async () => {
    const user = await client.v1.users.create({ name: 'Charlie Brown', email: 'charlie.brown@example.com' });
    expect(user).toMatchObject({ id: expect.stringMatching(/^user_[0-9a-f]{32}$/), name: 'Charlie Brown', email: 'charlie.brown@example.com' });
    expect(user).toHaveProperty('createdAt');
    expect(user).toHaveProperty('updatedAt');
  });

  it('GET /users?limit=10&sortBy=createdAt&sortOrder=desc', async () => {
    await client.v1.users.create({ name: 'Alice Smith', email: 'alice.smith@example.com' });
    const list = await client.v1.users.list({ limit: 10, sortBy: 'createdAt', sortOrder: 'desc' });
    expect(list.pagination).toMatchObject({ limit: 10, offset: 0 });
    expect(list.data[0]!.email).toBe('alice.smith@example.com');
  });

  it('GET /users/{id}, PUT /users/{id} {name}, DELETE /users/{id} (204), then 404', async () => {
    const { id } = await client.v1.users.create({ name: 'Alice Smith', email: 'alice.w@example.com' });
    expect(await client.v1.users.get(id)).toMatchObject({ id, name: 'Alice Smith' });
    expect(await client.v1.users.update(id, { name: 'Alice Wonderland' })).toMatchObject({ id, name: 'Alice Wonderland' });
    await client.v1.users.delete(id);
    expect(await failure(client.v1.users.get(id))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('ids not in the v1 format (user_123) are not v1 ids: 404', async () => {
    expect(await failure(client.v1.users.get('user_123'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('a missing email is a 400 INVALID_INPUT naming the field', async () => {
    const error = await failure(client.v1.users.create({ name: 'No Email' } as never));
    expect(error).toMatchObject({ status: 400, code: 'INVALID_INPUT', details: [{ field: 'body.email', message: 'is required' }] });
  });
});

describe('users by username', () => {
  it('POST /users {username, email, password}: 201 with the username', async () => {
    const user = await client.v1.users.create({ username: 'new_user', email: 'new.user@example.com', password: 'securepassword123' });
    expect(user).toMatchObject({ username: 'new_user', email: 'new.user@example.com', name: 'new_user' });
  });

  it('GET /users?limit=10&offset=0 answers data and pagination', async () => {
    const list = await client.v1.users.list({ limit: 10, offset: 0 });
    expect(list.pagination).toEqual({ limit: 10, offset: 0, total: expect.any(Number) });
  });

  it('PUT /users/{id} {username}', async () => {
    const { id } = await client.v1.users.create({ username: 'john_doe', email: 'john.doe@example.com' });
    expect(await client.v1.users.update(id, { username: 'john_doe_updated' })).toMatchObject({ username: 'john_doe_updated' });
  });

  it('a duplicate username is 409 CONFLICT', async () => {
    await client.v1.users.create({ username: 'jane_smith', email: 'jane.smith@example.com' });
    const error = await failure(client.v1.users.create({ username: 'Jane_Smith', email: 'other@example.com' }));
    expect(error).toMatchObject({ status: 409, code: 'CONFLICT' });
  });

  it('an empty username is 400 INVALID_INPUT', async () => {
    const error = await failure(client.v1.users.create({ username: '', email: 'empty@example.com' }));
    expect(error).toMatchObject({ status: 400, code: 'INVALID_INPUT' });
    expect(error.details.map((d) => d.field)).toContain('body.username');
  });
});

describe('page, sort and order aliases, roles and error codes', () => {
  it('GET /users?page=1&limit=10', async () => {
    const list = await client.v1.users.list({ page: 1, limit: 10 });
    expect(list.pagination).toMatchObject({ limit: 10, offset: 0 });
  });

  it('POST /users {name, email, password} answers role user', async () => {
    const user = await client.v1.users.create({ name: 'Alice Johnson', email: 'alice@example.com', password: 'secure_password_123' });
    expect(user).toMatchObject({ name: 'Alice Johnson', role: 'user' });
  });

  it('PUT /users/{id} {name, role: moderator} with an admin key; 403 FORBIDDEN with a standard key', async () => {
    const { id } = await client.v1.users.create({ name: 'John Doe', email: 'john@example.com' });
    expect(await failure(standard.v1.users.update(id, { name: 'John D. Doe', role: 'moderator' }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(await client.v1.users.update(id, { name: 'John D. Doe', role: 'moderator' })).toMatchObject({ name: 'John D. Doe', role: 'moderator' });
  });

  it('sort/order aliases: GET /users?sort=created_at&order=desc', async () => {
    const aliased = await client.v1.users.list({ sort: 'created_at', order: 'desc', limit: 100 });
    expect(aliased).toEqual(await client.v1.users.list({ sortBy: 'createdAt', sortOrder: 'desc', limit: 100 }));
  });

  it('integer ids (GET /users/1) are not v1 ids: 404 NOT_FOUND', async () => {
    expect(await failure(client.v1.users.get('1'))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('an invalid key is 401 INVALID_API_KEY', async () => {
    const stranger = createClient({ baseUrl, apiKey: `ak_${'z'.repeat(43)}` });
    expect(await failure(stranger.v1.users.list())).toMatchObject({ status: 401, code: 'INVALID_API_KEY' });
  });

  it('over the rate limit is 429 RATE_LIMITED (retrying switched off)', async () => {
    const limited = createClient({ baseUrl, apiKey: await kit.createKey('standard', 1), retry: false });
    await limited.v1.users.list();
    expect(await failure(limited.v1.users.list())).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });
});
