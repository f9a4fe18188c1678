// generated from spec/v2/openapi.yaml - do not edit
export {};
