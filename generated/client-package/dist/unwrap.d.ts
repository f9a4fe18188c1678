// generated from src/client/unwrap.ts - do not edit
/** What each version's client is built on: the origin, the credential header and the (retrying) fetch. */
export interface Transport {
    baseUrl: string;
    headers: Record<string, string>;
    fetch: (request: Request) => Promise<Response>;
}
/** The body of a 2xx answer, or an ApiError in the version's error format. */
export declare function unwrap<T>(result: {
    data?: T;
    error?: unknown;
    response: Response;
}): T;
