// generated from spec/v1/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const createUser__body0: Validator;
export declare const updateUser__body0: Validator;
