import { errorCodes } from 'fastify';
import { describe, expect, it } from 'vitest';
import { FASTIFY_REQUEST_ERRORS, toHttpError } from './errors.ts';
import { FRAMEWORK_ERROR_CODES, HttpError } from './http-error.ts';

/** Raised with a 4xx status, but by setup code (a parser added after start), never for a request. */
const SETUP_ERRORS = new Set(['FST_ERR_CTP_INSTANCE_ALREADY_STARTED']);

/** Fastify's errors that answer a request (a 4xx or 5xx status other than a plain 500 fault of the server). */
const requestErrors = Object.entries(errorCodes).flatMap(([code, Constructor]) => {
  if (SETUP_ERRORS.has(code)) return [];
  const error = new (Constructor as new (...args: string[]) => Error & { statusCode?: number })('a', 'b', 'c');
  return error.statusCode !== undefined && error.statusCode !== 500 ? [{ code, error }] : [];
});

describe('every error Fastify raises for a request', () => {
  it('is found by walking Fastify\'s catalogue', () => {
    expect(requestErrors.map(({ code }) => code)).toEqual(expect.arrayContaining(['FST_ERR_BAD_URL', 'FST_ERR_MAX_PARAM_LENGTH', 'FST_ERR_CTP_BODY_TOO_LARGE']));
  });

  it.each(requestErrors)('$code maps to a framework code, keeping its status, with a message of its own', ({ code, error }) => {
    expect(Object.keys(FASTIFY_REQUEST_ERRORS), `${code} has no entry`).toContain(code);
    const httpError = toHttpError(error, undefined);
    expect(httpError.status).toBe(error.statusCode);
    expect(FRAMEWORK_ERROR_CODES).toContain(httpError.code);
    expect(httpError.message).not.toContain(error.message);
  });

  it('maps only codes that exist, in Fastify or in the Fastify plugins used here', () => {
    const pluginCodes = ['FST_UNDER_PRESSURE'];
    for (const code of Object.keys(FASTIFY_REQUEST_ERRORS)) expect([...Object.keys(errorCodes), ...pluginCodes]).toContain(code);
  });

  it.each(Object.entries(FASTIFY_REQUEST_ERRORS))('%s gives a declared framework code', (_code, make) => {
    const error = make();
    expect(error).toBeInstanceOf(HttpError);
    expect(FRAMEWORK_ERROR_CODES).toContain(error.code);
  });

  it('an error of unknown origin is a 500 INTERNAL_ERROR saying nothing of it', () => {
    const error = toHttpError(new Error('connection string postgres://secret'), undefined);
    expect([error.status, error.code]).toEqual([500, 'INTERNAL_ERROR']);
    expect(error.message).not.toContain('secret');
  });
});
