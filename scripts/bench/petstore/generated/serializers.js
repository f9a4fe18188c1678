// generated from src/framework/fixtures/petstore-expanded/openapi.yaml - do not edit
const $s = JSON.stringify;
/** An array, each item written by `item`. */
function $a(v, item) {
  let s = "[";
  for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (v[i] === undefined ? "null" : item(v[i]));
  return s + "]";
}
/** The properties of `v` not in `known`, each written by `write`, appended to `s` (`c` is the separator due). */
function $o(v, known, write, s, c) {
  for (const k in v) {
    if (!known.has(k) && Object.hasOwn(v, k) && v[k] !== undefined) { s += c + $s(k) + ":" + write(v[k]); c = ","; }
  }
  return s;
}

function s0(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$s(x);c=","}
x=v["tag"];if(x!==undefined){s+=c+"\"tag\":"+$s(x);c=","}
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
return s + "}";
}
function s1(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s0);
return "{}";
}
function s2(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["code"];if(x!==undefined){s+=c+"\"code\":"+$s(x);c=","}
x=v["message"];if(x!==undefined){s+=c+"\"message\":"+$s(x);c=","}
return s + "}";
}

export const addPet__200__0 = s0;
export const findPets__200__0 = s1;
export const findPets__default__0 = s2;
