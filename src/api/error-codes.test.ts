import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES } from '../domain/errors.ts';
import { codesOf } from '../http/error-catalogue.ts';
import { catalogueMismatches, cataloguedStatuses, openApiErrorCodes, responseExamples } from '../testing/error-codes.ts';
import { formatProblem, v2Error, type V2ErrorCode } from './v2/errors.ts';
import { document as v1Document } from '../../generated/v1/document.ts';
import { document as v2Document } from '../../generated/v2/document.ts';

const VERSIONS = [
  {
    name: 'v1',
    codes: codesOf('v1'),
    declared: openApiErrorCodes(v1Document, 'ErrorCode', (example) => (example as { error?: { code?: unknown } } | undefined)?.error?.code),
    // v1 has no login
    domainCodes: DOMAIN_ERROR_CODES.filter((code) => code !== 'INVALID_CREDENTIALS'),
  },
  {
    name: 'v2',
    codes: codesOf('v2'),
    declared: openApiErrorCodes(v2Document, 'ProblemCode', (example) => (example as { code?: unknown } | undefined)?.code),
    domainCodes: DOMAIN_ERROR_CODES,
  },
];

describe.each(VERSIONS)('$name error codes', ({ codes, declared, domainCodes }) => {
  it('are exactly the codes the spec declares, each with the status the spec gives it', () => {
    expect(catalogueMismatches(cataloguedStatuses(codes), declared)).toEqual([]);
  });

  it("are each tied to a status by the spec (its code enum's description), and response examples tie them too", () => {
    const tied = new Set(declared.ties.filter((tie) => tie.where.endsWith('description')).map((tie) => tie.code));
    expect(codes.filter((code) => !tied.has(code))).toEqual([]);
    expect(declared.ties.filter((tie) => !tie.where.endsWith('description'))).not.toEqual([]);
  });

  it('include every domain code an operation of the version can meet', () => {
    for (const code of domainCodes) expect(codes, code).toContain(code);
  });
});

describe('v2 problem examples', () => {
  it('show the type and title the service sends with their code', () => {
    const problems = responseExamples(v2Document).filter((example): example is typeof example & { value: { code: string; type?: unknown; title?: unknown } } =>
      typeof (example.value as { code?: unknown } | undefined)?.code === 'string',
    );
    expect(problems.length).toBeGreaterThan(20);
    const differing = problems.flatMap(({ where, value }) => {
      const sent = formatProblem(v2Error(value.code as V2ErrorCode, '')).body as { type: string; title: string };
      return value.type === sent.type && value.title === sent.title ? [] : [`${where}: ${String(value.type)} "${String(value.title)}", the service sends ${sent.type} "${sent.title}"`];
    });
    expect(differing).toEqual([]);
  });
});
