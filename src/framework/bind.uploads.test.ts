import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as uploads from './fixtures/uploads/generated/routes.ts';
import { uploadHandlers } from './fixtures/uploads/handlers.ts';
import { fixtureApp, multipartBody, type MultipartPart } from './fixtures/test-app.ts';
import type { MultipartLimits } from './request-body.ts';
import type { ResponseViolation } from './response-check.ts';

const FILE_SIZE_LIMIT = 256 * 1024;

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
/** Bytes that differ along the file, so a chunk lost or repeated changes the digest. */
const filled = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 31) % 251));

let directory = '';
let violations: ResponseViolation[] = [];

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'uploads-test-'));
});

afterEach(async () => {
  expect(violations).toEqual([]);
  await rm(directory, { recursive: true, force: true });
});

async function uploadsApp(limits: MultipartLimits = {}) {
  const calls: unknown[] = [];
  const multipart = { fileSize: FILE_SIZE_LIMIT, directory, ...limits };
  const t = await fixtureApp({ module: uploads, handlers: uploadHandlers(calls), authenticators: {}, errorSchema: 'Problem', multipart });
  violations = t.violations;
  const send = (parts: MultipartPart[]) => t.app.inject({ method: 'POST', url: '/files/uploads', ...multipartBody(parts) });
  return { ...t, calls, send };
}

describe('multipart file parts streamed to the handler', () => {
  it('hands each file over as a stream with its name, media type and size, and removes it after the response', async () => {
    const t = await uploadsApp();
    const document = filled(FILE_SIZE_LIMIT);
    const res = await t.send([
      { name: 'title', value: 'Report' },
      { name: 'document', value: document, filename: 'report.pdf', type: 'application/pdf' },
      { name: 'copies', value: '2' },
      { name: 'attachments', value: 'a', filename: 'a.txt', type: 'text/plain' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ title: 'Report', copies: 2 });
    expect(body.files[0]).toMatchObject({ field: 'document', filename: 'report.pdf', mimetype: 'application/pdf', size: FILE_SIZE_LIMIT, sha256: sha256(document) });
    expect(body.files[0].chunks).toBeGreaterThan(1);
    expect(body.files[1]).toMatchObject({ field: 'attachments', filename: 'a.txt', mimetype: 'text/plain', size: 1, sha256: sha256(Buffer.from('a')) });
    // removed by @fastify/multipart once the response has been sent, which may be just after inject resolves
    await expect.poll(() => readdir(directory)).toEqual([]);
  });

  it('answers a file over the limit with a 413 in the error format, before the handler and with nothing left stored', async () => {
    const t = await uploadsApp();
    const res = await t.send([
      { name: 'title', value: 'Big' },
      { name: 'attachments', value: 'small', filename: 'small.txt' },
      { name: 'document', value: filled(FILE_SIZE_LIMIT + 1), filename: 'big.bin' },
    ]);
    expect([res.statusCode, res.headers['content-type'], res.json().code]).toEqual([413, 'application/problem+json; charset=utf-8', 'PAYLOAD_TOO_LARGE']);
    expect(t.calls).toEqual([]);
    expect(await readdir(directory)).toEqual([]);
  });

  it('answers a form with more files than allowed with a 413, removing the ones already stored', async () => {
    const t = await uploadsApp({ files: 1 });
    const res = await t.send([
      { name: 'title', value: 'Two' },
      { name: 'document', value: 'first', filename: 'a.bin' },
      { name: 'attachments', value: 'second', filename: 'b.bin' },
    ]);
    expect([res.statusCode, res.json().detail]).toEqual([413, 'The form has more parts, files or fields than the server accepts']);
    expect(t.calls).toEqual([]);
    expect(await readdir(directory)).toEqual([]);
  });

  it('checks the fields against the schema before the handler runs, wherever they come in the body', async () => {
    const t = await uploadsApp();
    const document = { name: 'document', value: 'x', filename: 'x.bin' };
    const late = await t.send([document, { name: 'title', value: 'T' }, { name: 'copies', value: '0' }]);
    expect([late.statusCode, late.json().errors.map((e: { field: string }) => e.field)]).toEqual([400, ['body.copies']]);
    const missing = await t.send([{ name: 'title', value: '' }]);
    expect([missing.statusCode, missing.json().errors.map((e: { field: string }) => e.field).sort()]).toEqual([400, ['body.document', 'body.title']]);
    const twice = await t.send([{ name: 'title', value: 'T' }, document, document]);
    expect([twice.statusCode, twice.json().errors.map((e: { field: string }) => e.field)]).toEqual([400, ['body.document']]);
    expect(t.calls).toEqual([]);
    await expect.poll(() => readdir(directory)).toEqual([]);
  });
});
