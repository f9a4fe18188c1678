// generated from src/client/graphql.ts - do not edit
import { ApiError } from "./api-error.js";
function graphqlError(status, answer) {
    const first = answer?.errors?.[0];
    if (first === undefined)
        return new ApiError(status, 'UNKNOWN_ERROR', `The GraphQL endpoint answered ${status}`);
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN_ERROR';
    const message = String(first.message ?? '');
    const field = first.extensions?.field;
    const details = typeof field === 'string' ? [{ field, message }] : [];
    return new ApiError(status, code, message, details);
}
/** `client.graphql(document, variables)`: runs a typed operation on `/graphql`; any GraphQL error throws ApiError. */
export function graphqlCaller(transport) {
    const url = `${transport.baseUrl.replace(/\/+$/, '')}/graphql`;
    return async (document, ...[variables]) => {
        const response = await transport.fetch(new Request(url, {
            method: 'POST',
            headers: { ...transport.headers, 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        }));
        const answer = (await response.json().catch(() => undefined));
        if (!response.ok || answer === undefined || (answer.errors?.length ?? 0) > 0 || answer.data == null)
            throw graphqlError(response.status, answer);
        return answer.data;
    };
}
