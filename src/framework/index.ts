export { openApiRoutes, type BindOptions, type HandlerContext, type HandlerResult } from './bind.ts';
export { EdgeErrors, type EdgeErrorOptions } from './edges.ts';
export { problemDetails, toHttpError, type ErrorFormatter, type ErrorMapper, type FormattedError } from './errors.ts';
export { parseStrictJson, parseStrictJsonText, strictJsonParser, useStrictJson, type JsonPlace } from './json-body.ts';
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
} from './http-error.ts';
export { loadRouteModule } from './load-route-module.ts';
export type { ResponseCheckOptions, ResponseViolation } from './response-check.ts';
export type { OperationIdOf, RouteDefinition, RouteModule, Serializer, Validator } from './route-definition.ts';
export type { Authentication, Authenticator, MissingCredentialExplainer } from './security.ts';
export type { MultipartLimits, UploadedFile } from './request-body.ts';
export { basePathOf, resolveBasePath, type ServerTemplate } from './servers.ts';
