// generated from spec/v1/openapi.yaml - do not edit
export { createClient } from "./client.js";
export { basePath } from "./base-path.js";
