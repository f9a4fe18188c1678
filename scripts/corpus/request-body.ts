import type { BodyDecoding } from '../../src/framework/route-definition.ts';

/** A body as fetch sends it; FormData brings its own multipart content type (with the boundary). */
export type EncodedBody = { body: string | Buffer | FormData | URLSearchParams; contentType: string | undefined };

/** A field's text as a form or a multipart part carries it: scalars as they are, anything structured as JSON. */
function fieldText(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

function sampleFile(name: string): Blob {
  return new Blob([Buffer.from(`corpus file for ${name}`)], { type: 'application/octet-stream' });
}

/** `value` encoded as a field list: arrays repeat their key (the `form` style, exploded, these media types default to). */
function fields(value: unknown): [string, unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([name, field]) => (Array.isArray(field) ? field.map((item): [string, unknown] => [name, item]) : [[name, field]]));
}

/**
 * A body of `mediaType` holding `value` (a sample of the declared schema): JSON as JSON, forms field by field, multipart
 * with a file part for each binary property, text as text and anything else as a few bytes.
 */
export function encodeBody(mediaType: string, decode: BodyDecoding, value: unknown): EncodedBody {
  const essence = mediaType.split(';')[0]!.trim();
  switch (decode.kind) {
    case 'json':
      return { body: JSON.stringify(value), contentType: essence };
    case 'form':
      return { body: new URLSearchParams(fields(value).map(([name, field]): [string, string] => [name, fieldText(field)])), contentType: essence };
    case 'multipart': {
      const form = new FormData();
      for (const [name, field] of fields(value)) if (!(name in decode.files)) form.append(name, fieldText(field));
      const present = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      for (const name of Object.keys(decode.files).filter((file) => file in present)) {
        const count = Array.isArray(present[name]) ? Math.max(present[name].length, 1) : 1;
        for (let i = 0; i < count; i++) form.append(name, sampleFile(name), `${name}-${i}.bin`);
      }
      return { body: form, contentType: undefined };
    }
    case 'text':
      return { body: typeof value === 'string' ? value : 'x', contentType: essence };
    default:
      return { body: Buffer.from('x'), contentType: essence.includes('*') ? 'application/octet-stream' : essence };
  }
}
