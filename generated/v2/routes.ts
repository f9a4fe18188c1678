// generated from spec/v2/openapi.yaml - do not edit
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
      plans: [{"name":"page","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"limit","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"sort","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}},{"name":"order","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}},{"name":"role","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}},{"name":"active","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"boolean"}},{"name":"q","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}}],
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
          "application/problem+json": { serialize: serializers.listUsers__400__0, check: "listUsers__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listUsers__401__0, check: "listUsers__401__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listUsers__429__0, check: "listUsers__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listUsers__431__0, check: "listUsers__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listUsers__500__0, check: "listUsers__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listUsers__503__0, check: "listUsers__503__0" },
        },
      },
    },
  },
  {
    operationId: "createUser",
    method: "POST",
    path: "/users",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
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
        headers: [{ name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "location", required: true, setByFramework: false }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createUser__201__0, check: "createUser__201__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__400__0, check: "createUser__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__401__0, check: "createUser__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__403__0, check: "createUser__403__0" },
        },
      },
      "409": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__409__0, check: "createUser__409__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__413__0, check: "createUser__413__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__415__0, check: "createUser__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__429__0, check: "createUser__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__431__0, check: "createUser__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__500__0, check: "createUser__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.createUser__503__0, check: "createUser__503__0" },
        },
      },
    },
  },
  {
    operationId: "getUser",
    method: "GET",
    path: "/users/{id}",
    security: [{"apiKey":[]},{"userToken":[]}],
    extensions: {},
    parameters: {
      params: parameters.getUser__params,
      query: parameters.getUser__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}},{"name":"include","in":"query","style":"form","explode":false,"shape":{"kind":"array","items":"string"}}],
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
          "application/problem+json": { serialize: serializers.getUser__400__0, check: "getUser__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getUser__401__0, check: "getUser__401__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getUser__404__0, check: "getUser__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getUser__414__0, check: "getUser__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getUser__429__0, check: "getUser__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getUser__431__0, check: "getUser__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getUser__500__0, check: "getUser__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getUser__503__0, check: "getUser__503__0" },
        },
      },
    },
  },
  {
    operationId: "deleteUser",
    method: "DELETE",
    path: "/users/{id}",
    security: [{"apiKey":[]},{"userToken":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.deleteUser__params,
      query: parameters.deleteUser__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}},{"name":"hard","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"boolean"}}],
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
          "application/problem+json": { serialize: serializers.deleteUser__400__0, check: "deleteUser__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteUser__401__0, check: "deleteUser__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteUser__403__0, check: "deleteUser__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteUser__404__0, check: "deleteUser__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.deleteUser__414__0, check: "deleteUser__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteUser__429__0, check: "deleteUser__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.deleteUser__431__0, check: "deleteUser__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteUser__500__0, check: "deleteUser__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.deleteUser__503__0, check: "deleteUser__503__0" },
        },
      },
    },
  },
  {
    operationId: "updateUser",
    method: "PATCH",
    path: "/users/{id}",
    security: [{"apiKey":[]},{"userToken":[]}],
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
          "application/problem+json": { serialize: serializers.updateUser__400__0, check: "updateUser__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__401__0, check: "updateUser__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__403__0, check: "updateUser__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__404__0, check: "updateUser__404__0" },
        },
      },
      "409": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__409__0, check: "updateUser__409__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__413__0, check: "updateUser__413__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__414__0, check: "updateUser__414__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__415__0, check: "updateUser__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__429__0, check: "updateUser__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__431__0, check: "updateUser__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__500__0, check: "updateUser__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.updateUser__503__0, check: "updateUser__503__0" },
        },
      },
    },
  },
  {
    operationId: "createToken",
    method: "POST",
    path: "/auth/token",
    security: [],
    extensions: {},
    parameters: {
      params: undefined,
      query: parameters.createToken__query,
      headers: undefined,
      cookies: undefined,
      plans: [],
    },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createToken__body0 } } },
    responses: {
      "201": {
        headers: [{ name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "location", required: true, setByFramework: false }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createToken__201__0, check: "createToken__201__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.createToken__400__0, check: "createToken__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createToken__401__0, check: "createToken__401__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createToken__413__0, check: "createToken__413__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createToken__415__0, check: "createToken__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createToken__429__0, check: "createToken__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.createToken__431__0, check: "createToken__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createToken__500__0, check: "createToken__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.createToken__503__0, check: "createToken__503__0" },
        },
      },
    },
  },
  {
    operationId: "revokeToken",
    method: "DELETE",
    path: "/auth/token",
    security: [{"userToken":[]}],
    extensions: {},
    parameters: {
      params: undefined,
      query: parameters.revokeToken__query,
      headers: undefined,
      cookies: undefined,
      plans: [],
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
          "application/problem+json": { serialize: serializers.revokeToken__400__0, check: "revokeToken__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeToken__401__0, check: "revokeToken__401__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeToken__429__0, check: "revokeToken__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.revokeToken__431__0, check: "revokeToken__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeToken__500__0, check: "revokeToken__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.revokeToken__503__0, check: "revokeToken__503__0" },
        },
      },
    },
  },
  {
    operationId: "listApiKeys",
    method: "GET",
    path: "/api-keys",
    security: [{"apiKey":[]},{"userToken":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: undefined,
      query: parameters.listApiKeys__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"page","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"limit","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.listApiKeys__200__0, check: "listApiKeys__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.listApiKeys__400__0, check: "listApiKeys__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listApiKeys__401__0, check: "listApiKeys__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listApiKeys__403__0, check: "listApiKeys__403__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listApiKeys__429__0, check: "listApiKeys__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listApiKeys__431__0, check: "listApiKeys__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listApiKeys__500__0, check: "listApiKeys__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listApiKeys__503__0, check: "listApiKeys__503__0" },
        },
      },
    },
  },
  {
    operationId: "createApiKey",
    method: "POST",
    path: "/api-keys",
    security: [{"apiKey":[]},{"userToken":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: undefined,
      query: parameters.createApiKey__query,
      headers: undefined,
      cookies: undefined,
      plans: [],
    },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createApiKey__body0 } } },
    responses: {
      "201": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "location", required: true, setByFramework: false }, { name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createApiKey__201__0, check: "createApiKey__201__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__400__0, check: "createApiKey__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__401__0, check: "createApiKey__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__403__0, check: "createApiKey__403__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__413__0, check: "createApiKey__413__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__415__0, check: "createApiKey__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__429__0, check: "createApiKey__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__431__0, check: "createApiKey__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__500__0, check: "createApiKey__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.createApiKey__503__0, check: "createApiKey__503__0" },
        },
      },
    },
  },
  {
    operationId: "getApiKey",
    method: "GET",
    path: "/api-keys/{id}",
    security: [{"apiKey":[]},{"userToken":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.getApiKey__params,
      query: parameters.getApiKey__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.getApiKey__200__0, check: "getApiKey__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__400__0, check: "getApiKey__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__401__0, check: "getApiKey__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__403__0, check: "getApiKey__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__404__0, check: "getApiKey__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__414__0, check: "getApiKey__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__429__0, check: "getApiKey__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__431__0, check: "getApiKey__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__500__0, check: "getApiKey__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getApiKey__503__0, check: "getApiKey__503__0" },
        },
      },
    },
  },
  {
    operationId: "revokeApiKey",
    method: "POST",
    path: "/api-keys/{id}/revoke",
    security: [{"apiKey":[]},{"userToken":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.revokeApiKey__params,
      query: parameters.revokeApiKey__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}},{"name":"self","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"boolean"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.revokeApiKey__200__0, check: "revokeApiKey__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__400__0, check: "revokeApiKey__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__401__0, check: "revokeApiKey__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__403__0, check: "revokeApiKey__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__404__0, check: "revokeApiKey__404__0" },
        },
      },
      "409": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__409__0, check: "revokeApiKey__409__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__414__0, check: "revokeApiKey__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__429__0, check: "revokeApiKey__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__431__0, check: "revokeApiKey__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__500__0, check: "revokeApiKey__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.revokeApiKey__503__0, check: "revokeApiKey__503__0" },
        },
      },
    },
  },
  {
    operationId: "rotateApiKey",
    method: "POST",
    path: "/api-keys/{id}/rotate",
    security: [{"apiKey":[]},{"userToken":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.rotateApiKey__params,
      query: parameters.rotateApiKey__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.rotateApiKey__200__0, check: "rotateApiKey__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__400__0, check: "rotateApiKey__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__401__0, check: "rotateApiKey__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__403__0, check: "rotateApiKey__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__404__0, check: "rotateApiKey__404__0" },
        },
      },
      "409": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__409__0, check: "rotateApiKey__409__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__414__0, check: "rotateApiKey__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__429__0, check: "rotateApiKey__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__431__0, check: "rotateApiKey__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__500__0, check: "rotateApiKey__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.rotateApiKey__503__0, check: "rotateApiKey__503__0" },
        },
      },
    },
  },
  {
    operationId: "listWebhookEndpoints",
    method: "GET",
    path: "/webhooks",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: undefined,
      query: parameters.listWebhookEndpoints__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"page","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"limit","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.listWebhookEndpoints__200__0, check: "listWebhookEndpoints__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookEndpoints__400__0, check: "listWebhookEndpoints__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookEndpoints__401__0, check: "listWebhookEndpoints__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookEndpoints__403__0, check: "listWebhookEndpoints__403__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookEndpoints__429__0, check: "listWebhookEndpoints__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookEndpoints__431__0, check: "listWebhookEndpoints__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookEndpoints__500__0, check: "listWebhookEndpoints__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookEndpoints__503__0, check: "listWebhookEndpoints__503__0" },
        },
      },
    },
  },
  {
    operationId: "createWebhookEndpoint",
    method: "POST",
    path: "/webhooks",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: undefined,
      query: parameters.createWebhookEndpoint__query,
      headers: undefined,
      cookies: undefined,
      plans: [],
    },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.createWebhookEndpoint__body0 } } },
    responses: {
      "201": {
        headers: [{ name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "location", required: true, setByFramework: false }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.createWebhookEndpoint__201__0, check: "createWebhookEndpoint__201__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__400__0, check: "createWebhookEndpoint__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__401__0, check: "createWebhookEndpoint__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__403__0, check: "createWebhookEndpoint__403__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__413__0, check: "createWebhookEndpoint__413__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__415__0, check: "createWebhookEndpoint__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__429__0, check: "createWebhookEndpoint__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__431__0, check: "createWebhookEndpoint__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__500__0, check: "createWebhookEndpoint__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.createWebhookEndpoint__503__0, check: "createWebhookEndpoint__503__0" },
        },
      },
    },
  },
  {
    operationId: "getWebhookEndpoint",
    method: "GET",
    path: "/webhooks/{id}",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.getWebhookEndpoint__params,
      query: parameters.getWebhookEndpoint__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.getWebhookEndpoint__200__0, check: "getWebhookEndpoint__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__400__0, check: "getWebhookEndpoint__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__401__0, check: "getWebhookEndpoint__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__403__0, check: "getWebhookEndpoint__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__404__0, check: "getWebhookEndpoint__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__414__0, check: "getWebhookEndpoint__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__429__0, check: "getWebhookEndpoint__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__431__0, check: "getWebhookEndpoint__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__500__0, check: "getWebhookEndpoint__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.getWebhookEndpoint__503__0, check: "getWebhookEndpoint__503__0" },
        },
      },
    },
  },
  {
    operationId: "deleteWebhookEndpoint",
    method: "DELETE",
    path: "/webhooks/{id}",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.deleteWebhookEndpoint__params,
      query: parameters.deleteWebhookEndpoint__query,
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
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__400__0, check: "deleteWebhookEndpoint__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__401__0, check: "deleteWebhookEndpoint__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__403__0, check: "deleteWebhookEndpoint__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__404__0, check: "deleteWebhookEndpoint__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__414__0, check: "deleteWebhookEndpoint__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__429__0, check: "deleteWebhookEndpoint__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__431__0, check: "deleteWebhookEndpoint__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__500__0, check: "deleteWebhookEndpoint__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.deleteWebhookEndpoint__503__0, check: "deleteWebhookEndpoint__503__0" },
        },
      },
    },
  },
  {
    operationId: "updateWebhookEndpoint",
    method: "PATCH",
    path: "/webhooks/{id}",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.updateWebhookEndpoint__params,
      query: parameters.updateWebhookEndpoint__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.updateWebhookEndpoint__body0 } } },
    responses: {
      "200": {
        headers: [{ name: "cache-control", required: true, setByFramework: true, value: "no-store" }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.updateWebhookEndpoint__200__0, check: "updateWebhookEndpoint__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__400__0, check: "updateWebhookEndpoint__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__401__0, check: "updateWebhookEndpoint__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__403__0, check: "updateWebhookEndpoint__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__404__0, check: "updateWebhookEndpoint__404__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__413__0, check: "updateWebhookEndpoint__413__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__414__0, check: "updateWebhookEndpoint__414__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__415__0, check: "updateWebhookEndpoint__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__429__0, check: "updateWebhookEndpoint__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__431__0, check: "updateWebhookEndpoint__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__500__0, check: "updateWebhookEndpoint__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.updateWebhookEndpoint__503__0, check: "updateWebhookEndpoint__503__0" },
        },
      },
    },
  },
  {
    operationId: "listWebhookDeliveries",
    method: "GET",
    path: "/webhooks/{id}/deliveries",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.listWebhookDeliveries__params,
      query: parameters.listWebhookDeliveries__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}},{"name":"page","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"limit","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}},{"name":"status","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: undefined,
    responses: {
      "200": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.listWebhookDeliveries__200__0, check: "listWebhookDeliveries__200__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__400__0, check: "listWebhookDeliveries__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__401__0, check: "listWebhookDeliveries__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__403__0, check: "listWebhookDeliveries__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__404__0, check: "listWebhookDeliveries__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__414__0, check: "listWebhookDeliveries__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__429__0, check: "listWebhookDeliveries__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__431__0, check: "listWebhookDeliveries__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__500__0, check: "listWebhookDeliveries__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.listWebhookDeliveries__503__0, check: "listWebhookDeliveries__503__0" },
        },
      },
    },
  },
  {
    operationId: "retryWebhookDelivery",
    method: "POST",
    path: "/webhooks/{id}/deliveries/{deliveryId}/retry",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.retryWebhookDelivery__params,
      query: parameters.retryWebhookDelivery__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}},{"name":"deliveryId","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: undefined,
    responses: {
      "202": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.retryWebhookDelivery__202__0, check: "retryWebhookDelivery__202__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__400__0, check: "retryWebhookDelivery__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__401__0, check: "retryWebhookDelivery__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__403__0, check: "retryWebhookDelivery__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__404__0, check: "retryWebhookDelivery__404__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__414__0, check: "retryWebhookDelivery__414__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__429__0, check: "retryWebhookDelivery__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__431__0, check: "retryWebhookDelivery__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__500__0, check: "retryWebhookDelivery__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.retryWebhookDelivery__503__0, check: "retryWebhookDelivery__503__0" },
        },
      },
    },
  },
  {
    operationId: "sendTestWebhook",
    method: "POST",
    path: "/webhooks/{id}/test",
    security: [{"apiKey":[]}],
    extensions: {"x-required-role":"admin"},
    parameters: {
      params: parameters.sendTestWebhook__params,
      query: parameters.sendTestWebhook__query,
      headers: undefined,
      cookies: undefined,
      plans: [{"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"string"}}],
    },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.sendTestWebhook__body0 } } },
    responses: {
      "202": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/json": { serialize: serializers.sendTestWebhook__202__0, check: "sendTestWebhook__202__0" },
        },
      },
      "400": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: false, setByFramework: false }, { name: "x-ratelimit-remaining", required: false, setByFramework: false }, { name: "x-ratelimit-reset", required: false, setByFramework: false }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__400__0, check: "sendTestWebhook__400__0" },
        },
      },
      "401": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__401__0, check: "sendTestWebhook__401__0" },
        },
      },
      "403": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__403__0, check: "sendTestWebhook__403__0" },
        },
      },
      "404": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__404__0, check: "sendTestWebhook__404__0" },
        },
      },
      "413": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__413__0, check: "sendTestWebhook__413__0" },
        },
      },
      "414": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__414__0, check: "sendTestWebhook__414__0" },
        },
      },
      "415": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__415__0, check: "sendTestWebhook__415__0" },
        },
      },
      "429": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__429__0, check: "sendTestWebhook__429__0" },
        },
      },
      "431": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__431__0, check: "sendTestWebhook__431__0" },
        },
      },
      "500": {
        headers: [{ name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }, { name: "x-ratelimit-limit", required: true, setByFramework: true }, { name: "x-ratelimit-remaining", required: true, setByFramework: true }, { name: "x-ratelimit-reset", required: true, setByFramework: true }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__500__0, check: "sendTestWebhook__500__0" },
        },
      },
      "503": {
        headers: [{ name: "retry-after", required: true, setByFramework: true }, { name: "x-content-type-options", required: true, setByFramework: true, value: "nosniff" }],
        content: {
          "application/problem+json": { serialize: serializers.sendTestWebhook__503__0, check: "sendTestWebhook__503__0" },
        },
      },
    },
  },
] as const;

export type OperationId = (typeof routes)[number]["operationId"];

/** Response and component schema validators, for checking responses in tests; loaded only when asked for. */
export const loadResponseValidators = () => import('./validators.response.js');
