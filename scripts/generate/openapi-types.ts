/** The parts of an OpenAPI 3.0/3.1 document the generator reads; everything else passes through untouched. */
export type JsonSchema = { [key: string]: unknown } | boolean;

export interface Reference {
  $ref: string;
}

export interface MediaType {
  schema?: JsonSchema;
  [key: string]: unknown;
}

export interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  style?: string;
  explode?: boolean;
  content?: Record<string, MediaType>;
  [key: string]: unknown;
}

export interface RequestBody {
  required?: boolean;
  content: Record<string, MediaType>;
  [key: string]: unknown;
}

export interface Header {
  required?: boolean;
  schema?: JsonSchema;
  [key: string]: unknown;
}

export interface Response {
  headers?: Record<string, Header | Reference>;
  content?: Record<string, MediaType>;
  [key: string]: unknown;
}

export type SecurityRequirement = Record<string, string[]>;

export interface Operation {
  operationId?: string;
  parameters?: (Parameter | Reference)[];
  requestBody?: RequestBody | Reference;
  responses?: Record<string, Response | Reference>;
  security?: SecurityRequirement[];
  [key: string]: unknown;
}

export type PathItem = {
  parameters?: (Parameter | Reference)[];
} & { [method: string]: unknown };

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  servers?: { url: string }[];
  paths?: Record<string, PathItem>;
  webhooks?: Record<string, PathItem>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    parameters?: Record<string, Parameter | Reference>;
    requestBodies?: Record<string, RequestBody | Reference>;
    responses?: Record<string, Response | Reference>;
    headers?: Record<string, Header | Reference>;
    securitySchemes?: Record<string, unknown>;
    [key: string]: unknown;
  };
  security?: SecurityRequirement[];
  [key: string]: unknown;
}
