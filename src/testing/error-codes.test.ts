import { describe, expect, it } from 'vitest';
import { codesOf } from '../http/error-catalogue.ts';
import { document } from '../../generated/v1/document.ts';
import { catalogueMismatches, cataloguedStatuses, graphqlErrorCodes, openApiErrorCodes } from './error-codes.ts';

const v1CodeIn = (example: unknown) => (example as { error?: { code?: unknown } } | undefined)?.error?.code;
const v1Catalogue = cataloguedStatuses(codesOf('v1'));

/** A copy of the v1 document, changed by `change`. */
function v1DocumentWith(change: (copy: { components: { schemas: { ErrorCode: { enum: string[]; description: string } } } }) => void) {
  const copy = structuredClone(document) as Parameters<typeof change>[0];
  change(copy);
  return copy as unknown as Record<string, unknown>;
}

describe('catalogueMismatches', () => {
  it('finds none between the catalogue and the spec as they are', () => {
    expect(catalogueMismatches(v1Catalogue, openApiErrorCodes(document, 'ErrorCode', v1CodeIn))).toEqual([]);
  });

  it('names a code added to the catalogue that the spec does not declare', () => {
    const withFake = { ...v1Catalogue, TEAPOT: 418 };
    expect(catalogueMismatches(withFake, openApiErrorCodes(document, 'ErrorCode', v1CodeIn))).toEqual(['TEAPOT is in the catalogue but not declared']);
  });

  it('names a code removed from a copy of the spec', () => {
    const without = v1DocumentWith((copy) => {
      copy.components.schemas.ErrorCode.enum = copy.components.schemas.ErrorCode.enum.filter((code) => code !== 'CONFLICT');
    });
    expect(catalogueMismatches(v1Catalogue, openApiErrorCodes(without, 'ErrorCode', v1CodeIn))).toEqual(['CONFLICT is in the catalogue but not declared']);
  });

  it('names a code the spec declares that the catalogue lacks', () => {
    const { CONFLICT: _conflict, ...withoutConflict } = v1Catalogue;
    expect(catalogueMismatches(withoutConflict, openApiErrorCodes(document, 'ErrorCode', v1CodeIn))).toEqual(['CONFLICT is declared but not in the catalogue']);
  });

  it('names every place the spec ties a code to another status than the catalogue', () => {
    const mismatches = catalogueMismatches({ ...v1Catalogue, NOT_FOUND: 410 }, openApiErrorCodes(document, 'ErrorCode', v1CodeIn));
    expect(mismatches).toContain("NOT_FOUND is 410 in the catalogue but 404 at ErrorCode's description");
    expect(mismatches).toContain('NOT_FOUND is 410 in the catalogue but 404 at getUser 404 application/json user');
    expect(mismatches.every((mismatch) => mismatch.startsWith('NOT_FOUND is 410'))).toBe(true);
  });
});

describe('openApiErrorCodes', () => {
  it('reads the statuses written after the codes in the enum description, lists joined by commas and "and"', () => {
    const changed = v1DocumentWith((copy) => {
      copy.components.schemas.ErrorCode.description = 'Codes: `INVALID_INPUT` (400), `UNAUTHORIZED`,\n`INVALID_API_KEY` and `FORBIDDEN` (401).';
    });
    const ties = openApiErrorCodes(changed, 'ErrorCode', () => undefined).ties;
    expect(ties.map(({ code, status }) => [code, status])).toEqual([
      ['INVALID_INPUT', 400],
      ['UNAUTHORIZED', 401],
      ['INVALID_API_KEY', 401],
      ['FORBIDDEN', 401],
    ]);
  });

  it('reads the code of every example of every declared response, through $refs', () => {
    const spec = {
      paths: {
        '/things/{id}': {
          get: {
            operationId: 'getThing',
            responses: { '404': { $ref: '#/components/responses/NotFound' }, default: { description: 'any', content: { 'application/json': { example: { code: 'OTHER' } } } } },
          },
        },
      },
      components: {
        schemas: { Code: { enum: ['NOT_FOUND'] } },
        examples: { missing: { value: { code: 'NOT_FOUND' } } },
        responses: { NotFound: { description: 'none', content: { 'application/json': { examples: { missing: { $ref: '#/components/examples/missing' } } } } } },
      },
    };
    expect(openApiErrorCodes(spec, 'Code', (example) => (example as { code?: unknown }).code)).toEqual({
      codes: ['NOT_FOUND'],
      ties: [{ code: 'NOT_FOUND', status: 404, where: 'getThing 404 application/json missing' }],
    });
  });

  it('refuses a document without the code schema', () => {
    expect(() => openApiErrorCodes({ components: { schemas: {} } }, 'ErrorCode', v1CodeIn)).toThrow('no enum schema ErrorCode');
  });
});

describe('graphqlErrorCodes', () => {
  const sdl = (entries: string) => `"""\nAn API.\n\nErrors (HTTP 200 while running):\n${entries}\n"""\nschema { query: Query }\ntype Query { a: Int }\n`;

  it('lists the codes of the schema description and the HTTP statuses each entry names', () => {
    const declared = graphqlErrorCodes(sdl('- `FORBIDDEN`: not allowed;\n- `BAD_REQUEST`: malformed (HTTP 400, or 413\n  as HTTP has it);\n- `NOT_FOUND`: no such thing (HTTP 404)'));
    expect(declared.codes).toEqual(['FORBIDDEN', 'BAD_REQUEST', 'NOT_FOUND']);
    expect(declared.ties.map(({ code, status }) => [code, status])).toEqual([
      ['BAD_REQUEST', 400],
      ['NOT_FOUND', 404],
    ]);
  });

  it('compared with a catalogue, names a code the description lacks and a status it contradicts', () => {
    const declared = graphqlErrorCodes(sdl('- `NOT_FOUND`: no such thing (HTTP 404)'));
    expect(catalogueMismatches({ NOT_FOUND: 400, QUERY_TOO_WIDE: 400 }, declared)).toEqual([
      'QUERY_TOO_WIDE is in the catalogue but not declared',
      'NOT_FOUND is 400 in the catalogue but 404 at the schema description',
    ]);
  });
});
