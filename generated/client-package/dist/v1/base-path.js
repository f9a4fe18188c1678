// generated from spec/v1/openapi.yaml - do not edit
export const basePath = "/v1";
export const server = undefined;
