import type { FastifyInstance, FastifyRequest } from 'fastify';
import { frameworkError } from './http-error.ts';

/** Deeper documents are refused: RFC 8259 lets a parser limit nesting, and code walking a body recurses. */
export const MAX_JSON_DEPTH = 128;

// fatal: bytes that are not UTF-8 are an error, never U+FFFD; a leading byte order mark is dropped (RFC 8259 §8.1 allows it)
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where a JSON text came from, for the errors about it: the body, or a parameter that holds JSON. */
export interface JsonPlace {
  /** The field errors name: `body`, `query.filter`. */
  field: string;
  /** How a message speaks of it: `The request body`. */
  noun: string;
}

const BODY: JsonPlace = { field: 'body', noun: 'The request body' };

const invalidJson = (place: JsonPlace, message: string, path: readonly (string | number)[] = []) =>
  frameworkError('INVALID_INPUT', `${place.noun} ${message}`, [{ field: [place.field, ...path].join('.'), message }]);

interface Problem {
  message: string;
  /** Where in the document, for a bad value: member names and array indexes. */
  path?: (string | number)[];
}

interface Frame {
  /** Member names seen so far; null in an array. */
  names: Set<string> | null;
  /** The member name or array index of the value being read. */
  key: string | number;
  /** The value of a `constructor` member: it may not have a `prototype` member. */
  isConstructor: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isNumberStart = (code: number) => code === 0x2d || (code >= 0x30 && code <= 0x39);
const isNumberPart = (code: number) => isNumberStart(code) || code === 0x2b || code === 0x2e || code === 0x45 || code === 0x65;

function numberProblem(token: string): string | undefined {
  const value = Number(token);
  if (!Number.isFinite(value)) return 'has a number beyond the range of a double';
  if (!/[.eE]/.test(token) && !Number.isSafeInteger(value)) return 'has an integer beyond 2^53 - 1';
  return undefined;
}

/** Index of the quote closing the string opening at `start`, and whether the string has escapes. */
function stringEnd(text: string, start: number): { end: number; escaped: boolean } {
  let escaped = false;
  let index = start + 1;
  for (;;) {
    const code = text.charCodeAt(index);
    if (code === 0x22) return { end: index, escaped };
    if (code === 0x5c) {
      escaped = true;
      index += 2;
    } else {
      index += 1;
    }
  }
}

/**
 * What RFC 8259 leaves to the parser and JSON.parse lets through, in a text JSON.parse accepted: duplicate member
 * names, `__proto__` members, `constructor.prototype`, escaped lone surrogates, numbers a double cannot hold, deep
 * nesting. One pass, no recursion. Messages never repeat the document.
 */
function strictnessProblem(text: string): Problem | string | undefined {
  const here = () => frames.map((frame) => frame.key);
  const frames: Frame[] = [];
  let expectName = false;
  let nextIsConstructor = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x7b || code === 0x5b) {
      frames.push({ names: code === 0x7b ? new Set() : null, key: code === 0x7b ? '' : 0, isConstructor: nextIsConstructor && code === 0x7b });
      if (frames.length > MAX_JSON_DEPTH) return `nests deeper than ${MAX_JSON_DEPTH} levels`;
      expectName = code === 0x7b;
      nextIsConstructor = false;
    } else if (code === 0x7d || code === 0x5d) {
      frames.pop();
    } else if (code === 0x2c) {
      const frame = frames.at(-1);
      expectName = frame?.names != null;
      if (frame && typeof frame.key === 'number') frame.key++;
    } else if (code === 0x22) {
      const { end, escaped } = stringEnd(text, index);
      const value = escaped ? (JSON.parse(text.slice(index, end + 1)) as string) : text.slice(index + 1, end);
      if (escaped && LONE_SURROGATE.test(value)) return { message: 'has a string with a lone surrogate', path: expectName ? here().slice(0, -1) : here() };
      if (expectName) {
        const frame = frames.at(-1)!;
        if (frame.names!.has(value)) return 'has a duplicate member name';
        frame.names!.add(value);
        frame.key = value;
        if (value === '__proto__') return 'has a member named __proto__';
        if (value === 'prototype' && frame.isConstructor) return 'has a constructor.prototype member';
        nextIsConstructor = value === 'constructor';
        expectName = false;
      } else {
        nextIsConstructor = false;
      }
      index = end;
    } else if (isNumberStart(code)) {
      let end = index + 1;
      while (end < text.length && isNumberPart(text.charCodeAt(end))) end++;
      const problem = numberProblem(text.slice(index, end));
      if (problem) return { message: problem, path: here() };
      index = end - 1;
      nextIsConstructor = false;
    } else if (code === 0x74 || code === 0x66 || code === 0x6e) {
      nextIsConstructor = false;
    }
  }
  return undefined;
}

/** A JSON text per RFC 8259, strictly; an HttpError (400) naming `place` says what is wrong with it. */
export function parseStrictJsonText(text: string, place: JsonPlace = BODY): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidJson(place, 'is not valid JSON');
  }
  const problem = strictnessProblem(text);
  if (typeof problem === 'string') throw invalidJson(place, problem);
  if (problem) throw invalidJson(place, problem.message, problem.path);
  return value;
}

/** A JSON body per RFC 8259, strictly; an HttpError (400) says what is wrong with it. */
export function parseStrictJson(body: Buffer): unknown {
  if (body.length === 0) throw invalidJson(BODY, 'is empty; it must be a JSON document');
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw invalidJson(BODY, 'is not valid UTF-8');
  }
  return parseStrictJsonText(text);
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

/** JSON text is UTF-8 (RFC 8259 §8.1): a Content-Type naming another charset is refused. */
function assertUtf8(request: FastifyRequest): void {
  const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1];
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    throw frameworkError('UNSUPPORTED_MEDIA_TYPE', 'JSON bodies must be UTF-8: send charset=utf-8 or no charset');
  }
}

/**
 * Bodies are read as sent: a content coding (`Content-Encoding: gzip`, `br`...) is refused with 415 and
 * `Accept-Encoding: identity` (RFC 9110 §8.4, §12.5.3), rather than read as if there were none.
 */
export function assertIdentityEncoding(request: FastifyRequest): void {
  const coding = request.headers['content-encoding'];
  if (coding !== undefined && coding.trim().toLowerCase() !== 'identity') {
    throw frameworkError('UNSUPPORTED_MEDIA_TYPE', 'A Content-Encoding is not supported: send the body unencoded', undefined, { 'accept-encoding': 'identity' });
  }
}

/** A Fastify content-type parser for JSON media types, strict as `parseStrictJson`. */
export function strictJsonParser(request: FastifyRequest, body: Buffer, done: (error: Error | null, value?: unknown) => void): void {
  try {
    assertIdentityEncoding(request);
    assertUtf8(request);
    done(null, parseStrictJson(body));
  } catch (error) {
    done(error as Error);
  }
}

/** Replaces Fastify's JSON parser on `app` and what is registered in it afterwards. */
export function useStrictJson(app: FastifyInstance, mediaTypes: readonly string[] = ['application/json']): void {
  for (const mediaType of mediaTypes) {
    if (app.hasContentTypeParser(mediaType)) app.removeContentTypeParser(mediaType);
    app.addContentTypeParser(mediaType, { parseAs: 'buffer' }, strictJsonParser);
  }
}
