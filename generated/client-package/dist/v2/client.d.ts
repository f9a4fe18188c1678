// generated from spec/v2/openapi.yaml - do not edit
import { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./types.js";
export type ApiClient = Client<paths>;
export declare function createClient(options: ClientOptions & {
    baseUrl: string;
}): ApiClient;
