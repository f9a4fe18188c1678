// generated from src/client/retry.ts - do not edit
export interface RetryOptions {
    /** How many times a 429 is retried (default 3); 0 turns retrying off. */
    retries?: number;
    /** Backoff when the answer has no Retry-After: base * 2^attempt (default 500 ms). */
    baseDelayMs?: number;
    /** No wait is longer than this (default 30 s); a longer Retry-After gives up at once. */
    maxDelayMs?: number;
    /** Injected in tests. */
    sleep?: (ms: number) => Promise<void>;
}
/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export declare function retryAfterMs(header: string | null, now?: number): number | undefined;
/** A fetch that retries 429 answers, honouring Retry-After, with exponential backoff otherwise. */
export declare function retryingFetch(fetchImpl: (request: Request) => Promise<Response>, options?: RetryOptions): (request: Request) => Promise<Response>;
