export { fuzzGraphql, type GraphqlFuzzOptions } from './graphql-fuzzer.js';
export { loadSpec, specFromDocument, type ApiSpec, type SpecOperation } from './openapi.js';
export { FuzzReport, type Finding } from './report.js';
export { DEFAULT_CONCURRENCY, fuzzRest, type FuzzBudget, type RestFuzzOptions } from './rest-fuzzer.js';
