import { describe, expect, it } from 'vitest';
import { HttpError } from './http-error.ts';
import { MAX_JSON_DEPTH, parseStrictJson } from './json-body.ts';

const bytes = (text: string) => Buffer.from(text, 'utf8');

function refusal(body: Buffer): HttpError {
  try {
    parseStrictJson(body);
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('the body was accepted');
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('parseStrictJson refuses what RFC 8259 leaves open, with a 400 naming the body and repeating nothing', () => {
  it.each([
    ['an empty body', Buffer.alloc(0)],
    ['whitespace only', bytes('  \n')],
    ['trailing garbage', bytes('{"a":1} x')],
    ['two documents', bytes('{}{}')],
    ['a single-quoted string', bytes("{'a':1}")],
    ['a trailing comma', bytes('{"a":1,}')],
    ['a comment', bytes('{"a":1 /* SECRETMARK */}')],
    ['NaN', bytes('{"a":NaN}')],
    ['a hexadecimal number', bytes('{"a":0x10}')],
    ['a leading plus', bytes('{"a":+5}')],
    ['an unescaped control character', bytes('{"a":"x\u0001"}')],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['an overlong UTF-8 encoding', Buffer.from([0x22, 0xc0, 0xaf, 0x22])],
    ['a UTF-8 encoded surrogate (CESU-8)', Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22])],
    ['UTF-16', Buffer.from('{"a":1}', 'utf16le')],
    ['a duplicate member name', bytes('{"role":"user","role":"admin"}')],
    ['a duplicate member name written with an escape', bytes('{"role":"user","r\\u006fle":"admin"}')],
    ['a duplicate member name in a nested object', bytes('{"a":[{"b":1,"b":2}]}')],
    ['a __proto__ member', bytes('{"__proto__":{"isAdmin":true}}')],
    ['an escaped __proto__ member', bytes('{"\\u005f_proto__":{}}')],
    ['a nested __proto__ member', bytes('{"a":{"b":[{"__proto__":null}]}}')],
    ['a constructor.prototype member', bytes('{"constructor":{"prototype":{"isAdmin":true}}}')],
    ['a lone high surrogate escape', bytes('{"name":"\\ud800"}'), 'body.name'],
    ['a lone low surrogate escape', bytes('{"name":"a\\udc00b"}'), 'body.name'],
    ['a lone surrogate escape in a member name', bytes('{"\\ud83d":1}')],
    ['a number beyond a double', bytes('{"a":1e400}'), 'body.a'],
    ['a negative number beyond a double', bytes('[-1e400]'), 'body.0'],
    ['an integer beyond 2^53 - 1', bytes('{"id":9007199254740993}'), 'body.id'],
    ['a negative integer beyond -(2^53 - 1)', bytes('[1, -9007199254740993]'), 'body.1'],
    ['nesting one level too deep', bytes(nested(MAX_JSON_DEPTH + 1))],
    ['nesting a hundred thousand levels deep', bytes(nested(100_000))],
  ] as [string, Buffer, string?][])('%s', (_name, body, field = 'body') => {
    const error = refusal(body);
    expect([error.status, error.code]).toEqual([400, 'INVALID_INPUT']);
    // a bad value is named by its place in the document; a bad document as a whole is the body
    expect(error.details?.map((detail) => detail.field)).toEqual([field]);
    expect(error.message).not.toContain('SECRETMARK');
    expect(error.message).not.toMatch(/role|isAdmin/);
  });
});

describe('parseStrictJson accepts every JSON text RFC 8259 allows', () => {
  it.each([
    ['an object', '{"a":1,"b":[true,false,null],"c":{"d":"e"}}', { a: 1, b: [true, false, null], c: { d: 'e' } }],
    ['a leading byte order mark', '\ufeff{"a":1}', { a: 1 }],
    ['scalars at the top', '"text"', 'text'],
    ['the same name in different objects', '[{"a":1},{"a":2},{"b":{"a":3}}]', [{ a: 1 }, { a: 2 }, { b: { a: 3 } }]],
    ['a surrogate pair escape', '{"emoji":"\\ud83d\\ude00"}', { emoji: '😀' }],
    ['raw non-ASCII text', '{"name":"Zoë 漢字 😀"}', { name: 'Zoë 漢字 😀' }],
    ['a constructor member that is not an object', '{"constructor":"x"}', { constructor: 'x' }],
    ['a prototype member outside constructor', '{"prototype":{"a":1}}', { prototype: { a: 1 } }],
    ['names that only look like keywords', '{"__proto":1,"proto__":2}', { __proto: 1, proto__: 2 }],
    ['the largest safe integers', '[9007199254740991,-9007199254740991]', [9007199254740991, -9007199254740991]],
    ['fractions and exponents', '[1.5,-0.25,1e300,2E-10,0]', [1.5, -0.25, 1e300, 2e-10, 0]],
    ['escapes in values', '{"a":"\\"\\\\\\/\\b\\f\\n\\r\\t"}', { a: '"\\/\b\f\n\r\t' }],
    ['nesting at the limit', nested(MAX_JSON_DEPTH), JSON.parse(nested(MAX_JSON_DEPTH)) as unknown],
    ['whitespace around tokens', ' \t\r\n{ "a" : [ 1 , 2 ] } \n', { a: [1, 2] }],
  ])('%s', (_name, text, expected) => {
    const value = parseStrictJson(bytes(text)) as Record<string, unknown>;
    expect(value).toEqual(expected);
    expect(Object.getPrototypeOf(value === null || typeof value !== 'object' ? {} : value)).toBe(Array.isArray(value) ? Array.prototype : Object.prototype);
  });
});
