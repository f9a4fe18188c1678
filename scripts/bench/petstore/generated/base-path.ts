// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
export const basePath = "/api";

export const server = undefined;
