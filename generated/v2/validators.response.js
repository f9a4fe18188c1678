// generated from spec/v2/openapi.yaml - do not edit
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const { definitions, schemas } = JSON.parse(readFileSync(new URL("./response-schemas.json", import.meta.url), 'utf8'));
let ajv;

function compile(schema) {
  if (ajv === undefined) {
    ajv = new Ajv2020.default({ strict: false, allErrors: true, allowUnionTypes: true, unicodeRegExp: false, validateSchema: false });
    addFormats.default(ajv);
    ajv.addFormat('email', /^(?=[\x20-\x7e]{1,254}$)(?=(?:[^"@]{1,64}|"(?:[^"\\]|\\.){0,62}")@)(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*")@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|IPv6:(?:((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))))|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?:[\x21-\x5a\x5e-\x7e]+)\])$/);
    ajv.addSchema({ $id: "defs", $defs: definitions });
  }
  return ajv.compile(schema);
}

/** A validator compiled on its first call. */
function lazy(schema) {
  let compiled;
  const validate = (data) => {
    compiled ??= compile(schema);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  };
  return validate;
}

const components = new Map();

/** The validator of a component schema, by its name in the document (undefined for an unknown name). */
export function component(name) {
  if (!Object.hasOwn(definitions, name)) return undefined;
  if (!components.has(name)) components.set(name, lazy({ $ref: "defs#/$defs/" + name.replace(/~/g, '~0').replace(/\//g, '~1') }));
  return components.get(name);
}

export const createToken__201__0 = lazy(schemas["createToken__201__0"]);
export const createToken__400__0 = lazy(schemas["createToken__400__0"]);
export const createToken__401__0 = lazy(schemas["createToken__401__0"]);
export const createToken__413__0 = lazy(schemas["createToken__413__0"]);
export const createToken__415__0 = lazy(schemas["createToken__415__0"]);
export const createToken__429__0 = lazy(schemas["createToken__429__0"]);
export const createToken__500__0 = lazy(schemas["createToken__500__0"]);
export const createUser__201__0 = lazy(schemas["createUser__201__0"]);
export const createUser__400__0 = lazy(schemas["createUser__400__0"]);
export const createUser__401__0 = lazy(schemas["createUser__401__0"]);
export const createUser__403__0 = lazy(schemas["createUser__403__0"]);
export const createUser__409__0 = lazy(schemas["createUser__409__0"]);
export const createUser__413__0 = lazy(schemas["createUser__413__0"]);
export const createUser__415__0 = lazy(schemas["createUser__415__0"]);
export const createUser__429__0 = lazy(schemas["createUser__429__0"]);
export const createUser__500__0 = lazy(schemas["createUser__500__0"]);
export const createWebhookEndpoint__201__0 = lazy(schemas["createWebhookEndpoint__201__0"]);
export const createWebhookEndpoint__400__0 = lazy(schemas["createWebhookEndpoint__400__0"]);
export const createWebhookEndpoint__401__0 = lazy(schemas["createWebhookEndpoint__401__0"]);
export const createWebhookEndpoint__403__0 = lazy(schemas["createWebhookEndpoint__403__0"]);
export const createWebhookEndpoint__413__0 = lazy(schemas["createWebhookEndpoint__413__0"]);
export const createWebhookEndpoint__415__0 = lazy(schemas["createWebhookEndpoint__415__0"]);
export const createWebhookEndpoint__429__0 = lazy(schemas["createWebhookEndpoint__429__0"]);
export const createWebhookEndpoint__500__0 = lazy(schemas["createWebhookEndpoint__500__0"]);
export const deleteUser__400__0 = lazy(schemas["deleteUser__400__0"]);
export const deleteUser__401__0 = lazy(schemas["deleteUser__401__0"]);
export const deleteUser__403__0 = lazy(schemas["deleteUser__403__0"]);
export const deleteUser__404__0 = lazy(schemas["deleteUser__404__0"]);
export const deleteUser__429__0 = lazy(schemas["deleteUser__429__0"]);
export const deleteUser__500__0 = lazy(schemas["deleteUser__500__0"]);
export const deleteWebhookEndpoint__400__0 = lazy(schemas["deleteWebhookEndpoint__400__0"]);
export const deleteWebhookEndpoint__401__0 = lazy(schemas["deleteWebhookEndpoint__401__0"]);
export const deleteWebhookEndpoint__403__0 = lazy(schemas["deleteWebhookEndpoint__403__0"]);
export const deleteWebhookEndpoint__404__0 = lazy(schemas["deleteWebhookEndpoint__404__0"]);
export const deleteWebhookEndpoint__429__0 = lazy(schemas["deleteWebhookEndpoint__429__0"]);
export const deleteWebhookEndpoint__500__0 = lazy(schemas["deleteWebhookEndpoint__500__0"]);
export const getUser__200__0 = lazy(schemas["getUser__200__0"]);
export const getUser__400__0 = lazy(schemas["getUser__400__0"]);
export const getUser__401__0 = lazy(schemas["getUser__401__0"]);
export const getUser__404__0 = lazy(schemas["getUser__404__0"]);
export const getUser__429__0 = lazy(schemas["getUser__429__0"]);
export const getUser__500__0 = lazy(schemas["getUser__500__0"]);
export const getWebhookEndpoint__200__0 = lazy(schemas["getWebhookEndpoint__200__0"]);
export const getWebhookEndpoint__400__0 = lazy(schemas["getWebhookEndpoint__400__0"]);
export const getWebhookEndpoint__401__0 = lazy(schemas["getWebhookEndpoint__401__0"]);
export const getWebhookEndpoint__403__0 = lazy(schemas["getWebhookEndpoint__403__0"]);
export const getWebhookEndpoint__404__0 = lazy(schemas["getWebhookEndpoint__404__0"]);
export const getWebhookEndpoint__429__0 = lazy(schemas["getWebhookEndpoint__429__0"]);
export const getWebhookEndpoint__500__0 = lazy(schemas["getWebhookEndpoint__500__0"]);
export const listUsers__200__0 = lazy(schemas["listUsers__200__0"]);
export const listUsers__400__0 = lazy(schemas["listUsers__400__0"]);
export const listUsers__401__0 = lazy(schemas["listUsers__401__0"]);
export const listUsers__429__0 = lazy(schemas["listUsers__429__0"]);
export const listUsers__500__0 = lazy(schemas["listUsers__500__0"]);
export const listWebhookDeliveries__200__0 = lazy(schemas["listWebhookDeliveries__200__0"]);
export const listWebhookDeliveries__400__0 = lazy(schemas["listWebhookDeliveries__400__0"]);
export const listWebhookDeliveries__401__0 = lazy(schemas["listWebhookDeliveries__401__0"]);
export const listWebhookDeliveries__403__0 = lazy(schemas["listWebhookDeliveries__403__0"]);
export const listWebhookDeliveries__404__0 = lazy(schemas["listWebhookDeliveries__404__0"]);
export const listWebhookDeliveries__429__0 = lazy(schemas["listWebhookDeliveries__429__0"]);
export const listWebhookDeliveries__500__0 = lazy(schemas["listWebhookDeliveries__500__0"]);
export const listWebhookEndpoints__200__0 = lazy(schemas["listWebhookEndpoints__200__0"]);
export const listWebhookEndpoints__400__0 = lazy(schemas["listWebhookEndpoints__400__0"]);
export const listWebhookEndpoints__401__0 = lazy(schemas["listWebhookEndpoints__401__0"]);
export const listWebhookEndpoints__403__0 = lazy(schemas["listWebhookEndpoints__403__0"]);
export const listWebhookEndpoints__429__0 = lazy(schemas["listWebhookEndpoints__429__0"]);
export const listWebhookEndpoints__500__0 = lazy(schemas["listWebhookEndpoints__500__0"]);
export const retryWebhookDelivery__202__0 = lazy(schemas["retryWebhookDelivery__202__0"]);
export const retryWebhookDelivery__400__0 = lazy(schemas["retryWebhookDelivery__400__0"]);
export const retryWebhookDelivery__401__0 = lazy(schemas["retryWebhookDelivery__401__0"]);
export const retryWebhookDelivery__403__0 = lazy(schemas["retryWebhookDelivery__403__0"]);
export const retryWebhookDelivery__404__0 = lazy(schemas["retryWebhookDelivery__404__0"]);
export const retryWebhookDelivery__429__0 = lazy(schemas["retryWebhookDelivery__429__0"]);
export const retryWebhookDelivery__500__0 = lazy(schemas["retryWebhookDelivery__500__0"]);
export const revokeToken__400__0 = lazy(schemas["revokeToken__400__0"]);
export const revokeToken__401__0 = lazy(schemas["revokeToken__401__0"]);
export const revokeToken__429__0 = lazy(schemas["revokeToken__429__0"]);
export const revokeToken__500__0 = lazy(schemas["revokeToken__500__0"]);
export const sendTestWebhook__202__0 = lazy(schemas["sendTestWebhook__202__0"]);
export const sendTestWebhook__400__0 = lazy(schemas["sendTestWebhook__400__0"]);
export const sendTestWebhook__401__0 = lazy(schemas["sendTestWebhook__401__0"]);
export const sendTestWebhook__403__0 = lazy(schemas["sendTestWebhook__403__0"]);
export const sendTestWebhook__404__0 = lazy(schemas["sendTestWebhook__404__0"]);
export const sendTestWebhook__413__0 = lazy(schemas["sendTestWebhook__413__0"]);
export const sendTestWebhook__415__0 = lazy(schemas["sendTestWebhook__415__0"]);
export const sendTestWebhook__429__0 = lazy(schemas["sendTestWebhook__429__0"]);
export const sendTestWebhook__500__0 = lazy(schemas["sendTestWebhook__500__0"]);
export const updateUser__200__0 = lazy(schemas["updateUser__200__0"]);
export const updateUser__400__0 = lazy(schemas["updateUser__400__0"]);
export const updateUser__401__0 = lazy(schemas["updateUser__401__0"]);
export const updateUser__403__0 = lazy(schemas["updateUser__403__0"]);
export const updateUser__404__0 = lazy(schemas["updateUser__404__0"]);
export const updateUser__409__0 = lazy(schemas["updateUser__409__0"]);
export const updateUser__413__0 = lazy(schemas["updateUser__413__0"]);
export const updateUser__415__0 = lazy(schemas["updateUser__415__0"]);
export const updateUser__429__0 = lazy(schemas["updateUser__429__0"]);
export const updateUser__500__0 = lazy(schemas["updateUser__500__0"]);
export const updateWebhookEndpoint__200__0 = lazy(schemas["updateWebhookEndpoint__200__0"]);
export const updateWebhookEndpoint__400__0 = lazy(schemas["updateWebhookEndpoint__400__0"]);
export const updateWebhookEndpoint__401__0 = lazy(schemas["updateWebhookEndpoint__401__0"]);
export const updateWebhookEndpoint__403__0 = lazy(schemas["updateWebhookEndpoint__403__0"]);
export const updateWebhookEndpoint__404__0 = lazy(schemas["updateWebhookEndpoint__404__0"]);
export const updateWebhookEndpoint__413__0 = lazy(schemas["updateWebhookEndpoint__413__0"]);
export const updateWebhookEndpoint__415__0 = lazy(schemas["updateWebhookEndpoint__415__0"]);
export const updateWebhookEndpoint__429__0 = lazy(schemas["updateWebhookEndpoint__429__0"]);
export const updateWebhookEndpoint__500__0 = lazy(schemas["updateWebhookEndpoint__500__0"]);
export const webhook__paymentFailedWebhook__0 = lazy(schemas["webhook__paymentFailedWebhook__0"]);
export const webhook__paymentSucceededWebhook__0 = lazy(schemas["webhook__paymentSucceededWebhook__0"]);
export const webhook__userCreatedWebhook__0 = lazy(schemas["webhook__userCreatedWebhook__0"]);
export const webhook__userDeletedWebhook__0 = lazy(schemas["webhook__userDeletedWebhook__0"]);
export const webhook__userUpdatedWebhook__0 = lazy(schemas["webhook__userUpdatedWebhook__0"]);
