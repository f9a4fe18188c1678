// generated from spec/v1/openapi.yaml - do not edit
import * as parameters from './validators.parameters.js';
import * as body from './validators.body.js';
import * as serializers from './serializers.js';

export { basePath, server } from './base-path.ts';

const plan0 = {"name":"limit","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}} as const;
const plan1 = {"name":"offset","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}} as const;
const plan2 = {"name":"page","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}} as const;
const plan3 = {"name":"sortBy","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan4 = {"name":"sortOrder","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan5 = {"name":"sort","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan6 = {"name":"order","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}} as const;
const plan7 = {"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}} as const;

const headers0 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers1 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }] as const;
const headers2 = [{ name: "www-authenticate", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers3 = [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers4 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }] as const;
const headers5 = [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }] as const;
const headers6 = [{ name: "location", required: true, setByFramework: false }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;
const headers7 = [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "accept-encoding", required: false, setByFramework: true, value: "identity" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }] as const;

const response0 = { headers: headers0, content: { "application/json": { serialize: serializers.listUsers__200__0, check: "listUsers__200__0" } } } as const;
const response1 = { headers: headers1, content: { "application/json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response2 = { headers: headers2, content: { "application/json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response3 = { headers: headers3, content: { "application/json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response4 = { headers: headers4, content: { "application/json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response5 = { headers: headers0, content: { "application/json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response6 = { headers: headers5, content: { "application/json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response7 = { headers: headers6, content: { "application/json": { serialize: serializers.createUser__201__0, check: "createUser__201__0" } } } as const;
const response8 = { headers: headers7, content: { "application/json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" } } } as const;
const response9 = { headers: headers0, content: { "application/json": { serialize: serializers.createUser__201__0, check: "createUser__201__0" } } } as const;
const response10 = { headers: headers0, content: {  } } as const;

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
    security: [{"apiKey":[]}], extensions: {},
    parameters: { params: undefined, query: parameters.createUser__query, headers: undefined, cookies: undefined, plans: [] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createUser__body0, maxBytes: 6237 } } },
    responses: { "201": response7, "400": response1, "401": response2, "403": response5, "409": response5, "413": response5, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "getUser", method: "GET", path: "/users/{id}",
    security: [{"apiKey":[]}], extensions: {},
    parameters: { params: parameters.getUser__params, query: parameters.getUser__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: undefined,
    responses: { "200": response9, "400": response1, "401": response2, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "updateUser", method: "PUT", path: "/users/{id}",
    security: [{"apiKey":[]}], extensions: {},
    parameters: { params: parameters.updateUser__params, query: parameters.updateUser__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.updateUser__body0, maxBytes: 4687 } } },
    responses: { "200": response9, "400": response1, "401": response2, "403": response5, "404": response5, "409": response5, "413": response5, "414": response4, "415": response8, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
  {
    operationId: "deleteUser", method: "DELETE", path: "/users/{id}",
    security: [{"apiKey":[]}], extensions: {},
    parameters: { params: parameters.deleteUser__params, query: parameters.deleteUser__query, headers: undefined, cookies: undefined, plans: [plan7] },
    body: undefined,
    responses: { "204": response10, "400": response1, "401": response2, "404": response5, "414": response4, "429": response3, "431": response4, "500": response5, "503": response6 },
  },
] as const;

export type OperationId = (typeof routes)[number]["operationId"];

/** Response and component schema validators, for checking responses in tests; loaded only when asked for. */
export const loadResponseValidators = () => import('./validators.response.js');
