// generated from src/client/retry.ts - do not edit
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function retryAfterMs(header, now = Date.now()) {
    if (header === null || header.trim() === '')
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** A fetch that retries 429 answers, honouring Retry-After, with exponential backoff otherwise. */
export function retryingFetch(fetchImpl, options = {}) {
    const retries = options.retries ?? 3;
    const base = options.baseDelayMs ?? 500;
    const max = options.maxDelayMs ?? 30_000;
    const sleep = options.sleep ?? wait;
    return async (request) => {
        for (let attempt = 0;; attempt++) {
            const response = await fetchImpl(attempt < retries ? request.clone() : request);
            if (response.status !== 429 || attempt >= retries)
                return response;
            const delay = retryAfterMs(response.headers.get('retry-after')) ?? base * 2 ** attempt;
            if (delay > max)
                return response;
            await response.body?.cancel();
            await sleep(delay);
        }
    };
}
