// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The validator of a component schema, by its name in the document (undefined for an unknown name). */
export declare function component(name: string): Validator | undefined;

export declare const addPet__200__0: Validator;
export declare const findPets__200__0: Validator;
export declare const findPets__default__0: Validator;
