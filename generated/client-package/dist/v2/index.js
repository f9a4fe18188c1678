// generated from spec/v2/openapi.yaml - do not edit
export { createClient } from "./client.js";
export { basePath } from "./base-path.js";
