// generated from spec/v1/openapi.yaml - do not edit
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The validator of a component schema, by its name in the document (undefined for an unknown name). */
export declare function component(name: string): Validator | undefined;

export declare const createUser__201__0: Validator;
export declare const createUser__400__0: Validator;
export declare const createUser__401__0: Validator;
export declare const createUser__403__0: Validator;
export declare const createUser__409__0: Validator;
export declare const createUser__413__0: Validator;
export declare const createUser__415__0: Validator;
export declare const createUser__429__0: Validator;
export declare const createUser__431__0: Validator;
export declare const createUser__500__0: Validator;
export declare const createUser__503__0: Validator;
export declare const deleteUser__400__0: Validator;
export declare const deleteUser__401__0: Validator;
export declare const deleteUser__404__0: Validator;
export declare const deleteUser__414__0: Validator;
export declare const deleteUser__429__0: Validator;
export declare const deleteUser__431__0: Validator;
export declare const deleteUser__500__0: Validator;
export declare const deleteUser__503__0: Validator;
export declare const getUser__200__0: Validator;
export declare const getUser__400__0: Validator;
export declare const getUser__401__0: Validator;
export declare const getUser__404__0: Validator;
export declare const getUser__414__0: Validator;
export declare const getUser__429__0: Validator;
export declare const getUser__431__0: Validator;
export declare const getUser__500__0: Validator;
export declare const getUser__503__0: Validator;
export declare const listUsers__200__0: Validator;
export declare const listUsers__400__0: Validator;
export declare const listUsers__401__0: Validator;
export declare const listUsers__429__0: Validator;
export declare const listUsers__431__0: Validator;
export declare const listUsers__500__0: Validator;
export declare const listUsers__503__0: Validator;
export declare const updateUser__200__0: Validator;
export declare const updateUser__400__0: Validator;
export declare const updateUser__401__0: Validator;
export declare const updateUser__403__0: Validator;
export declare const updateUser__404__0: Validator;
export declare const updateUser__409__0: Validator;
export declare const updateUser__413__0: Validator;
export declare const updateUser__414__0: Validator;
export declare const updateUser__415__0: Validator;
export declare const updateUser__429__0: Validator;
export declare const updateUser__431__0: Validator;
export declare const updateUser__500__0: Validator;
export declare const updateUser__503__0: Validator;
export declare const webhook__paymentFailedWebhook__0: Validator;
export declare const webhook__paymentSucceededWebhook__0: Validator;
export declare const webhook__userCreatedWebhook__0: Validator;
export declare const webhook__userDeletedWebhook__0: Validator;
export declare const webhook__userUpdatedWebhook__0: Validator;
