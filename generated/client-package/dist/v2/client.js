// generated from spec/v2/openapi.yaml - do not edit
import createFetchClient, {} from "openapi-fetch";
import { basePath } from "./base-path.js";
export function createClient(options) {
    return createFetchClient({ ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') + basePath });
}
