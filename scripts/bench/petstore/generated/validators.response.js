// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
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

export const addPet__200__0 = lazy(schemas["addPet__200__0"]);
export const findPets__200__0 = lazy(schemas["findPets__200__0"]);
export const findPets__default__0 = lazy(schemas["findPets__default__0"]);
