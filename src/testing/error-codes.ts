import { documentOperations, isObject, resolveRef, type MockDocument } from '../framework/mock/document.ts';
import { Kind, parse } from '../graphql/graphql-js.ts';
import { ERROR_CATALOGUE, type ErrorCode } from '../http/error-catalogue.ts';

/** A place where a contract says that `code` comes with HTTP `status`. */
export interface StatusTie {
  code: string;
  status: number;
  where: string;
}

/** The error codes a contract declares, and where it ties them to statuses. */
export interface DeclaredCodes {
  codes: string[];
  ties: StatusTie[];
}

/**
 * What differs between the codes a catalogue gives an API (with their statuses) and those its contract declares: a
 * code on one side only, or a status the contract ties to a code other than the catalogue's. Empty when they agree.
 */
export function catalogueMismatches(catalogued: Readonly<Record<string, number>>, declared: DeclaredCodes): string[] {
  const declaredCodes = new Set(declared.codes);
  return [
    ...Object.keys(catalogued)
      .filter((code) => !declaredCodes.has(code))
      .map((code) => `${code} is in the catalogue but not declared`),
    ...declared.codes.filter((code) => !Object.hasOwn(catalogued, code)).map((code) => `${code} is declared but not in the catalogue`),
    ...declared.ties
      .filter((tie) => Object.hasOwn(catalogued, tie.code) && catalogued[tie.code] !== tie.status)
      .map((tie) => `${tie.code} is ${catalogued[tie.code]} in the catalogue but ${tie.status} at ${tie.where}`),
  ];
}

/** The catalogue's status of each code. */
export const cataloguedStatuses = (codes: readonly ErrorCode[]): Record<string, number> =>
  Object.fromEntries(codes.map((code) => [code, ERROR_CATALOGUE[code].status]));

/** Statuses written after a list of codes: "`INVALID_INPUT` (400), `UNAUTHORIZED` and `INVALID_API_KEY` (401)". */
function describedTies(description: unknown, where: string): StatusTie[] {
  if (typeof description !== 'string') return [];
  return [...description.matchAll(/((?:`[A-Z_]+`[\s,]*(?:and\s+)?)+)\((\d{3})\)/g)].flatMap(([, codes, status]) =>
    [...codes!.matchAll(/`([A-Z_]+)`/g)].map(([, code]) => ({ code: code!, status: Number(status), where })),
  );
}

/** An example of a response an operation declares: where it is, the response's status and the example's value. */
export interface ResponseExample {
  where: string;
  status: number;
  value: unknown;
}

/** Every example of every response (with a numeric status) that an operation of the document declares. */
export function responseExamples(document: Record<string, unknown>): ResponseExample[] {
  const doc = document as MockDocument;
  const found: ResponseExample[] = [];
  for (const { operationId, operation } of documentOperations(doc)) {
    const responses = resolveRef(doc, operation.responses);
    for (const [status, declared] of Object.entries(isObject(responses) ? responses : {})) {
      if (!/^\d{3}$/.test(status)) continue;
      const response = resolveRef(doc, declared);
      const content = isObject(response) && isObject(response.content) ? response.content : {};
      for (const [mediaType, rawMedia] of Object.entries(content)) {
        const media = resolveRef(doc, rawMedia);
        if (!isObject(media)) continue;
        const examples = isObject(media.examples) ? Object.entries(media.examples).map(([name, example]) => [name, (resolveRef(doc, example) as { value?: unknown } | undefined)?.value] as const) : [];
        if ('example' in media) examples.push(['example', media.example]);
        for (const [name, value] of examples) found.push({ where: `${operationId} ${status} ${mediaType} ${name}`, status: Number(status), value });
      }
    }
  }
  return found;
}

/** The code of every example of every response an operation declares, with the response's status. */
function exampleTies(document: MockDocument, codeIn: (example: unknown) => unknown): StatusTie[] {
  return responseExamples(document as Record<string, unknown>).flatMap(({ where, status, value }) => {
    const code = codeIn(value);
    return typeof code === 'string' ? [{ code, status, where }] : [];
  });
}

/**
 * The codes an OpenAPI document declares in its error-code schema (`components.schemas[codeSchema].enum`), tied to
 * statuses by that schema's description and by the examples of every response (`codeIn` finds an example's code).
 */
export function openApiErrorCodes(document: Record<string, unknown>, codeSchema: string, codeIn: (example: unknown) => unknown): DeclaredCodes {
  const schemas = (document as MockDocument).components?.schemas;
  const schema = resolveRef(document as MockDocument, schemas?.[codeSchema]);
  if (!isObject(schema) || !Array.isArray(schema.enum)) throw new Error(`the document has no enum schema ${codeSchema}`);
  return {
    codes: schema.enum.map(String),
    ties: [...describedTies(schema.description, `${codeSchema}'s description`), ...exampleTies(document as MockDocument, codeIn)],
  };
}

/**
 * The `extensions.code` values a GraphQL schema's description lists ("- `CODE`: what it means (HTTP 400)"), each tied
 * to the statuses its entry names.
 */
export function graphqlErrorCodes(typeDefs: string): DeclaredCodes {
  const schema = parse(typeDefs).definitions.find((definition) => definition.kind === Kind.SCHEMA_DEFINITION);
  const description = schema && 'description' in schema ? (schema.description?.value ?? '') : '';
  const entries = description.split(/^- (?=`[A-Z_]+`:)/m).slice(1);
  const codes = entries.map((entry) => /^`([A-Z_]+)`/.exec(entry)![1]!);
  const ties = entries.flatMap((entry, index) =>
    [...entry.matchAll(/HTTP (\d{3})/g)].map(([, status]) => ({ code: codes[index]!, status: Number(status), where: 'the schema description' })),
  );
  return { codes, ties };
}
