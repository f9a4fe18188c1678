// generated from spec/v1/openapi.yaml - do not edit
export type Serializer = (input: unknown) => string;

export declare const createUser__201__0: Serializer;
export declare const listUsers__200__0: Serializer;
export declare const listUsers__400__0: Serializer;
