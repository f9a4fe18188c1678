// generated from spec/v1/openapi.yaml - do not edit
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const { definitions, schemas } = JSON.parse(readFileSync(new URL("./response-schemas.json", import.meta.url), 'utf8'));
let ajv;

function compile(name) {
  if (ajv === undefined) {
    ajv = new Ajv2020.default({ strict: false, allErrors: true, allowUnionTypes: true, unicodeRegExp: false, validateSchema: false });
    addFormats.default(ajv);
    ajv.addFormat('email', /^(?=[\x20-\x7e]{1,254}$)(?=(?:[^"@]{1,64}|"(?:[^"\\]|\\.){0,62}")@)(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+(?:\.[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+)*|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*")@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}|IPv6:(?:((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))))|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?:[\x21-\x5a\x5e-\x7e]+)\])$/);
    ajv.addSchema({ $id: "defs", $defs: definitions });
  }
  return ajv.compile(schemas[name]);
}

/** A validator compiled on its first call. */
function lazy(name) {
  let compiled;
  const validate = (data) => {
    compiled ??= compile(name);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  };
  return validate;
}

export const createUser__201__0 = lazy("createUser__201__0");
export const createUser__400__0 = lazy("createUser__400__0");
export const createUser__401__0 = lazy("createUser__401__0");
export const createUser__403__0 = lazy("createUser__403__0");
export const createUser__409__0 = lazy("createUser__409__0");
export const createUser__413__0 = lazy("createUser__413__0");
export const createUser__415__0 = lazy("createUser__415__0");
export const createUser__429__0 = lazy("createUser__429__0");
export const createUser__500__0 = lazy("createUser__500__0");
export const deleteUser__400__0 = lazy("deleteUser__400__0");
export const deleteUser__401__0 = lazy("deleteUser__401__0");
export const deleteUser__404__0 = lazy("deleteUser__404__0");
export const deleteUser__429__0 = lazy("deleteUser__429__0");
export const deleteUser__500__0 = lazy("deleteUser__500__0");
export const getUser__200__0 = lazy("getUser__200__0");
export const getUser__400__0 = lazy("getUser__400__0");
export const getUser__401__0 = lazy("getUser__401__0");
export const getUser__404__0 = lazy("getUser__404__0");
export const getUser__429__0 = lazy("getUser__429__0");
export const getUser__500__0 = lazy("getUser__500__0");
export const listUsers__200__0 = lazy("listUsers__200__0");
export const listUsers__400__0 = lazy("listUsers__400__0");
export const listUsers__401__0 = lazy("listUsers__401__0");
export const listUsers__429__0 = lazy("listUsers__429__0");
export const listUsers__500__0 = lazy("listUsers__500__0");
export const schema__Changes = lazy("schema__Changes");
export const schema__CreateUserRequest = lazy("schema__CreateUserRequest");
export const schema__Currency = lazy("schema__Currency");
export const schema__DeletedUser = lazy("schema__DeletedUser");
export const schema__Email = lazy("schema__Email");
export const schema__Error = lazy("schema__Error");
export const schema__ErrorCode = lazy("schema__ErrorCode");
export const schema__EventTimestamp = lazy("schema__EventTimestamp");
export const schema__FailedPayment = lazy("schema__FailedPayment");
export const schema__FieldChange = lazy("schema__FieldChange");
export const schema__FieldError = lazy("schema__FieldError");
export const schema__Name = lazy("schema__Name");
export const schema__Pagination = lazy("schema__Pagination");
export const schema__Payment = lazy("schema__Payment");
export const schema__PaymentError = lazy("schema__PaymentError");
export const schema__PaymentFailedEvent = lazy("schema__PaymentFailedEvent");
export const schema__PaymentSucceededEvent = lazy("schema__PaymentSucceededEvent");
export const schema__Role = lazy("schema__Role");
export const schema__SortDirection = lazy("schema__SortDirection");
export const schema__UpdateUserRequest = lazy("schema__UpdateUserRequest");
export const schema__UpdatedUser = lazy("schema__UpdatedUser");
export const schema__User = lazy("schema__User");
export const schema__UserCreatedEvent = lazy("schema__UserCreatedEvent");
export const schema__UserDeletedEvent = lazy("schema__UserDeletedEvent");
export const schema__UserIdV1 = lazy("schema__UserIdV1");
export const schema__UserList = lazy("schema__UserList");
export const schema__UserSortField = lazy("schema__UserSortField");
export const schema__UserUpdatedEvent = lazy("schema__UserUpdatedEvent");
export const schema__Username = lazy("schema__Username");
export const updateUser__200__0 = lazy("updateUser__200__0");
export const updateUser__400__0 = lazy("updateUser__400__0");
export const updateUser__401__0 = lazy("updateUser__401__0");
export const updateUser__403__0 = lazy("updateUser__403__0");
export const updateUser__404__0 = lazy("updateUser__404__0");
export const updateUser__409__0 = lazy("updateUser__409__0");
export const updateUser__413__0 = lazy("updateUser__413__0");
export const updateUser__415__0 = lazy("updateUser__415__0");
export const updateUser__429__0 = lazy("updateUser__429__0");
export const updateUser__500__0 = lazy("updateUser__500__0");
export const webhook__paymentFailedWebhook__0 = lazy("webhook__paymentFailedWebhook__0");
export const webhook__paymentSucceededWebhook__0 = lazy("webhook__paymentSucceededWebhook__0");
export const webhook__userCreatedWebhook__0 = lazy("webhook__userCreatedWebhook__0");
export const webhook__userDeletedWebhook__0 = lazy("webhook__userDeletedWebhook__0");
export const webhook__userUpdatedWebhook__0 = lazy("webhook__userUpdatedWebhook__0");
