// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
import * as parameters from './validators.parameters.js';
import * as body from './validators.body.js';
import * as serializers from './serializers.js';

export { basePath, server } from './base-path.ts';

const plan0 = {"name":"tags","in":"query","style":"form","explode":true,"shape":{"kind":"array","items":"string"}} as const;
const plan1 = {"name":"limit","in":"query","style":"form","explode":true,"shape":{"kind":"scalar","scalar":"integer"}} as const;
const plan2 = {"name":"id","in":"path","style":"simple","explode":false,"shape":{"kind":"scalar","scalar":"integer"}} as const;

const headers0 = [] as const;

const response0 = { headers: headers0, content: { "application/json": { serialize: serializers.findPets__200__0, check: "findPets__200__0" } } } as const;
const response1 = { headers: headers0, content: { "application/json": { serialize: serializers.findPets__default__0, check: "findPets__default__0" } } } as const;
const response2 = { headers: headers0, content: { "application/json": { serialize: serializers.addPet__200__0, check: "addPet__200__0" } } } as const;
const response3 = { headers: headers0, content: {  } } as const;

export const routes = [
  {
    operationId: "findPets", method: "GET", path: "/pets",
    security: [], extensions: {},
    parameters: { params: undefined, query: parameters.findPets__query, headers: undefined, cookies: undefined, plans: [plan0, plan1] },
    body: undefined,
    responses: { "200": response0, "default": response1 },
  },
  {
    operationId: "addPet", method: "POST", path: "/pets",
    security: [], extensions: {},
    parameters: { params: undefined, query: parameters.addPet__query, headers: undefined, cookies: undefined, plans: [] },
    body: { required: true, media: { "application/json": { decode: {"kind":"json"}, validate: body.addPet__body0 } } },
    responses: { "200": response2, "default": response1 },
  },
  {
    operationId: "find pet by id", method: "GET", path: "/pets/{id}",
    security: [], extensions: {},
    parameters: { params: parameters.findPetById__params, query: parameters.findPetById__query, headers: undefined, cookies: undefined, plans: [plan2] },
    body: undefined,
    responses: { "200": response2, "default": response1 },
  },
  {
    operationId: "deletePet", method: "DELETE", path: "/pets/{id}",
    security: [], extensions: {},
    parameters: { params: parameters.deletePet__params, query: parameters.deletePet__query, headers: undefined, cookies: undefined, plans: [plan2] },
    body: undefined,
    responses: { "204": response3, "default": response1 },
  },
] as const;

export type OperationId = (typeof routes)[number]["operationId"];

/** Response and component schema validators, for checking responses in tests; loaded only when asked for. */
export const loadResponseValidators = () => import('./validators.response.js');
