/** The specs `npm run generate` turns into code, and where each one's output goes. */
export interface Target {
  spec: string;
  out: string;
  /** Lint and schema findings are errors, not warnings (our own specs). */
  strict?: boolean;
}

const FIXTURES = ['petstore', 'petstore-expanded', 'museum', 'styles', 'routing', 'schema-features', 'openapi30-features', 'read-write', 'uploads'];

export const TARGETS: Target[] = [
  { spec: 'spec/v1/openapi.yaml', out: 'generated/v1', strict: true },
  { spec: 'spec/v2/openapi.yaml', out: 'generated/v2', strict: true },
  // third-party specs the framework is tested on
  ...FIXTURES.map((name) => ({ spec: `src/framework/fixtures/${name}/openapi.yaml`, out: `src/framework/fixtures/${name}/generated` })),
  // the benchmarks' own code for petstore-expanded (they import no test fixture)
  { spec: 'src/framework/fixtures/petstore-expanded/openapi.yaml', out: 'scripts/bench/petstore/generated' },
];
