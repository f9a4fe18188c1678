import { RequestRefused } from '../errors.ts';

/** The size limits of a document, each named in `extensions.limit` of the QUERY_TOO_LARGE error it causes. */
export type SizeLimit = 'tokens' | 'nesting' | 'fields' | 'aliases';

/** A 400 QUERY_TOO_LARGE that names the limit passed and its value. */
export const tooLarge = (limit: SizeLimit, max: number, message: string): RequestRefused =>
  new RequestRefused('QUERY_TOO_LARGE', message, { limit, max });
