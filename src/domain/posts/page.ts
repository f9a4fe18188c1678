import { DomainError } from '../errors.ts';
import { isUuid } from '../ids.ts';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

/** A page as callers ask for it: `after` is the id of the last item of the previous page. */
export interface PageRequest {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface Page {
  first: number;
  after: string | undefined;
}

export function toPage(request: PageRequest = {}): Page {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new DomainError('INVALID_INPUT', `first must be an integer from 0 to ${MAX_PAGE_SIZE}`, ['first']);
  }
  const after = request.after ?? undefined;
  if (after !== undefined && !isUuid(after)) throw new DomainError('INVALID_INPUT', 'after must be the id of an item of the list', ['after']);
  return { first, after };
}
