// generated from spec/v1/openapi.yaml - do not edit
import * as parameters from './validators.parameters.js';
import * as body from './validators.body.js';
import * as serializers from './serializers.js';

export { basePath, server } from './base-path.js';

export const routes = [
  {
    operationId: "listUsers",
    method: "GET",
    path: "/users",
    security: [{"apiKey":[]}],
    extensions: {},
    parameters: {
      params: undefined,
      query: parameters.listUsers__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"limit","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"offset","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"page","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"sortBy","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}},{"name":"sortOrder","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}},{"name":"sort","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}},{"name":"order","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.listUsers__200__0, check: "listUsers__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.listUsers__401__0, check: "listUsers__401__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.listUsers__429__0, check: "listUsers__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.listUsers__431__0, check: "listUsers__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.listUsers__500__0, check: "listUsers__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.listUsers__503__0, check: "listUsers__503__0" },
        },
      },
    },
  },
  {
    operationId: "createUser",
    method: "POST",
    path: "/users",
    security: [{"apiKey":[]}],
    extensions: {},
    parameters: {
      params: undefined,
      query: parameters.createUser__query,
      headers: undefined,
      cookies: undefined,
      plans: [],
    },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createUser__body0 } } },
    responses: {
      "201": {
        headers: [{ name: "location", required: true, setByFramework: false }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__201__0, check: "createUser__201__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/json": { serialize: serializers.createUser__400__0, check: "createUser__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__401__0, check: "createUser__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__403__0, check: "createUser__403__0" },
        },
      },
      "409": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__409__0, check: "createUser__409__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__413__0, check: "createUser__413__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__415__0, check: "createUser__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__429__0, check: "createUser__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.createUser__431__0, check: "createUser__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__500__0, check: "createUser__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.createUser__503__0, check: "createUser__503__0" },
        },
      },
    },
  },
  {
    operationId: "getUser",
    method: "GET",
    path: "/users/{id}",
    security: [{"apiKey":[]}],
    extensions: {},
    parameters: {
      params: parameters.getUser__params,
      query: parameters.getUser__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.getUser__200__0, check: "getUser__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/json": { serialize: serializers.getUser__400__0, check: "getUser__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.getUser__401__0, check: "getUser__401__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.getUser__404__0, check: "getUser__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.getUser__414__0, check: "getUser__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.getUser__429__0, check: "getUser__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.getUser__431__0, check: "getUser__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.getUser__500__0, check: "getUser__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.getUser__503__0, check: "getUser__503__0" },
        },
      },
    },
  },
  {
    operationId: "updateUser",
    method: "PUT",
    path: "/users/{id}",
    security: [{"apiKey":[]}],
    extensions: {},
    parameters: {
      params: parameters.updateUser__params,
      query: parameters.updateUser__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.updateUser__body0 } } },
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__200__0, check: "updateUser__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/json": { serialize: serializers.updateUser__400__0, check: "updateUser__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__401__0, check: "updateUser__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__403__0, check: "updateUser__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__404__0, check: "updateUser__404__0" },
        },
      },
      "409": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__409__0, check: "updateUser__409__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__413__0, check: "updateUser__413__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.updateUser__414__0, check: "updateUser__414__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__415__0, check: "updateUser__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__429__0, check: "updateUser__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.updateUser__431__0, check: "updateUser__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateUser__500__0, check: "updateUser__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.updateUser__503__0, check: "updateUser__503__0" },
        },
      },
    },
  },
  {
    operationId: "deleteUser",
    method: "DELETE",
    path: "/users/{id}",
    security: [{"apiKey":[]}],
    extensions: {},
    parameters: {
      params: parameters.deleteUser__params,
      query: parameters.deleteUser__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: undefined,
    responses: {
      "204": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/json": { serialize: serializers.deleteUser__400__0, check: "deleteUser__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.deleteUser__401__0, check: "deleteUser__401__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.deleteUser__404__0, check: "deleteUser__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.deleteUser__414__0, check: "deleteUser__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.deleteUser__429__0, check: "deleteUser__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.deleteUser__431__0, check: "deleteUser__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.deleteUser__500__0, check: "deleteUser__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/json": { serialize: serializers.deleteUser__503__0, check: "deleteUser__503__0" },
        },
      },
    },
  },
] as const;

export type OperationId = (typeof routes)[number]["operationId"];

/** Response and component schema validators, for checking responses in tests; loaded only when asked for. */
export const loadResponseValidators = () => import('./validators.response.js');
