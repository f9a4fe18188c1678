import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import * as styles from './fixtures/styles/generated/routes.ts';
import { stylesHandlers } from './fixtures/styles/handlers.ts';
import { fixtureApp, multipartBody } from './fixtures/test-app.ts';
import { MAX_FIELD_ERRORS } from './validation.ts';

const BASE = styles.basePath;

async function stylesApp() {
  const calls: unknown[] = [];
  const { app, violations } = await fixtureApp({
    module: styles,
    handlers: stylesHandlers(calls),
    authenticators: {},
    errorSchema: 'Problem',
    multipart: { fileSize: 1024 },
  });
  return { app, violations, calls };
}

type App = Awaited<ReturnType<typeof stylesApp>>;

/** A 400 in problem details that names exactly these fields. */
async function expectInvalid(t: App, request: InjectOptions, fields: string[]) {
  const res = await t.app.inject(request);
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  expect((res.json().errors as { field: string }[]).map((e) => e.field).sort()).toEqual([...fields].sort());
  expect(t.calls).toEqual([]);
  expect(t.violations).toEqual([]);
}

async function searchQuery(t: App, query: string) {
  const res = await t.app.inject({ url: `${BASE}/search?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  expect(t.violations).toEqual([]);
  return res.json().query as Record<string, unknown>;
}

describe('parameter styles', () => {
  it('deepObject: objects and arrays from filter[name] and filter[tags][] keys', async () => {
    const t = await stylesApp();
    const query = await searchQuery(t, 'filter[name]=ann&filter[minAge]=30&filter[tags][]=a&filter[tags][]=b');
    expect(query).toEqual({ filter: { name: 'ann', minAge: 30, tags: ['a', 'b'] } });
    expect(await searchQuery(t, 'filter%5Btags%5D=solo')).toEqual({ filter: { tags: ['solo'] } });
  });

  it('deepObject: a wrong type or an undeclared property is a 400 naming it', async () => {
    await expectInvalid(await stylesApp(), { url: `${BASE}/search?filter[minAge]=old` }, ['query.filter.minAge']);
    await expectInvalid(await stylesApp(), { url: `${BASE}/search?filter[colour]=red` }, ['query.filter.colour']);
  });

  it('form without explode: comma lists and k,v objects', async () => {
    const t = await stylesApp();
    expect(await searchQuery(t, 'ids=1,2,3&point=x,1.5,y,-2')).toEqual({ ids: [1, 2, 3], point: { x: 1.5, y: -2 } });
    expect(await searchQuery(t, 'ids=')).toEqual({ ids: [] });
    await expectInvalid(await stylesApp(), { url: `${BASE}/search?ids=1,x,3` }, ['query.ids.1']);
    await expectInvalid(await stylesApp(), { url: `${BASE}/search?point=x,1,y` }, ['query.point']);
    await expectInvalid(await stylesApp(), { url: `${BASE}/search?point=x,1,z,2` }, ['query.point.z']);
  });

  it('spaceDelimited and pipeDelimited arrays', async () => {
    const t = await stylesApp();
    expect(await searchQuery(t, 'words=red%20green%20blue&levels=1|2|3')).toEqual({ words: ['red', 'green', 'blue'], levels: [1, 2, 3] });
    await expectInvalid(await stylesApp(), { url: `${BASE}/search?levels=1|two` }, ['query.levels.1']);
  });

  it('header parameters: typed, under the name the spec gives, read case-insensitively', async () => {
    const t = await stylesApp();
    const res = await t.app.inject({ url: `${BASE}/search`, headers: { 'x-trace-depth': '3', 'X-FLAGS': 'true,false' } });
    expect(res.json().headers).toEqual({ 'X-Trace-Depth': 3, 'X-Flags': [true, false] });
    await expectInvalid(await stylesApp(), { url: `${BASE}/search`, headers: { 'x-trace-depth': '3.5' } }, ['header.X-Trace-Depth']);
    await expectInvalid(await stylesApp(), { url: `${BASE}/search`, headers: { 'x-flags': 'true,1' } }, ['header.X-Flags.1']);
  });

  it('cookie parameters: strings and k,v objects; invalid ones named', async () => {
    const t = await stylesApp();
    const res = await t.app.inject({ url: `${BASE}/search`, headers: { cookie: 'other=1; session=s_abc; prefs=theme,dark,size,2' } });
    expect(res.json().cookies).toEqual({ session: 's_abc', prefs: { theme: 'dark', size: 2 } });
    await expectInvalid(await stylesApp(), { url: `${BASE}/search`, headers: { cookie: 'session=nope' } }, ['cookie.session']);
    await expectInvalid(await stylesApp(), { url: `${BASE}/search`, headers: { cookie: 'prefs=theme,blue,size,x' } }, [
      'cookie.prefs.size',
      'cookie.prefs.theme',
    ]);
  });

  it('path parameters in label and matrix style', async () => {
    const t = await stylesApp();
    const res = await t.app.inject({ url: `${BASE}/labels/.1.2.3/;point=5` });
    expect([res.statusCode, res.json().params]).toEqual([200, { ids: [1, 2, 3], point: 5 }]);
    await expectInvalid(await stylesApp(), { url: `${BASE}/labels/.1.x/;point=5` }, ['path.ids.1']);
    await expectInvalid(await stylesApp(), { url: `${BASE}/labels/.1/point=5` }, ['path.point']);
  });

  it('a rule between parameters from x-query-constraints: from with page is refused, each alone is fine', async () => {
    const t = await stylesApp();
    expect(await searchQuery(t, 'from=10')).toEqual({ from: 10 });
    expect(await searchQuery(t, 'page=2')).toEqual({ page: 2 });
    const res = await t.app.inject({ url: `${BASE}/search?from=10&page=2` });
    expect([res.statusCode, res.json().errors]).toEqual([400, [{ field: 'query.page', message: 'cannot be combined with from' }]]);
  });
});

describe('strict parsing of numbers and booleans (what JSON refuses is refused)', () => {
  const cases: [parameter: string, text: string, value: unknown][] = [
    ['count', '0', 0],
    ['count', '42', 42],
    ['count', '-7', -7],
    ['count', '9007199254740991', 9007199254740991],
    ['ratio', '1.5', 1.5],
    ['ratio', '-0.25', -0.25],
    ['ratio', '1e3', 1000],
    ['ratio', '2E-2', 0.02],
    ['ratio', '7', 7],
    ['exact', 'true', true],
    ['exact', 'false', false],
  ];
  it.each(cases)('%s=%s is %j', async (parameter, text, value) => {
    expect(await searchQuery(await stylesApp(), `${parameter}=${encodeURIComponent(text)}`)).toEqual({ [parameter]: value });
  });

  const refused: [parameter: string, text: string][] = [
    ...['0x10', '+5', '1e3', '1.0', '5.5', ' 5', '5 ', '', 'Infinity', '-Infinity', 'NaN', '05', '-', '1_000', '9007199254740993', '١٢'].map(
      (text) => ['count', text] as [string, string],
    ),
    ...['.5', '5.', '+1', '0x10', 'Infinity', 'NaN', '1e999', ' 1', '01.5', '1,5', '', '0b1', '1e'].map((text) => ['ratio', text] as [string, string]),
    ...['TRUE', 'True', '1', '0', 'yes', '', 'true '].map((text) => ['exact', text] as [string, string]),
  ];
  it.each(refused)('%s=%j is a 400 naming the parameter', async (parameter, text) => {
    await expectInvalid(await stylesApp(), { url: `${BASE}/search?${parameter}=${encodeURIComponent(text)}` }, [`query.${parameter}`]);
  });

  it.each([
    ['a scalar', 'count=1&count=2', 'count'],
    ['a comma list (form, not exploded)', 'ids=1&ids=2', 'ids'],
    ['a space-delimited list', 'words=a&words=b', 'words'],
    ['a pipe-delimited list', 'levels=1&levels=2', 'levels'],
    ['an object (form, not exploded)', 'point=x,1,y,2&point=x,3,y,4', 'point'],
    ['a JSON value', `where=${encodeURIComponent('{"name":"a"}')}&where=${encodeURIComponent('{"name":"b"}')}`, 'where'],
  ])('%s sent twice is refused as sent more than once, not silently read', async (_kind, query, name) => {
    const t = await stylesApp();
    const res = await t.app.inject({ url: `${BASE}/search?${query}` });
    expect([res.statusCode, res.json().errors]).toEqual([400, [{ field: `query.${name}`, message: 'is sent more than once' }]]);
    expect(t.calls).toEqual([]);
  });

  it('an exploded list is the one written as its key again and again', async () => {
    expect(await searchQuery(await stylesApp(), 'filter[tags][]=a&filter[tags][]=b&ids=1,2')).toEqual({ filter: { tags: ['a', 'b'] }, ids: [1, 2] });
  });
});

describe('an answer names at most MAX_FIELD_ERRORS failing fields, whatever the request holds', () => {
  it('a body of 5,000 unknown members is refused naming the first 100 of them', async () => {
    const t = await stylesApp();
    const body = { text: 'hi', ...Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`extra${i}`, i])) };
    const res = await t.app.inject({ method: 'POST', url: `${BASE}/notes`, payload: body });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().errors as { field: string }[]).map((e) => e.field);
    expect(fields).toHaveLength(MAX_FIELD_ERRORS);
    expect(fields.slice(0, 2)).toEqual(['body.extra0', 'body.extra1']);
    expect(t.calls).toEqual([]);
  });

  it('across locations too: query failures and body failures together stay within the limit', async () => {
    const t = await stylesApp();
    const query = Array.from({ length: 80 }, (_, i) => `q${i}=1`).join('&');
    const body = Object.fromEntries(Array.from({ length: 80 }, (_, i) => [`extra${i}`, i]));
    const res = await t.app.inject({ method: 'POST', url: `${BASE}/notes?${query}`, payload: { text: 'hi', ...body } });
    expect([res.statusCode, (res.json().errors as unknown[]).length]).toEqual([400, MAX_FIELD_ERRORS]);
  });
});

describe('a parameter that holds JSON (content: application/json) is read per RFC 8259, as strictly as a JSON body', () => {
  it('a JSON document is decoded', async () => {
    expect(await searchQuery(await stylesApp(), `where=${encodeURIComponent('{"name":"ann","tag":"\\u00e9"}')}`)).toEqual({ where: { name: 'ann', tag: 'é' } });
  });

  it.each([
    ['not JSON', '{"name":', 'query.where'],
    ['a duplicate member name', '{"name":"a","name":"b"}', 'query.where'],
    ['an escaped lone surrogate', '{"name":"\\ud800"}', 'query.where.name'],
    ['a __proto__ member', '{"__proto__":"x"}', 'query.where'],
    ['trailing data', '{"name":"a"} x', 'query.where'],
  ])('%s is a 400 naming the parameter', async (_name, text, field) => {
    await expectInvalid(await stylesApp(), { url: `${BASE}/search?where=${encodeURIComponent(text)}` }, [field]);
  });
});

describe('request bodies', () => {
  it('one operation accepts each media type it declares, each checked against its schema', async () => {
    const t = await stylesApp();
    const json = await t.app.inject({ method: 'POST', url: `${BASE}/notes`, payload: { text: 'hi', priority: 2 } });
    const form = await t.app.inject({
      method: 'POST',
      url: `${BASE}/notes`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'text=hi+there&pinned=true&priority=2',
    });
    const text = await t.app.inject({ method: 'POST', url: `${BASE}/notes`, headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: 'plain' });
    expect([json.statusCode, form.statusCode, text.statusCode]).toEqual([201, 201, 201]);
    expect(t.calls).toEqual([
      { mediaType: 'application/json', body: { text: 'hi', priority: 2 } },
      { mediaType: 'application/x-www-form-urlencoded', body: { text: 'hi there', pinned: true, priority: 2 } },
      { mediaType: 'text/plain', body: 'plain' },
    ]);
    expect(t.violations).toEqual([]);
  });

  it('form fields are parsed strictly and checked like JSON', async () => {
    const form = (payload: string) => ({
      method: 'POST' as const,
      url: `${BASE}/notes`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload,
    });
    await expectInvalid(await stylesApp(), form('text=a&priority=0x2'), ['body.priority']);
    await expectInvalid(await stylesApp(), form('text=a&pinned=yes'), ['body.pinned']);
    await expectInvalid(await stylesApp(), form('pinned=true&colour=red'), ['body.text', 'body.colour']);
    await expectInvalid(await stylesApp(), form('text=a&text=b'), ['body.text']);
    await expectInvalid(
      await stylesApp(),
      { method: 'POST', url: `${BASE}/notes`, headers: { 'content-type': 'text/plain' }, payload: 'x'.repeat(201) },
      ['body'],
    );
  });

  it('a media type the operation does not declare is a 415 naming the ones it accepts', async () => {
    const t = await stylesApp();
    const res = await t.app.inject({ method: 'POST', url: `${BASE}/notes`, headers: { 'content-type': 'application/xml' }, payload: '<note/>' });
    expect(res.statusCode).toBe(415);
    expect(res.json().detail).toBe('This Content-Type is not supported here; send one of: application/json, application/x-www-form-urlencoded, text/plain');
    const none = await t.app.inject({ method: 'PUT', url: `${BASE}/blobs`, payload: { a: 1 } });
    expect([none.statusCode, none.json().detail]).toEqual([415, 'This Content-Type is not supported here; send one of: application/octet-stream']);
    expect(t.calls).toEqual([]);
    expect(t.violations).toEqual([]);
  });

  it('multipart: fields parsed per the schema, files handed over with name, type, size and a stream of their bytes', async () => {
    const t = await stylesApp();
    const body = multipartBody([
      { name: 'title', value: 'Report' },
      { name: 'copies', value: '2' },
      { name: 'document', value: Buffer.alloc(1000, 1), filename: 'report.pdf', type: 'application/pdf' },
      { name: 'attachments', value: 'a', filename: 'a.txt', type: 'text/plain' },
      { name: 'attachments', value: 'bb', filename: 'b.txt', type: 'text/plain' },
    ]);
    const res = await t.app.inject({ method: 'POST', url: `${BASE}/uploads`, ...body });
    expect(res.statusCode, res.body).toBe(201);
    expect(t.calls).toEqual([
      {
        title: 'Report',
        copies: 2,
        files: [
          { filename: 'report.pdf', mimetype: 'application/pdf', bytes: 1000, read: 1000 },
          { filename: 'a.txt', mimetype: 'text/plain', bytes: 1, read: 1 },
          { filename: 'b.txt', mimetype: 'text/plain', bytes: 2, read: 2 },
        ],
      },
    ]);
    expect(t.violations).toEqual([]);
  });

  it('multipart: invalid fields, missing files and unknown parts are 400s naming them', async () => {
    const doc = { name: 'document', value: 'x', filename: 'x.bin' };
    await expectInvalid(await stylesApp(), { method: 'POST', url: `${BASE}/uploads`, ...multipartBody([{ name: 'title', value: 'T' }]) }, [
      'body.document',
    ]);
    await expectInvalid(
      await stylesApp(),
      { method: 'POST', url: `${BASE}/uploads`, ...multipartBody([{ name: 'title', value: 'T' }, { name: 'copies', value: '+2' }, doc]) },
      ['body.copies'],
    );
    await expectInvalid(
      await stylesApp(),
      { method: 'POST', url: `${BASE}/uploads`, ...multipartBody([{ name: 'title', value: 'T' }, { name: 'extra', value: '1' }, doc]) },
      ['body.extra'],
    );
    await expectInvalid(
      await stylesApp(),
      { method: 'POST', url: `${BASE}/uploads`, headers: { 'content-type': 'multipart/form-data' }, payload: 'no boundary' },
      ['body'],
    );
  });

  it('multipart: a file over the size limit is a 413 in the error format', async () => {
    const t = await stylesApp();
    const body = multipartBody([
      { name: 'title', value: 'Big' },
      { name: 'document', value: Buffer.alloc(1025), filename: 'big.bin' },
    ]);
    const res = await t.app.inject({ method: 'POST', url: `${BASE}/uploads`, ...body });
    expect([res.statusCode, res.headers['content-type'], res.json().code]).toEqual([413, 'application/problem+json; charset=utf-8', 'PAYLOAD_TOO_LARGE']);
    expect(t.calls).toEqual([]);
    expect(t.violations).toEqual([]);
  });

  it('raw bytes in and out (application/octet-stream)', async () => {
    const t = await stylesApp();
    const res = await t.app.inject({
      method: 'PUT',
      url: `${BASE}/blobs`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from([1, 2, 3, 255]),
    });
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'application/octet-stream']);
    expect([...res.rawPayload]).toEqual([255, 3, 2, 1]);
    const missing = await t.app.inject({ method: 'PUT', url: `${BASE}/blobs` });
    expect([missing.statusCode, missing.json().errors]).toEqual([400, [{ field: 'body', message: 'is required' }]]);
    expect(t.violations).toEqual([]);
  });
});
