import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Multipart } from '@fastify/multipart';
import { HttpError, invalidInput } from './http-error.js';
import { strictJsonParser } from './json-body.js';
import type { BodyDecoding, BodyMedia, ObjectShape, RouteDefinition } from './route-definition.js';
import { parseField, propertyShape } from './strict-scalars.js';

type MultipartDecoding = Extract<BodyDecoding, { kind: 'multipart' }>;

/** A file part of a multipart body, read whole within the size limit (the generated `UploadedFile`). */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  data: Uint8Array;
}

/** Limits on multipart bodies; `fileSize` defaults to the server's body limit. */
export interface MultipartLimits {
  fileSize?: number;
  files?: number;
  fields?: number;
  fieldSize?: number;
  parts?: number;
}

/** How a route picks the declaration for a request's media type: exact, then `type/*`, then `*\/*`. */
export interface BodyMediaSelector {
  readonly exact: Readonly<Record<string, BodyMedia>>;
  readonly ranges: readonly (readonly [prefix: string, media: BodyMedia])[];
  readonly accepted: string;
}

export function bodyMediaSelector(route: RouteDefinition): BodyMediaSelector | undefined {
  if (!route.body) return undefined;
  const entries = Object.entries(route.body.media);
  const ranges = entries
    .filter(([type]) => type.endsWith('/*'))
    .map(([type, media]) => [type === '*/*' ? '' : type.slice(0, -1), media] as const)
    .sort(([a], [b]) => b.length - a.length);
  return { exact: route.body.media, ranges, accepted: entries.map(([type]) => type).join(', ') };
}

/** The request's media type, lower case, without parameters ('' without a Content-Type). */
export function mediaTypeOf(request: FastifyRequest): string {
  const header = request.headers['content-type'];
  if (header === undefined) return '';
  const end = header.indexOf(';');
  return (end < 0 ? header : header.slice(0, end)).trim().toLowerCase();
}

/** The declaration for the request's media type; a media type the operation does not declare is a 415 naming those it does. */
export function selectBodyMedia(selector: BodyMediaSelector, mediaType: string): BodyMedia {
  const exact = Object.hasOwn(selector.exact, mediaType) ? selector.exact[mediaType] : undefined;
  if (exact) return exact;
  if (mediaType !== '') for (const [prefix, media] of selector.ranges) if (mediaType.startsWith(prefix)) return media;
  throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type ${mediaType || '(none)'} is not supported here; send one of: ${selector.accepted}`);
}

/** Form fields (urlencoded or multipart) decoded per the body schema's properties. */
export function decodeFields(shape: ObjectShape, fields: Record<string, unknown>): Record<string, unknown> {
  for (const name of Object.keys(fields)) {
    const fieldShape = propertyShape(shape, name);
    if (fieldShape) fields[name] = parseField(fieldShape, fields[name]);
  }
  return fields;
}

function append(into: Record<string, unknown>, name: string, value: unknown): void {
  if (!Object.hasOwn(into, name)) into[name] = value;
  else if (Array.isArray(into[name])) (into[name] as unknown[]).push(value);
  else into[name] = [into[name], value];
}

function parseUrlEncoded(text: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(text)) append(fields, name, value);
  return fields;
}

async function readPart(part: Multipart, files: Record<string, unknown>, fields: Record<string, unknown>, many: boolean): Promise<void> {
  if (part.type === 'file') {
    const data = await part.toBuffer();
    const file: UploadedFile = { filename: part.filename, mimetype: part.mimetype, data };
    if (many) append(files, part.fieldname, file);
    else if (Object.hasOwn(files, part.fieldname)) throw invalidInput([{ field: `body.${part.fieldname}`, message: 'must be one file' }]);
    else files[part.fieldname] = file;
    return;
  }
  if (part.valueTruncated) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `The form field ${part.fieldname} is larger than the server accepts`);
  append(fields, part.fieldname, part.value);
}

/** Reads a multipart body: fields decoded per the schema, file parts streamed into memory within the limits. */
export async function readMultipart(request: FastifyRequest, decoding: MultipartDecoding, limits: MultipartLimits): Promise<Record<string, unknown>> {
  const files: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  try {
    for await (const part of request.parts({ limits })) {
      await readPart(part, files, fields, decoding.files[part.fieldname] === 'many');
    }
  } catch (error) {
    if (error instanceof HttpError || (error as { statusCode?: number }).statusCode === 413) throw error;
    throw invalidInput([{ field: 'body', message: 'is not a valid multipart/form-data body' }]);
  }
  for (const [name, count] of Object.entries(decoding.files)) {
    if (count === 'many' && Object.hasOwn(files, name) && !Array.isArray(files[name])) files[name] = [files[name]];
  }
  return Object.assign(decodeFields(decoding.shape, fields), files);
}

/**
 * Parsers for what the routes declare beyond Fastify's JSON and text: `+json` types, urlencoded forms, multipart
 * (@fastify/multipart), and raw bytes for any other media type, so the route itself answers 415 naming what it accepts.
 */
export async function registerBodyParsers(app: FastifyInstance, routes: readonly RouteDefinition[], limits: MultipartLimits): Promise<void> {
  const declared = new Set(routes.flatMap((r) => Object.keys(r.body?.media ?? {})));
  for (const type of declared) {
    if (type.endsWith('+json') && !app.hasContentTypeParser(type)) {
      app.addContentTypeParser(type, { parseAs: 'buffer' }, strictJsonParser);
    }
  }
  if (declared.has('application/x-www-form-urlencoded') && !app.hasContentTypeParser('application/x-www-form-urlencoded')) {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
      done(null, parseUrlEncoded(body as string));
    });
  }
  if (declared.has('multipart/form-data')) {
    const { default: multipart } = await import('@fastify/multipart');
    await app.register(multipart, { limits: { fileSize: limits.fileSize ?? app.initialConfig.bodyLimit, ...limits } });
  }
  if (!app.hasContentTypeParser('*')) {
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  }
}
