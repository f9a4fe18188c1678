// generated from spec/v1/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const createUser__query: Validator;
export declare const deleteUser__params: Validator;
export declare const deleteUser__query: Validator;
export declare const getUser__params: Validator;
export declare const getUser__query: Validator;
export declare const listUsers__query: Validator;
export declare const updateUser__params: Validator;
export declare const updateUser__query: Validator;
