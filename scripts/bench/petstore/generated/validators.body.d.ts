// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const addPet__body0: Validator;
