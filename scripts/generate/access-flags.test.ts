import { describe, expect, it } from 'vitest';
import { markAccessFlags } from './access-flags.ts';
import type { OpenApiDocument } from './openapi-types.ts';

function documentWith(schemas: Record<string, unknown>): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } } as unknown as OpenApiDocument;
}

const propertiesOf = (document: OpenApiDocument, name: string) =>
  (document.components!.schemas![name] as { properties: Record<string, Record<string, unknown>> }).properties;

describe('markAccessFlags', () => {
  it('marks properties readOnly or writeOnly through $ref, chains of $ref and allOf branches', () => {
    const document = documentWith({
      Id: { type: 'string', readOnly: true },
      AliasOfId: { $ref: '#/components/schemas/Id' },
      Secret: { type: 'string', writeOnly: true },
      Thing: {
        type: 'object',
        properties: {
          id: { $ref: '#/components/schemas/AliasOfId' },
          secret: { allOf: [{ $ref: '#/components/schemas/Secret' }], description: 'kept' },
          name: { type: 'string' },
        },
      },
    });
    markAccessFlags(document);
    const { id, secret, name } = propertiesOf(document, 'Thing');
    expect([id!.readOnly, id!.writeOnly, secret!.writeOnly, secret!.description, name]).toEqual([true, undefined, true, 'kept', { type: 'string' }]);
  });

  it('leaves a property that says readOnly: false itself, and ends on references that loop', () => {
    const document = documentWith({
      Id: { type: 'string', readOnly: true },
      Loop: { $ref: '#/components/schemas/Loop' },
      Node: {
        type: 'object',
        properties: { id: { $ref: '#/components/schemas/Id', readOnly: false }, next: { $ref: '#/components/schemas/Node' }, loop: { $ref: '#/components/schemas/Loop' } },
      },
    });
    markAccessFlags(document);
    const { id, next, loop } = propertiesOf(document, 'Node');
    expect([id!.readOnly, next!.readOnly, loop!.readOnly]).toEqual([false, undefined, undefined]);
  });
});
