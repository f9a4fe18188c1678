import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_SLACK, MIN_SCHEMA_BODY_LIMIT, schemaBodyLimit } from './body-limit.ts';
import type { BodyMedia, RouteDefinition } from './route-definition.ts';

const json = (maxBytes?: number): BodyMedia => ({ decode: { kind: 'json' }, validate: undefined, ...(maxBytes === undefined ? {} : { maxBytes }) });
const route = (media: Record<string, BodyMedia> | undefined) =>
  ({ body: media && { required: true, media } }) as unknown as RouteDefinition;
const SERVER = 1024 * 1024;

describe('schemaBodyLimit', () => {
  it('gives room for whitespace: the slack times the largest bounded body, at least the floor', () => {
    expect(schemaBodyLimit([route({ 'application/json': json(10_000) })], SERVER)).toBe(BODY_LIMIT_SLACK * 10_000);
    expect(schemaBodyLimit([route({ 'application/json': json(30) })], SERVER)).toBe(MIN_SCHEMA_BODY_LIMIT);
  });

  it('never goes above the server limit', () => {
    expect(schemaBodyLimit([route({ 'application/json': json(SERVER) })], SERVER)).toBe(SERVER);
  });

  it('takes the largest of the operations and media types sharing the route', () => {
    const routes = [route({ 'application/json': json(5_000), 'application/merge-patch+json': json(9_000) }), route({ 'application/json': json(7_000) })];
    expect(schemaBodyLimit(routes, SERVER)).toBe(BODY_LIMIT_SLACK * 9_000);
  });

  it("keeps the server's limit when a media type is unbounded, or nothing takes a body", () => {
    expect(schemaBodyLimit([route({ 'application/json': json(100), 'text/plain': { decode: { kind: 'text' }, validate: undefined } })], SERVER)).toBeUndefined();
    expect(schemaBodyLimit([route({ 'application/json': json(100) }), route({ 'application/json': json() })], SERVER)).toBeUndefined();
    expect(schemaBodyLimit([route(undefined)], SERVER)).toBeUndefined();
  });
});
