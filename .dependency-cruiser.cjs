/**
 * The layers of the code base, as rules `npm run lint:deps` enforces (dependency-cruiser).
 *
 *   app.ts, main.ts (composition)
 *     -> api/v1, api/v2, graphql      (each API; none imports another)
 *     -> http                          (HTTP pieces the APIs share: credentials, rate limits, docs, health)
 *     -> framework                     (generic: libraries only)
 *     -> representations               (a user as each version shows it: generated wire types)
 *     -> webhooks -> domain -> db -> generated/prisma
 *
 * Test modules (`*.test.ts`, `testing/` folders, framework fixtures) sit beside the code and may import anything.
 * Tools (benchmarks, the fault runner) follow the rules of production code; what they share with tests (free ports,
 * private servers, a webhook receiver) is in src/harness, which the service itself never imports.
 */
const TEST = '(\\.test\\.ts|\\.test-d\\.ts)$';
const TEST_SUPPORT = `${TEST}|/testing/|^src/framework/fixtures/`;

/** A rule forbidding `from` (production code only) to import `to`. */
function forbid(name, comment, from, to) {
  return { name, comment, severity: 'error', from: { pathNot: TEST_SUPPORT, ...from }, to };
}

module.exports = {
  forbidden: [
    forbid('api-only-from-composition', 'Only src/app.ts composes the APIs: nothing else imports src/api.', { pathNot: [TEST_SUPPORT, '^src/app\\.ts$', '^src/api/'] }, { path: '^src/api/' }),
    forbid('graphql-only-from-composition', 'Only src/app.ts mounts GraphQL.', { pathNot: [TEST_SUPPORT, '^src/app\\.ts$', '^src/graphql/'] }, { path: '^src/graphql/' }),
    forbid('v2-not-v1', 'v2 never imports v1.', { path: '^src/api/v2/' }, { path: '^src/api/v1/' }),
    forbid('v1-not-v2', 'v1 never imports v2.', { path: '^src/api/v1/' }, { path: '^src/api/v2/' }),
    forbid(
      'handlers-through-domain',
      'The APIs reach the database only through domain services.',
      { path: '^src/(api|graphql|http)/' },
      { path: ['^src/db/', '^generated/prisma/', '(^|/)node_modules/(@prisma|pg|@electric-sql|pglite-prisma-adapter)/'] },
    ),
    forbid(
      'framework-generic',
      'The framework is generic: it imports libraries and itself only.',
      { path: '^src/framework/' },
      { path: '^(src|generated|scripts)/', pathNot: '^src/framework/' },
    ),
    forbid(
      'domain-no-http',
      'The domain has no HTTP types and no wire formats: it imports the database layer and libraries.',
      { path: '^src/domain/' },
      { path: ['^src/(api|graphql|http|framework|webhooks|representations|client)/', '^generated/(?!prisma/)', '(^|/)node_modules/(fastify|@fastify|mercurius)/'] },
    ),
    forbid(
      'webhooks-no-http',
      'Webhooks render payloads from the domain and the generated wire types, without HTTP servers.',
      { path: '^src/webhooks/' },
      { path: ['^src/(api|graphql|http|framework|client)/', '(^|/)node_modules/(fastify|@fastify|mercurius)/'] },
    ),
    forbid(
      'representations-are-leaves',
      'Representations map domain records to generated wire types, nothing more.',
      { path: '^src/representations/' },
      { path: '^src/', pathNot: '^src/(domain|representations)/' },
    ),
    forbid('db-at-the-bottom', 'The database layer knows nothing above it.', { path: '^src/db/' }, { path: '^src/', pathNot: '^src/(db|project-root\\.ts|config\\.ts)' }),
    forbid('http-below-apis', 'Shared HTTP pieces know no API.', { path: '^src/http/' }, { path: '^src/(api|graphql|webhooks)/' }),
    forbid(
      'harness-for-tools',
      'The harness serves tests, benchmarks and the fault runner; the service never imports it.',
      { path: '^src/', pathNot: [TEST_SUPPORT, '^src/harness/'] },
      { path: '^src/harness/' },
    ),
    forbid('harness-standalone', 'The harness imports libraries and itself only.', { path: '^src/harness/' }, { path: '^(src|generated|scripts)/', pathNot: '^src/harness/' }),
    forbid('client-standalone', 'The client package is built from generated code and itself.', { path: '^src/client/' }, { path: '^src/', pathNot: '^src/client/' }),
    {
      name: 'generated-imports-libraries',
      comment: 'Generated code imports libraries and generated code only.',
      severity: 'error',
      from: { path: '(^|/)generated/' },
      to: { path: '^(src|scripts)/', pathNot: ['^src/framework/fixtures/[^/]+/generated/', '^scripts/bench/petstore/generated/'] },
    },
    {
      name: 'fixture-generated-stays-home',
      comment: 'A fixture\'s generated code imports its own folder only.',
      severity: 'error',
      from: { path: '^src/framework/fixtures/([^/]+)/generated/' },
      to: { path: '^(src|scripts|generated)/', pathNot: '^src/framework/fixtures/$1/generated/' },
    },
    {
      name: 'testing-only-from-tests',
      comment: 'Test helpers are for tests.',
      severity: 'error',
      from: { pathNot: TEST_SUPPORT },
      to: { path: ['/testing/', '^src/framework/fixtures/', TEST] },
    },
    {
      name: 'no-circular',
      comment: 'Modules form no import cycle.',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_SUPPORT },
      // a cycle through type-only imports does not exist at run time
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^data/', '^coverage/', '^\\.scratch/', '^generated/client-package/dist/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
