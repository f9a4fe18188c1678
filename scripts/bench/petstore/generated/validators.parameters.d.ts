// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const addPet__query: Validator;
export declare const deletePet__params: Validator;
export declare const deletePet__query: Validator;
export declare const findPetById__params: Validator;
export declare const findPetById__query: Validator;
export declare const findPets__query: Validator;
