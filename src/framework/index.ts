export { openApiRoutes, type BindOptions, type HandlerContext, type HandlerResult } from './bind.js';
export { EdgeErrors, type EdgeErrorOptions } from './edges.js';
export { problemDetails, toHttpError, type ErrorFormatter, type ErrorMapper, type FormattedError } from './errors.js';
export { parseStrictJson, strictJsonParser, useStrictJson } from './json-body.js';
export {
  errorRaiser,
  FRAMEWORK_ERROR_CODES,
  FRAMEWORK_ERRORS,
  frameworkError,
  HttpError,
  invalidInput,
  type ErrorCodeStatus,
  type ErrorRaiser,
  type FieldError,
  type FrameworkErrorCode,
} from './http-error.js';
export type { ResponseCheckOptions, ResponseViolation } from './response-check.js';
export type { OperationIdOf, RouteDefinition, RouteModule, Serializer, Validator } from './route-definition.js';
export type { Authentication, Authenticator, MissingCredentialExplainer } from './security.js';
export type { MultipartLimits, UploadedFile } from './request-body.js';
export { basePathOf, resolveBasePath, type ServerTemplate } from './servers.js';
