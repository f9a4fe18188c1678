// generated from spec/v1/openapi.yaml - do not edit
const $s = JSON.stringify;
/** Needs escaping in a JSON string: quote, backslash, control characters, and surrogates (lone ones are escaped). */
const $e = /["\\\u0000-\u001f\ud800-\udfff]/;
/** A value written exactly as JSON.stringify writes it (undefined for what JSON leaves out), strings and numbers without calling it. */
function $v(x) {
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

function s0(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"id\":"+x;c=","}
x=v["name"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"name\":"+x;c=","}
x=v["username"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"username\":"+x;c=","}
x=v["email"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"email\":"+x;c=","}
x=v["role"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"role\":"+x;c=","}
x=v["createdAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=v["updatedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
return s + "}";
}
function s1(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["data"];if(x!==undefined&&(x=s2(x))!==undefined){s+=c+"\"data\":"+x;c=","}
x=v["pagination"];if(x!==undefined&&(x=s3(x))!==undefined){s+=c+"\"pagination\":"+x;c=","}
return s + "}";
}
function s2(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (s0(v[i]) ?? "null"); return s + "]"; }
return "{}";
}
function s3(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["limit"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"limit\":"+x;c=","}
x=v["offset"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"offset\":"+x;c=","}
x=v["total"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"total\":"+x;c=","}
return s + "}";
}
function s4(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["error"];if(x!==undefined&&(x=s5(x))!==undefined){s+=c+"\"error\":"+x;c=","}
return s + "}";
}
function s5(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["code"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"code\":"+x;c=","}
x=v["message"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"message\":"+x;c=","}
x=v["details"];if(x!==undefined&&(x=s6(x))!==undefined){s+=c+"\"details\":"+x;c=","}
return s + "}";
}
function s6(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (s7(v[i]) ?? "null"); return s + "]"; }
return "{}";
}
function s7(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["field"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"field\":"+x;c=","}
x=v["message"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"message\":"+x;c=","}
return s + "}";
}

export const createUser__201__0 = s0;
export const listUsers__200__0 = s1;
export const listUsers__400__0 = s4;
