import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import { frameworkError, HttpError, invalidInput } from './http-error.ts';
import { assertIdentityEncoding, strictJsonParser } from './json-body.ts';
import type { BodyDecoding, BodyMedia, ObjectShape, RouteDefinition } from './route-definition.ts';
import { parseField, propertyShape } from './strict-scalars.ts';

type MultipartDecoding = Extract<BodyDecoding, { kind: 'multipart' }>;

/**
 * A file part of a multipart body (the generated `UploadedFile`): stored on disk as it arrived, within the size limit,
 * and removed once the response is sent, so a handler reads it as a stream and no upload is held in memory.
 */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  /** Its size in bytes. */
  size: number;
  /** Its bytes from the first; each call opens a new stream. */
  stream(): Readable;
}

/** Limits on multipart bodies; `fileSize` defaults to the server's body limit, `directory` (for stored files) to the OS's. */
export interface MultipartLimits {
  fileSize?: number;
  files?: number;
  fields?: number;
  fieldSize?: number;
  parts?: number;
  directory?: string;
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

/** The declaration for the request's media type; a media type the operation does not declare is a 415 naming those it does (not the request's). */
export function selectBodyMedia(selector: BodyMediaSelector, mediaType: string): BodyMedia {
  const exact = Object.hasOwn(selector.exact, mediaType) ? selector.exact[mediaType] : undefined;
  if (exact) return exact;
  if (mediaType !== '') for (const [prefix, media] of selector.ranges) if (mediaType.startsWith(prefix)) return media;
  // the request's own media type is not repeated: it could be anything, of any length
  throw frameworkError('UNSUPPORTED_MEDIA_TYPE', `${mediaType === '' ? 'A body without a Content-Type' : 'This Content-Type'} is not supported here; send one of: ${selector.accepted}`);
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

const fileTooLarge = (name: string) => frameworkError('PAYLOAD_TOO_LARGE', `The file ${name} is larger than the server accepts`);

/** Streams a file part to a file of its own under `directory`, which @fastify/multipart removes after the response. */
async function storeFile(request: FastifyRequest, part: MultipartFile, directory: string): Promise<UploadedFile> {
  const path = join(directory, `upload-${randomUUID()}`);
  (request.tmpUploads ??= []).push(path);
  const target = createWriteStream(path);
  await pipeline(part.file, target);
  if (part.file.truncated) throw fileTooLarge(part.fieldname);
  return { filename: part.filename, mimetype: part.mimetype, size: target.bytesWritten, stream: () => createReadStream(path) };
}

async function readPart(request: FastifyRequest, part: Multipart, into: { files: Record<string, unknown>; fields: Record<string, unknown> }, many: boolean, directory: string): Promise<void> {
  if (part.type === 'file') {
    if (!many && Object.hasOwn(into.files, part.fieldname)) throw invalidInput([{ field: `body.${part.fieldname}`, message: 'must be one file' }]);
    const file = await storeFile(request, part, directory);
    if (many) append(into.files, part.fieldname, file);
    else into.files[part.fieldname] = file;
    return;
  }
  if (part.valueTruncated) throw frameworkError('PAYLOAD_TOO_LARGE', `The form field ${part.fieldname} is larger than the server accepts`);
  append(into.fields, part.fieldname, part.value);
}

function multipartError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const { statusCode, code, part } = error as { statusCode?: number; code?: string; part?: { fieldname?: string } };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(part?.fieldname ?? 'sent');
  if (statusCode === 413) return frameworkError('PAYLOAD_TOO_LARGE', 'The form has more parts, files or fields than the server accepts');
  return invalidInput([{ field: 'body', message: 'is not a valid multipart/form-data body' }]);
}

/**
 * Reads a multipart body: fields decoded per the schema, each file part streamed to disk within the size limit. When
 * anything fails (a file over the limit: 413), the files stored so far are removed before the error is answered.
 */
export async function readMultipart(request: FastifyRequest, decoding: MultipartDecoding, limits: MultipartLimits): Promise<Record<string, unknown>> {
  const into = { files: {} as Record<string, unknown>, fields: {} as Record<string, unknown> };
  const { directory = tmpdir(), ...busboyLimits } = limits;
  try {
    for await (const part of request.parts({ limits: busboyLimits })) {
      await readPart(request, part, into, decoding.files[part.fieldname] === 'many', directory);
    }
  } catch (error) {
    await request.cleanRequestFiles();
    request.tmpUploads = [];
    throw multipartError(error);
  }
  const { files } = into;
  for (const [name, count] of Object.entries(decoding.files)) {
    if (count === 'many' && Object.hasOwn(files, name) && !Array.isArray(files[name])) files[name] = [files[name]];
  }
  return Object.assign(decodeFields(decoding.shape, into.fields), files);
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
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
      try {
        assertIdentityEncoding(request);
        done(null, parseUrlEncoded(body as string));
      } catch (error) {
        done(error as Error);
      }
    });
  }
  if (declared.has('multipart/form-data')) {
    const { default: multipart } = await import('@fastify/multipart');
    const { directory: _directory, ...busboyLimits } = limits;
    await app.register(multipart, { limits: { fileSize: limits.fileSize ?? app.initialConfig.bodyLimit, ...busboyLimits } });
  }
  if (!app.hasContentTypeParser('*')) {
    app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
      try {
        assertIdentityEncoding(request);
        done(null, body);
      } catch (error) {
        done(error as Error);
      }
    });
  }
}
