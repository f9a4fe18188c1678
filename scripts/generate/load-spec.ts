import { bundle, createConfig, lint, type NormalizedProblem } from '@redocly/openapi-core';
import type { OpenApiDocument } from './openapi-types.ts';

function describe(problem: NormalizedProblem): string {
  const where = problem.location[0]?.pointer ?? '';
  return `${problem.ruleId}: ${problem.message}${where ? ` at ${where}` : ''}`;
}

/** Bundles a spec into one document with internal `$ref`s only, after a structural validation. */
export async function loadSpec(specPath: string): Promise<OpenApiDocument> {
  const config = await createConfig({
    rules: { struct: 'error', 'no-unresolved-refs': 'error' },
  });
  const problems = (await lint({ ref: specPath, config })).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    throw new Error(`${specPath} is not a valid OpenAPI document:\n  ${problems.map(describe).join('\n  ')}`);
  }
  const result = await bundle({ ref: specPath, config, dereference: false });
  const document = result.bundle.parsed as OpenApiDocument;
  if (!/^3\.[01]\./.test(String(document.openapi))) {
    throw new Error(`${specPath}: only OpenAPI 3.0 and 3.1 are supported (found ${String(document.openapi)})`);
  }
  return document;
}
