// generated from spec/v2/openapi.yaml - do not edit
export const basePath = "/api/v2";
export const server = undefined;
