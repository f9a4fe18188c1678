// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
export type Serializer = (input: unknown) => string;

export declare const addPet__200__0: Serializer;
export declare const findPets__200__0: Serializer;
export declare const findPets__default__0: Serializer;
