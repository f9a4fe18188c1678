// generated from spec/v2/openapi.yaml - do not edit
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
x=$v(v["role"]);if(x!==undefined){s+=c+"\"role\":"+x;c=","}
x=$v(v["prefix"]);if(x!==undefined){s+=c+"\"prefix\":"+x;c=","}
x=$v(v["rateLimitPerMinute"]);if(x!==undefined){s+=c+"\"rateLimitPerMinute\":"+x;c=","}
x=$v(v["revoked"]);if(x!==undefined){s+=c+"\"revoked\":"+x;c=","}
x=$v(v["revokedAt"]);if(x!==undefined){s+=c+"\"revokedAt\":"+x;c=","}
x=$v(v["createdAt"]);if(x!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=$v(v["lastUsedAt"]);if(x!==undefined){s+=c+"\"lastUsedAt\":"+x;c=","}
x=$v(v["key"]);if(x!==undefined){s+=c+"\"key\":"+x;c=","}
return s+"}"
}
function s1(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["token"]);if(x!==undefined){s+=c+"\"token\":"+x;c=","}
x=$v(v["tokenType"]);if(x!==undefined){s+=c+"\"tokenType\":"+x;c=","}
x=$v(v["expiresAt"]);if(x!==undefined){s+=c+"\"expiresAt\":"+x;c=","}
x=$v(v["userId"]);if(x!==undefined){s+=c+"\"userId\":"+x;c=","}
return s+"}"
}
function s2(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["id"]);if(x!==undefined){s+=c+"\"id\":"+x;c=","}
x=$v(v["name"]);if(x!==undefined){s+=c+"\"name\":"+x;c=","}
x=$v(v["token"]);if(x!==undefined){s+=c+"\"token\":"+x;c=","}
x=$v(v["tokenExpiresAt"]);if(x!==undefined){s+=c+"\"tokenExpiresAt\":"+x;c=","}
return s+"}"
}
function s3(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["id"]);if(x!==undefined){s+=c+"\"id\":"+x;c=","}
x=$v(v["url"]);if(x!==undefined){s+=c+"\"url\":"+x;c=","}
x=s4(v["events"]);if(x!==undefined){s+=c+"\"events\":"+x;c=","}
x=$v(v["payloadVersion"]);if(x!==undefined){s+=c+"\"payloadVersion\":"+x;c=","}
x=$v(v["description"]);if(x!==undefined){s+=c+"\"description\":"+x;c=","}
x=$v(v["enabled"]);if(x!==undefined){s+=c+"\"enabled\":"+x;c=","}
x=$v(v["disabledReason"]);if(x!==undefined){s+=c+"\"disabledReason\":"+x;c=","}
x=$v(v["createdAt"]);if(x!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=$v(v["updatedAt"]);if(x!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
x=$v(v["secret"]);if(x!==undefined){s+=c+"\"secret\":"+x;c=","}
x=$v(v["previousSecretExpiresAt"]);if(x!==undefined){s+=c+"\"previousSecretExpiresAt\":"+x;c=","}
return s+"}"
}
function s4(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
return "{}"
}
function s5(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["id"]);if(x!==undefined){s+=c+"\"id\":"+x;c=","}
x=$v(v["name"]);if(x!==undefined){s+=c+"\"name\":"+x;c=","}
x=$v(v["role"]);if(x!==undefined){s+=c+"\"role\":"+x;c=","}
x=$v(v["prefix"]);if(x!==undefined){s+=c+"\"prefix\":"+x;c=","}
x=$v(v["rateLimitPerMinute"]);if(x!==undefined){s+=c+"\"rateLimitPerMinute\":"+x;c=","}
x=$v(v["revoked"]);if(x!==undefined){s+=c+"\"revoked\":"+x;c=","}
x=$v(v["revokedAt"]);if(x!==undefined){s+=c+"\"revokedAt\":"+x;c=","}
x=$v(v["createdAt"]);if(x!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=$v(v["lastUsedAt"]);if(x!==undefined){s+=c+"\"lastUsedAt\":"+x;c=","}
return s+"}"
}
function s6(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["id"]);if(x!==undefined){s+=c+"\"id\":"+x;c=","}
x=$v(v["name"]);if(x!==undefined){s+=c+"\"name\":"+x;c=","}
x=$v(v["email"]);if(x!==undefined){s+=c+"\"email\":"+x;c=","}
x=$v(v["role"]);if(x!==undefined){s+=c+"\"role\":"+x;c=","}
x=$v(v["active"]);if(x!==undefined){s+=c+"\"active\":"+x;c=","}
x=$v(v["createdAt"]);if(x!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=$v(v["updatedAt"]);if(x!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
x=s7(v["profile"]);if(x!==undefined){s+=c+"\"profile\":"+x;c=","}
x=s8(v["settings"]);if(x!==undefined){s+=c+"\"settings\":"+x;c=","}
x=s9(v["permissions"]);if(x!==undefined){s+=c+"\"permissions\":"+x;c=","}
return s+"}"
}
function s7(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["bio"]);if(x!==undefined){s+=c+"\"bio\":"+x;c=","}
x=$v(v["avatarUrl"]);if(x!==undefined){s+=c+"\"avatarUrl\":"+x;c=","}
x=$v(v["location"]);if(x!==undefined){s+=c+"\"location\":"+x;c=","}
x=$v(v["website"]);if(x!==undefined){s+=c+"\"website\":"+x;c=","}
return s+"}"
}
function s8(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["theme"]);if(x!==undefined){s+=c+"\"theme\":"+x;c=","}
x=$v(v["locale"]);if(x!==undefined){s+=c+"\"locale\":"+x;c=","}
x=$v(v["timezone"]);if(x!==undefined){s+=c+"\"timezone\":"+x;c=","}
x=$v(v["emailNotifications"]);if(x!==undefined){s+=c+"\"emailNotifications\":"+x;c=","}
return s+"}"
}
function s9(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
return "{}"
}
function s10(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["id"]);if(x!==undefined){s+=c+"\"id\":"+x;c=","}
x=$v(v["url"]);if(x!==undefined){s+=c+"\"url\":"+x;c=","}
x=s4(v["events"]);if(x!==undefined){s+=c+"\"events\":"+x;c=","}
x=$v(v["payloadVersion"]);if(x!==undefined){s+=c+"\"payloadVersion\":"+x;c=","}
x=$v(v["description"]);if(x!==undefined){s+=c+"\"description\":"+x;c=","}
x=$v(v["enabled"]);if(x!==undefined){s+=c+"\"enabled\":"+x;c=","}
x=$v(v["disabledReason"]);if(x!==undefined){s+=c+"\"disabledReason\":"+x;c=","}
x=$v(v["createdAt"]);if(x!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=$v(v["updatedAt"]);if(x!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
return s+"}"
}
function s11(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=s12(v["apiKeys"]);if(x!==undefined){s+=c+"\"apiKeys\":"+x;c=","}
x=$v(v["total"]);if(x!==undefined){s+=c+"\"total\":"+x;c=","}
x=$v(v["page"]);if(x!==undefined){s+=c+"\"page\":"+x;c=","}
x=$v(v["pages"]);if(x!==undefined){s+=c+"\"pages\":"+x;c=","}
return s+"}"
}
function s12(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(s5(v[i])??"null");return s+"]"}
return "{}"
}
function s13(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=s14(v["users"]);if(x!==undefined){s+=c+"\"users\":"+x;c=","}
x=$v(v["total"]);if(x!==undefined){s+=c+"\"total\":"+x;c=","}
x=$v(v["page"]);if(x!==undefined){s+=c+"\"page\":"+x;c=","}
x=$v(v["pages"]);if(x!==undefined){s+=c+"\"pages\":"+x;c=","}
return s+"}"
}
function s14(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(s6(v[i])??"null");return s+"]"}
return "{}"
}
function s15(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["type"]);if(x!==undefined){s+=c+"\"type\":"+x;c=","}
x=$v(v["title"]);if(x!==undefined){s+=c+"\"title\":"+x;c=","}
x=$v(v["status"]);if(x!==undefined){s+=c+"\"status\":"+x;c=","}
x=$v(v["detail"]);if(x!==undefined){s+=c+"\"detail\":"+x;c=","}
x=$v(v["code"]);if(x!==undefined){s+=c+"\"code\":"+x;c=","}
x=s16(v["errors"]);if(x!==undefined){s+=c+"\"errors\":"+x;c=","}
return s+"}"
}
function s16(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(s17(v[i])??"null");return s+"]"}
return "{}"
}
function s17(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["field"]);if(x!==undefined){s+=c+"\"field\":"+x;c=","}
x=$v(v["message"]);if(x!==undefined){s+=c+"\"message\":"+x;c=","}
return s+"}"
}
function s18(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=s19(v["deliveries"]);if(x!==undefined){s+=c+"\"deliveries\":"+x;c=","}
x=$v(v["total"]);if(x!==undefined){s+=c+"\"total\":"+x;c=","}
x=$v(v["page"]);if(x!==undefined){s+=c+"\"page\":"+x;c=","}
x=$v(v["pages"]);if(x!==undefined){s+=c+"\"pages\":"+x;c=","}
return s+"}"
}
function s19(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(s20(v[i])??"null");return s+"]"}
return "{}"
}
function s20(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["id"]);if(x!==undefined){s+=c+"\"id\":"+x;c=","}
x=$v(v["endpointId"]);if(x!==undefined){s+=c+"\"endpointId\":"+x;c=","}
x=$v(v["event"]);if(x!==undefined){s+=c+"\"event\":"+x;c=","}
x=$v(v["status"]);if(x!==undefined){s+=c+"\"status\":"+x;c=","}
x=$v(v["test"]);if(x!==undefined){s+=c+"\"test\":"+x;c=","}
x=$v(v["payload"]);if(x!==undefined){s+=c+"\"payload\":"+x;c=","}
x=s21(v["attempts"]);if(x!==undefined){s+=c+"\"attempts\":"+x;c=","}
x=$v(v["nextAttemptAt"]);if(x!==undefined){s+=c+"\"nextAttemptAt\":"+x;c=","}
x=$v(v["createdAt"]);if(x!==undefined){s+=c+"\"createdAt\":"+x;c=","}
return s+"}"
}
function s21(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(s22(v[i])??"null");return s+"]"}
return "{}"
}
function s22(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["attemptedAt"]);if(x!==undefined){s+=c+"\"attemptedAt\":"+x;c=","}
x=$v(v["statusCode"]);if(x!==undefined){s+=c+"\"statusCode\":"+x;c=","}
x=$v(v["latencyMs"]);if(x!==undefined){s+=c+"\"latencyMs\":"+x;c=","}
x=$v(v["error"]);if(x!==undefined){s+=c+"\"error\":"+x;c=","}
x=$v(v["responseBody"]);if(x!==undefined){s+=c+"\"responseBody\":"+x;c=","}
return s+"}"
}
function s23(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=s24(v["endpoints"]);if(x!==undefined){s+=c+"\"endpoints\":"+x;c=","}
x=$v(v["total"]);if(x!==undefined){s+=c+"\"total\":"+x;c=","}
x=$v(v["page"]);if(x!==undefined){s+=c+"\"page\":"+x;c=","}
x=$v(v["pages"]);if(x!==undefined){s+=c+"\"pages\":"+x;c=","}
return s+"}"
}
function s24(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v)){let s="[";for(let i=0;i<v.length;i++)s+=(i?",":"")+(s10(v[i])??"null");return s+"]"}
return "{}"
}
function s25(v){
if(typeof v!=="object"||v===null||typeof v.toJSON==="function")return $s(v);
if(Array.isArray(v))return $s(v);
let s="{",c="",x;
x=$v(v["id"]);if(x!==undefined){s+=c+"\"id\":"+x;c=","}
x=$v(v["url"]);if(x!==undefined){s+=c+"\"url\":"+x;c=","}
x=s4(v["events"]);if(x!==undefined){s+=c+"\"events\":"+x;c=","}
x=$v(v["payloadVersion"]);if(x!==undefined){s+=c+"\"payloadVersion\":"+x;c=","}
x=$v(v["description"]);if(x!==undefined){s+=c+"\"description\":"+x;c=","}
x=$v(v["enabled"]);if(x!==undefined){s+=c+"\"enabled\":"+x;c=","}
x=$v(v["disabledReason"]);if(x!==undefined){s+=c+"\"disabledReason\":"+x;c=","}
x=$v(v["createdAt"]);if(x!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=$v(v["updatedAt"]);if(x!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
x=$v(v["secret"]);if(x!==undefined){s+=c+"\"secret\":"+x;c=","}
x=$v(v["previousSecretExpiresAt"]);if(x!==undefined){s+=c+"\"previousSecretExpiresAt\":"+x;c=","}
return s+"}"
}

export const createApiKey__201__0 = s0;
export const createToken__201__0 = s1;
export const createUser__201__0 = s2;
export const createWebhookEndpoint__201__0 = s3;
export const getApiKey__200__0 = s5;
export const getUser__200__0 = s6;
export const getWebhookEndpoint__200__0 = s10;
export const listApiKeys__200__0 = s11;
export const listUsers__200__0 = s13;
export const listUsers__400__0 = s15;
export const listWebhookDeliveries__200__0 = s18;
export const listWebhookEndpoints__200__0 = s23;
export const retryWebhookDelivery__202__0 = s20;
export const updateWebhookEndpoint__200__0 = s25;
