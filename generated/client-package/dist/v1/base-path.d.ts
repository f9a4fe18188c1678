// generated from spec/v1/openapi.yaml - do not edit
export declare const basePath = "/v1";
export declare const server: undefined;
