// generated from spec/v2/openapi.yaml - do not edit
export declare const basePath = "/api/v2";
export declare const server: undefined;
