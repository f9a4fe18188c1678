import { document } from '../generated/document.ts';

/**
 * What the peers share: each is wired the way its documentation shows, with the same in-memory logic, request
 * validation on and response validation off (as in the framework's production setting), errors as `{ code, message }`
 * where the peer lets the application choose.
 */

/** A fresh copy of the bundled spec: some peers annotate the document they are given. */
export const spec = (): typeof document => structuredClone(document);
export const BASE = '/api';
export const notFound = { code: 404, message: 'pet not found' };
