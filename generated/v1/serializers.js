// generated from spec/v1/openapi.yaml - do not edit
const $s = JSON.stringify;
/** Needs escaping in a JSON string: quote, backslash, control characters, and surrogates (lone ones are escaped). */
const $e = /["\\\u0000-\u001f\ud800-\udfff]/;
/** A value written exactly as JSON.stringify writes it (undefined for what JSON leaves out), strings and numbers without calling it. */
function $v(x) {
  if (x === undefined) return x;
  if (typeof x === "string") {
    if (x.length < 42) {
      for (let i = 0; i < x.length; i++) {
        const c = x.charCodeAt(i);
        if (c < 32 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return $s(x);
      }
      return '"' + x + '"';
    }
    return $e.test(x) ? $s(x) : '"' + x + '"';
  }
  if (typeof x === "number") return Number.isFinite(x) ? "" + x : "null";
  if (typeof x === "boolean") return x ? "true" : "false";
  return $s(x);
}
/** The properties of `v` not in `known`, each written by `write`, appended to `s` (`c` is the separator due). */
function $o(v, known, write, s, c) {
  for (const k in v) {
    if (known.has(k) || !Object.hasOwn(v, k) || v[k] === undefined) continue;
    const w = write(v[k]);
    if (w !== undefined) { s += c + $v(k) + ":" + w; c = ","; }
  }
  return s;
}

function s0(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["id"]);if(x!==undefined){s+=c+"\"id\":"+x;c=","}
x=$v(v["name"]);if(x!==undefined){s+=c+"\"name\":"+x;c=","}
x=$v(v["username"]);if(x!==undefined){s+=c+"\"username\":"+x;c=","}
x=$v(v["email"]);if(x!==undefined){s+=c+"\"email\":"+x;c=","}
x=$v(v["role"]);if(x!==undefined){s+=c+"\"role\":"+x;c=","}
x=$v(v["createdAt"]);if(x!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=$v(v["updatedAt"]);if(x!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
return s+"}"
}
function s1(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=s2(v["data"]);if(x!==undefined){s+=c+"\"data\":"+x;c=","}
x=s3(v["pagination"]);if(x!==undefined){s+=c+"\"pagination\":"+x;c=","}
return s+"}"
}
function s2(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(s0(v[i])??"null");return s+"]"}
return "{}"
}
function s3(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["limit"]);if(x!==undefined){s+=c+"\"limit\":"+x;c=","}
x=$v(v["offset"]);if(x!==undefined){s+=c+"\"offset\":"+x;c=","}
x=$v(v["total"]);if(x!==undefined){s+=c+"\"total\":"+x;c=","}
return s+"}"
}
function s4(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=s5(v["error"]);if(x!==undefined){s+=c+"\"error\":"+x;c=","}
return s+"}"
}
function s5(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["code"]);if(x!==undefined){s+=c+"\"code\":"+x;c=","}
x=$v(v["message"]);if(x!==undefined){s+=c+"\"message\":"+x;c=","}
x=s6(v["details"]);if(x!==undefined){s+=c+"\"details\":"+x;c=","}
return s+"}"
}
function s6(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(s7(v[i])??"null");return s+"]"}
return "{}"
}
function s7(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["field"]);if(x!==undefined){s+=c+"\"field\":"+x;c=","}
x=$v(v["message"]);if(x!==undefined){s+=c+"\"message\":"+x;c=","}
return s+"}"
}

export const createUser__201__0 = s0;
export const listUsers__200__0 = s1;
export const listUsers__400__0 = s4;
