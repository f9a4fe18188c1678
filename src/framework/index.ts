export { openApiRoutes, type BindOptions, type HandlerContext, type HandlerResult } from './bind.js';
export { EdgeErrors, type EdgeErrorOptions } from './edges.js';
export { toHttpError, type ErrorFormatter, type ErrorMapper, type FormattedError } from './errors.js';
export { parseStrictJson, strictJsonParser, useStrictJson } from './json-body.js';
export { FRAMEWORK_ERROR_CODES, HttpError, invalidInput, type FieldError, type FrameworkErrorCode } from './http-error.js';
export type { ResponseCheckOptions, ResponseViolation } from './response-check.js';
export type { OperationIdOf, RouteDefinition, RouteModule, Serializer, Validator } from './route-definition.js';
export type { Authentication, Authenticator } from './security.js';
