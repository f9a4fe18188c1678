export { fuzzGraphql, type GraphqlFuzzOptions } from './graphql-fuzzer.ts';
export { loadSpec, specFromDocument, type ApiSpec, type SpecOperation } from './openapi.ts';
export { FuzzReport, type Finding } from './report.ts';
export { DEFAULT_CONCURRENCY, fuzzRest, type FuzzBudget, type RestFuzzOptions } from './rest-fuzzer.ts';
