// generated from spec/v2/openapi.yaml - do not edit
import * as parameters from './validators.parameters.js';
import * as body from './validators.body.js';
import * as serializers from './serializers.js';

export { basePath, server } from './base-path.ts';

const plan0 = {"name":"page","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}} as const;
const plan1 = {"name":"limit","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}} as const;
const plan2 = {"name":"sort","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan3 = {"name":"order","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan4 = {"name":"role","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan5 = {"name":"active","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"boolean"}} as const;
const plan6 = {"name":"q","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan7 = {"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan8 = {"name":"include","in":"query","style":"form","explode":false,"shape":{"kind":"array","items":"string"}} as const;
const plan9 = {"name":"hard","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"boolean"}} as const;
const plan10 = {"name":"self","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"boolean"}} as const;
const plan11 = {"name":"status","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan12 = {"name":"deliveryId","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}} as const;

const headers0 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers1 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }] as const;
const headers2 = [{ name: "www-authenticate", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers3 = [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers4 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }] as const;
const headers5 = [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }] as const;
const headers6 = [{ name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "location", required: true, setByFramework: false }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers7 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "accept-encoding", required: false, setByFramework: true, value: "identity" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers8 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "location", required: true, setByFramework: false }, { name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers9 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers10 = [{ name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;

const response0 = { headers: headers0, content: { "application/json": { serialize: serializers.listUsers__200__0, check: "listUsers__200__0" } } } as const;
const response1 = { headers: headers1, content: { "application/problem+json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response2 = { headers: headers2, content: { "application/problem+json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response3 = { headers: headers3, content: { "application/problem+json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response4 = { headers: headers4, content: { "application/problem+json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response5 = { headers: headers0, content: { "application/problem+json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response6 = { headers: headers5, content: { "application/problem+json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response7 = { headers: headers6, content: { "application/json": { serialize: serializers.createUser__201__0, check: "createUser__201__0" } } } as const;
const response8 = { headers: headers7, content: { "application/problem+json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response9 = { headers: headers0, content: { "application/json": { serialize: serializers.getUser__200__0, check: "getUser__200__0" } } } as const;
const response10 = { headers: headers0, content: {  } } as const;
const response11 = { headers: headers6, content: { "application/json": { serialize: serializers.createToken__201__0, check: "createToken__201__0" } } } as const;
const response12 = { headers: headers0, content: { "application/json": { serialize: serializers.listApiKeys__200__0, check: "listApiKeys__200__0" } } } as const;
const response13 = { headers: headers8, content: { "application/json": { serialize: serializers.createApiKey__201__0, check: "createApiKey__201__0" } } } as const;
const response14 = { headers: headers0, content: { "application/json": { serialize: serializers.getApiKey__200__0, check: "getApiKey__200__0" } } } as const;
const response15 = { headers: headers9, content: { "application/json": { serialize: serializers.createApiKey__201__0, check: "createApiKey__201__0" } } } as const;
const response16 = { headers: headers0, content: { "application/json": { serialize: serializers.listWebhookEndpoints__200__0, check: "listWebhookEndpoints__200__0" } } } as const;
const response17 = { headers: headers6, content: { "application/json": { serialize: serializers.createWebhookEndpoint__201__0, check: "createWebhookEndpoint__201__0" } } } as const;
const response18 = { headers: headers0, content: { "application/json": { serialize: serializers.getWebhookEndpoint__200__0, check: "getWebhookEndpoint__200__0" } } } as const;
const response19 = { headers: headers10, content: { "application/json": { serialize: serializers.updateWebhookEndpoint__200__0, check: "updateWebhookEndpoint__200__0" } } } as const;
const response20 = { headers: headers0, content: { "application/json": { serialize: serializers.listWebhookDeliveries__200__0, check: "listWebhookDeliveries__200__0" } } } as const;
const response21 = { headers: headers0, content: { "application/json": { serialize: serializers.retryWebhookDelivery__202__0, check: "retryWebhookDelivery__202__0" } } } as const;

export const routes = [
  {
    operationId: "listUsers", method: "GET", path: "/users",
    security: [{"apiKey":[]}], extensions: {},
    parameters: { params: undefined, query: parameters.listUsers__query, headers: undefined, cookies: undefined, plans: [plan0, plan1, plan2, plan3, plan4, plan5, plan6] },
    body: undefined,
    responses: { "200": response0, "400": response1, "401": response2, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "createUser", method: "POST", path: "/users",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: undefined, query: parameters.createUser__query, headers: undefined, cookies: undefined, plans: [] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createUser__body0, maxBytes: 5835 } } },
    responses: { "201": response7, "400": response1, "401": response2, "403": response5, "409": response5, "413": response5, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "getUser", method: "GET", path: "/users/{id}",
    security: [{"apiKey":[]},{"userToken":[]}], extensions: {},
    parameters: { params: parameters.getUser__params, query: parameters.getUser__query, headers: undefined, cookies: undefined, plans: [plan7, plan8] },
    body: undefined,
    responses: { "200": response9, "400": response1, "401": response2, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "deleteUser", method: "DELETE", path: "/users/{id}",
    security: [{"apiKey":[]},{"userToken":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.deleteUser__params, query: parameters.deleteUser__query, headers: undefined, cookies: undefined, plans: [plan7, plan9] },
    body: undefined,
    responses: { "204": response10, "400": response1, "401": response2, "403": response5, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "updateUser", method: "PATCH", path: "/users/{id}",
    security: [{"apiKey":[]},{"userToken":[]}], extensions: {},
    parameters: { params: parameters.updateUser__params, query: parameters.updateUser__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.updateUser__body0, maxBytes: 4289 } } },
    responses: { "200": response9, "400": response1, "401": response2, "403": response5, "404": response5, "409": response5, "413": response5, "414": response4, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "createToken", method: "POST", path: "/auth/token",
    security: [], extensions: {},
    parameters: { params: undefined, query: parameters.createToken__query, headers: undefined, cookies: undefined, plans: [] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createToken__body0, maxBytes: 4610 } } },
    responses: { "201": response11, "400": response1, "401": response2, "413": response5, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "revokeToken", method: "DELETE", path: "/auth/token",
    security: [{"userToken":[]}], extensions: {},
    parameters: { params: undefined, query: parameters.revokeToken__query, headers: undefined, cookies: undefined, plans: [] },
    body: undefined,
    responses: { "204": response10, "400": response1, "401": response2, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "listApiKeys", method: "GET", path: "/api-keys",
    security: [{"apiKey":[]},{"userToken":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: undefined, query: parameters.listApiKeys__query, headers: undefined, cookies: undefined, plans: [plan0, plan1] },
    body: undefined,
    responses: { "200": response12, "400": response1, "401": response2, "403": response5, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "createApiKey", method: "POST", path: "/api-keys",
    security: [{"apiKey":[]},{"userToken":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: undefined, query: parameters.createApiKey__query, headers: undefined, cookies: undefined, plans: [] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createApiKey__body0, maxBytes: 1275 } } },
    responses: { "201": response13, "400": response1, "401": response2, "403": response5, "413": response5, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "getApiKey", method: "GET", path: "/api-keys/{id}",
    security: [{"apiKey":[]},{"userToken":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.getApiKey__params, query: parameters.getApiKey__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: undefined,
    responses: { "200": response14, "400": response1, "401": response2, "403": response5, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "revokeApiKey", method: "POST", path: "/api-keys/{id}/revoke",
    security: [{"apiKey":[]},{"userToken":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.revokeApiKey__params, query: parameters.revokeApiKey__query, headers: undefined, cookies: undefined, plans: [plan7, plan10] },
    body: undefined,
    responses: { "200": response14, "400": response1, "401": response2, "403": response5, "404": response5, "409": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "rotateApiKey", method: "POST", path: "/api-keys/{id}/rotate",
    security: [{"apiKey":[]},{"userToken":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.rotateApiKey__params, query: parameters.rotateApiKey__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: undefined,
    responses: { "200": response15, "400": response1, "401": response2, "403": response5, "404": response5, "409": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "listWebhookEndpoints", method: "GET", path: "/webhooks",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: undefined, query: parameters.listWebhookEndpoints__query, headers: undefined, cookies: undefined, plans: [plan0, plan1] },
    body: undefined,
    responses: { "200": response16, "400": response1, "401": response2, "403": response5, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "createWebhookEndpoint", method: "POST", path: "/webhooks",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: undefined, query: parameters.createWebhookEndpoint__query, headers: undefined, cookies: undefined, plans: [] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createWebhookEndpoint__body0, maxBytes: 30752 } } },
    responses: { "201": response17, "400": response1, "401": response2, "403": response5, "413": response5, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "getWebhookEndpoint", method: "GET", path: "/webhooks/{id}",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.getWebhookEndpoint__params, query: parameters.getWebhookEndpoint__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: undefined,
    responses: { "200": response18, "400": response1, "401": response2, "403": response5, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "deleteWebhookEndpoint", method: "DELETE", path: "/webhooks/{id}",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.deleteWebhookEndpoint__params, query: parameters.deleteWebhookEndpoint__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: undefined,
    responses: { "204": response10, "400": response1, "401": response2, "403": response5, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "updateWebhookEndpoint", method: "PATCH", path: "/webhooks/{id}",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.updateWebhookEndpoint__params, query: parameters.updateWebhookEndpoint__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.updateWebhookEndpoint__body0, maxBytes: 30773 } } },
    responses: { "200": response19, "400": response1, "401": response2, "403": response5, "404": response5, "413": response5, "414": response4, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "listWebhookDeliveries", method: "GET", path: "/webhooks/{id}/deliveries",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.listWebhookDeliveries__params, query: parameters.listWebhookDeliveries__query, headers: undefined, cookies: undefined, plans: [plan7, plan0, plan1, plan11] },
    body: undefined,
    responses: { "200": response20, "400": response1, "401": response2, "403": response5, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "retryWebhookDelivery", method: "POST", path: "/webhooks/{id}/deliveries/{deliveryId}/retry",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.retryWebhookDelivery__params, query: parameters.retryWebhookDelivery__query, headers: undefined, cookies: undefined, plans: [plan7, plan12] },
    body: undefined,
    responses: { "202": response21, "400": response1, "401": response2, "403": response5, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "sendTestWebhook", method: "POST", path: "/webhooks/{id}/test",
    security: [{"apiKey":[]}], extensions: {"x-required-role":"admin"},
    parameters: { params: parameters.sendTestWebhook__params, query: parameters.sendTestWebhook__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.sendTestWebhook__body0, maxBytes: 29 } } },
    responses: { "202": response21, "400": response1, "401": response2, "403": response5, "404": response5, "413": response5, "414": response4, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
] as const;

export type OperationId = (typeof routes)[number]["operationId"];

/** Response and component schema validators, for checking responses in tests; loaded only when asked for. */
export const loadResponseValidators = () => import('./validators.response.js');
