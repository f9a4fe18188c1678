/**
 * Writes a large synthetic OpenAPI 3.1 document (by default ~4 MB, ~800 components, ~450 operations) for
 * `npm run corpus`: `npx tsx scripts/corpus/synthetic.ts OUT_DIR [--resources 90]`. The same arguments give the
 * same bytes. Its schemas mix what public documents use: formats, enums, bounds, nullable type arrays, nested
 * arrays of references, allOf composition, discriminated oneOf and a recursive tree.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

type Json = { [key: string]: unknown };

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['account', 'region', 'volume', 'network', 'policy', 'label', 'quota', 'window', 'target', 'owner', 'status', 'backup', 'budget', 'channel'];

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
}

function pascal(text: string): string {
  return text.replace(/(^|_)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function property(next: () => number, index: number, resources: string[]): Json {
  const description = `The ${sentence(next, 40 + Math.floor(next() * 50))}.`;
  switch (index % 9) {
    case 0:
      return { type: 'string', format: 'uuid', description, readOnly: true };
    case 1:
      return { type: 'string', minLength: 1, maxLength: 200, description };
    case 2:
      return { type: 'integer', format: 'int64', minimum: 0, maximum: 1_000_000, description };
    case 3:
      return { type: 'string', enum: ['active', 'paused', 'deleted', 'pending'], description };
    case 4:
      return { type: ['string', 'null'], format: 'date-time', description };
    case 5:
      return { type: 'number', exclusiveMinimum: 0, description };
    case 6:
      return { type: 'boolean', default: false, description };
    case 7:
      return { type: 'array', items: { $ref: `#/components/schemas/${resources[Math.floor(next() * resources.length)]}Summary` }, description };
    default:
      return { type: 'string', pattern: '^[a-z][a-z0-9-]{0,30}$', description };
  }
}

function resourceSchemas(next: () => number, name: string, resources: string[]): Record<string, Json> {
  const count = 18 + Math.floor(next() * 12);
  const properties: Record<string, Json> = {};
  for (let i = 0; i < count; i++) properties[`${sentence(next, 1)}_${i}`] = property(next, i, resources);
  const writable = Object.fromEntries(Object.entries(properties).filter(([, schema]) => schema.readOnly !== true));
  const required = Object.keys(writable).slice(0, 3);
  return {
    [name]: {
      description: `A ${name}: ${sentence(next, 20)}.`,
      allOf: [{ $ref: `#/components/schemas/${name}Summary` }, { type: 'object', properties, required: [Object.keys(properties)[0]!] }],
    },
    [`${name}Summary`]: {
      type: 'object',
      description: `What lists show of a ${name}.`,
      required: ['id', 'name'],
      properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string' }, kind: { type: 'string', enum: ['basic', 'extended'] } },
    },
    [`${name}Create`]: { type: 'object', description: `A new ${name}.`, required, additionalProperties: false, properties: writable },
    [`${name}Update`]: { type: 'object', description: `Changes to a ${name}.`, additionalProperties: false, minProperties: 1, properties: writable },
    [`${name}List`]: {
      type: 'object',
      required: ['items', 'total'],
      properties: { items: { type: 'array', items: { $ref: `#/components/schemas/${name}` } }, total: { type: 'integer', minimum: 0 } },
    },
    [`${name}Event`]: {
      oneOf: [{ $ref: `#/components/schemas/${name}Created` }, { $ref: `#/components/schemas/${name}Deleted` }],
      discriminator: { propertyName: 'event' },
    },
    [`${name}Created`]: { type: 'object', required: ['event', 'item'], properties: { event: { const: 'created' }, item: { $ref: `#/components/schemas/${name}` } } },
    [`${name}Deleted`]: { type: 'object', required: ['event', 'id'], properties: { event: { const: 'deleted' }, id: { type: 'string', format: 'uuid' } } },
    [`${name}Tree`]: {
      type: 'object',
      required: ['label'],
      properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: `#/components/schemas/${name}Tree` } } },
    },
  };
}

const ERROR = { description: 'The request failed', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

function json(schema: string, description = 'OK'): Json {
  return { description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } };
}

function resourcePaths(name: string, slug: string): Record<string, Json> {
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  const body = (schema: string) => ({ required: true, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } });
  return {
    [`/${slug}`]: {
      get: {
        operationId: `list${name}s`,
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          { name: 'status', in: 'query', schema: { type: 'array', items: { type: 'string', enum: ['active', 'paused'] } } },
        ],
        responses: { '200': json(`${name}List`), '4XX': ERROR },
      },
      post: { operationId: `create${name}`, requestBody: body(`${name}Create`), responses: { '201': json(name, 'Created'), '4XX': ERROR } },
    },
    [`/${slug}/{id}`]: {
      parameters: [id],
      get: { operationId: `get${name}`, responses: { '200': json(name), '404': ERROR, default: ERROR } },
      patch: { operationId: `update${name}`, requestBody: body(`${name}Update`), responses: { '200': json(name), '4XX': ERROR } },
      delete: { operationId: `delete${name}`, responses: { '204': { description: 'Deleted' }, '4XX': ERROR } },
    },
  };
}

export function syntheticDocument(resourceCount: number): Json {
  const next = random(resourceCount);
  const names = Array.from({ length: resourceCount }, (_, i) => `${pascal(WORDS[i % WORDS.length]!)}${i}`);
  const schemas: Record<string, Json> = {
    Error: { type: 'object', required: ['message'], properties: { message: { type: 'string' }, errors: { type: 'array', items: {} } } },
  };
  let paths: Record<string, Json> = {};
  for (const name of names) {
    Object.assign(schemas, resourceSchemas(next, name, names));
    paths = { ...paths, ...resourcePaths(name, name.toLowerCase()) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Synthetic large API', version: '1.0.0', description: `${resourceCount} resources, generated for size and speed checks.` },
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ bearer: [] }],
    paths,
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { resources: { type: 'string', default: '90' } } });
  const [out] = positionals;
  if (!out) throw new Error('usage: tsx scripts/corpus/synthetic.ts OUT_DIR [--resources 90]');
  await mkdir(out, { recursive: true });
  const text = stringify(syntheticDocument(Number(values.resources)), { lineWidth: 0, aliasDuplicateObjects: false });
  await writeFile(join(out, 'synthetic.yaml'), text);
  console.log(`${join(out, 'synthetic.yaml')}: ${(text.length / 1e6).toFixed(2)} MB`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
