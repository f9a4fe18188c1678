import type { Validator } from '../framework/index.ts';
import { GRAPHQL_ERROR_CODES } from '../http/error-catalogue.ts';
import * as v1 from '../../generated/v1/routes.ts';
import * as v2 from '../../generated/v2/routes.ts';

export interface ErrorAnswer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** Checks an error answer against the error format of the API its path belongs to; returns what is wrong. */
export type ErrorShapeCheck = (path: string, answer: ErrorAnswer) => string[];

function schemaProblems(validator: Validator, value: unknown): string[] {
  if (validator(value)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}

function graphqlProblems(value: unknown): string[] {
  const errors = (value as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return ['no errors array'];
  return errors.flatMap((error: { message?: unknown; extensions?: { code?: unknown } }) => [
    ...(typeof error.message === 'string' ? [] : ['an error without a message']),
    ...((GRAPHQL_ERROR_CODES as readonly unknown[]).includes(error.extensions?.code) ? [] : [`undeclared code ${String(error.extensions?.code)}`]),
  ]);
}

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * v1's `Error` under /v1, v2's `Problem` (problem+json, `status` as sent) under /api/v2 and at every other path,
 * GraphQL's `{ errors }` under /graphql; each with `X-Content-Type-Options: nosniff`.
 */
export async function errorShapeChecker(): Promise<ErrorShapeCheck> {
  const v1Error = (await v1.loadResponseValidators()).component('Error') as Validator;
  const problem = (await v2.loadResponseValidators()).component('Problem') as Validator;
  return (target, answer) => {
    const path = target.split('?')[0]!;
    const problems: string[] = [];
    if (answer.headers['x-content-type-options'] !== 'nosniff') problems.push('no X-Content-Type-Options: nosniff');
    const mediaType = String(answer.headers['content-type'] ?? '').split(';')[0]!.trim();
    let body: unknown;
    try {
      body = JSON.parse(answer.body);
    } catch {
      return [...problems, `body is not JSON: ${answer.body.slice(0, 100)}`];
    }
    if (isUnder(path, v1.basePath)) {
      if (mediaType !== 'application/json') problems.push(`media type ${mediaType}`);
      problems.push(...schemaProblems(v1Error, body));
    } else if (isUnder(path, '/graphql')) {
      if (mediaType !== 'application/json') problems.push(`media type ${mediaType}`);
      problems.push(...graphqlProblems(body));
    } else {
      if (mediaType !== 'application/problem+json') problems.push(`media type ${mediaType}`);
      problems.push(...schemaProblems(problem, body));
      if ((body as { status?: unknown }).status !== answer.status) problems.push('problem status differs from the HTTP status');
    }
    return problems;
  };
}
