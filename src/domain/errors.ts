/** Every error a domain service raises; each API version maps the codes to its own error format. */
export const DOMAIN_ERROR_CODES = ['NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'INVALID_INPUT', 'INVALID_CREDENTIALS'] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** The fields concerned, e.g. `email` for a conflict. */
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);

/** What a failing database means for a caller (unavailable, or text it cannot store): the APIs map it, never reaching the database themselves. */
export { classifyDatabaseError, DATABASE_RETRY_AFTER_SECONDS, type DatabaseFailure } from '../db/index.ts';
