// generated from spec/v2/openapi.yaml - do not edit
const $s = JSON.stringify;
/** Needs escaping in a JSON string: quote, backslash, control characters, and surrogates (lone ones are escaped). */
const $e = /["\\\u0000-\u001f\ud800-\udfff]/;
/** A value written exactly as JSON.stringify writes it, strings and numbers without calling it. */
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
    if (!known.has(k) && Object.hasOwn(v, k) && v[k] !== undefined) { s += c + $v(k) + ":" + write(v[k]); c = ","; }
  }
  return s;
}

function s0(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$v(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$v(x);c=","}
x=v["role"];if(x!==undefined){s+=c+"\"role\":"+$v(x);c=","}
x=v["prefix"];if(x!==undefined){s+=c+"\"prefix\":"+$v(x);c=","}
x=v["rateLimitPerMinute"];if(x!==undefined){s+=c+"\"rateLimitPerMinute\":"+$v(x);c=","}
x=v["revoked"];if(x!==undefined){s+=c+"\"revoked\":"+$v(x);c=","}
x=v["revokedAt"];if(x!==undefined){s+=c+"\"revokedAt\":"+$v(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$v(x);c=","}
x=v["lastUsedAt"];if(x!==undefined){s+=c+"\"lastUsedAt\":"+$v(x);c=","}
x=v["key"];if(x!==undefined){s+=c+"\"key\":"+$v(x);c=","}
return s + "}";
}
function s1(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["token"];if(x!==undefined){s+=c+"\"token\":"+$v(x);c=","}
x=v["tokenType"];if(x!==undefined){s+=c+"\"tokenType\":"+$v(x);c=","}
x=v["expiresAt"];if(x!==undefined){s+=c+"\"expiresAt\":"+$v(x);c=","}
x=v["userId"];if(x!==undefined){s+=c+"\"userId\":"+$v(x);c=","}
return s + "}";
}
function s2(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$v(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$v(x);c=","}
x=v["token"];if(x!==undefined){s+=c+"\"token\":"+$v(x);c=","}
x=v["tokenExpiresAt"];if(x!==undefined){s+=c+"\"tokenExpiresAt\":"+$v(x);c=","}
return s + "}";
}
function s3(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$v(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$v(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s4(x);c=","}
x=v["payloadVersion"];if(x!==undefined){s+=c+"\"payloadVersion\":"+$v(x);c=","}
x=v["description"];if(x!==undefined){s+=c+"\"description\":"+$v(x);c=","}
x=v["enabled"];if(x!==undefined){s+=c+"\"enabled\":"+$v(x);c=","}
x=v["disabledReason"];if(x!==undefined){s+=c+"\"disabledReason\":"+$v(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$v(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$v(x);c=","}
x=v["secret"];if(x!==undefined){s+=c+"\"secret\":"+$v(x);c=","}
x=v["previousSecretExpiresAt"];if(x!==undefined){s+=c+"\"previousSecretExpiresAt\":"+$v(x);c=","}
return s + "}";
}
function s4(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
return "{}";
}
function s5(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$v(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$v(x);c=","}
x=v["role"];if(x!==undefined){s+=c+"\"role\":"+$v(x);c=","}
x=v["prefix"];if(x!==undefined){s+=c+"\"prefix\":"+$v(x);c=","}
x=v["rateLimitPerMinute"];if(x!==undefined){s+=c+"\"rateLimitPerMinute\":"+$v(x);c=","}
x=v["revoked"];if(x!==undefined){s+=c+"\"revoked\":"+$v(x);c=","}
x=v["revokedAt"];if(x!==undefined){s+=c+"\"revokedAt\":"+$v(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$v(x);c=","}
x=v["lastUsedAt"];if(x!==undefined){s+=c+"\"lastUsedAt\":"+$v(x);c=","}
return s + "}";
}
function s6(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$v(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$v(x);c=","}
x=v["email"];if(x!==undefined){s+=c+"\"email\":"+$v(x);c=","}
x=v["role"];if(x!==undefined){s+=c+"\"role\":"+$v(x);c=","}
x=v["active"];if(x!==undefined){s+=c+"\"active\":"+$v(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$v(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$v(x);c=","}
x=v["profile"];if(x!==undefined){s+=c+"\"profile\":"+s7(x);c=","}
x=v["settings"];if(x!==undefined){s+=c+"\"settings\":"+s8(x);c=","}
x=v["permissions"];if(x!==undefined){s+=c+"\"permissions\":"+s9(x);c=","}
return s + "}";
}
function s7(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["bio"];if(x!==undefined){s+=c+"\"bio\":"+$v(x);c=","}
x=v["avatarUrl"];if(x!==undefined){s+=c+"\"avatarUrl\":"+$v(x);c=","}
x=v["location"];if(x!==undefined){s+=c+"\"location\":"+$v(x);c=","}
x=v["website"];if(x!==undefined){s+=c+"\"website\":"+$v(x);c=","}
return s + "}";
}
function s8(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["theme"];if(x!==undefined){s+=c+"\"theme\":"+$v(x);c=","}
x=v["locale"];if(x!==undefined){s+=c+"\"locale\":"+$v(x);c=","}
x=v["timezone"];if(x!==undefined){s+=c+"\"timezone\":"+$v(x);c=","}
x=v["emailNotifications"];if(x!==undefined){s+=c+"\"emailNotifications\":"+$v(x);c=","}
return s + "}";
}
function s9(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
return "{}";
}
function s10(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$v(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$v(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s4(x);c=","}
x=v["payloadVersion"];if(x!==undefined){s+=c+"\"payloadVersion\":"+$v(x);c=","}
x=v["description"];if(x!==undefined){s+=c+"\"description\":"+$v(x);c=","}
x=v["enabled"];if(x!==undefined){s+=c+"\"enabled\":"+$v(x);c=","}
x=v["disabledReason"];if(x!==undefined){s+=c+"\"disabledReason\":"+$v(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$v(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$v(x);c=","}
return s + "}";
}
function s11(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["apiKeys"];if(x!==undefined){s+=c+"\"apiKeys\":"+s12(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$v(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$v(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$v(x);c=","}
return s + "}";
}
function s12(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (v[i] === undefined ? "null" : s5(v[i])); return s + "]"; }
return "{}";
}
function s13(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["users"];if(x!==undefined){s+=c+"\"users\":"+s14(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$v(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$v(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$v(x);c=","}
return s + "}";
}
function s14(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (v[i] === undefined ? "null" : s6(v[i])); return s + "]"; }
return "{}";
}
function s15(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["type"];if(x!==undefined){s+=c+"\"type\":"+$v(x);c=","}
x=v["title"];if(x!==undefined){s+=c+"\"title\":"+$v(x);c=","}
x=v["status"];if(x!==undefined){s+=c+"\"status\":"+$v(x);c=","}
x=v["detail"];if(x!==undefined){s+=c+"\"detail\":"+$v(x);c=","}
x=v["code"];if(x!==undefined){s+=c+"\"code\":"+$v(x);c=","}
x=v["errors"];if(x!==undefined){s+=c+"\"errors\":"+s16(x);c=","}
return s + "}";
}
function s16(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (v[i] === undefined ? "null" : s17(v[i])); return s + "]"; }
return "{}";
}
function s17(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["field"];if(x!==undefined){s+=c+"\"field\":"+$v(x);c=","}
x=v["message"];if(x!==undefined){s+=c+"\"message\":"+$v(x);c=","}
return s + "}";
}
function s18(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["deliveries"];if(x!==undefined){s+=c+"\"deliveries\":"+s19(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$v(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$v(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$v(x);c=","}
return s + "}";
}
function s19(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (v[i] === undefined ? "null" : s20(v[i])); return s + "]"; }
return "{}";
}
function s20(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$v(x);c=","}
x=v["endpointId"];if(x!==undefined){s+=c+"\"endpointId\":"+$v(x);c=","}
x=v["event"];if(x!==undefined){s+=c+"\"event\":"+$v(x);c=","}
x=v["status"];if(x!==undefined){s+=c+"\"status\":"+$v(x);c=","}
x=v["test"];if(x!==undefined){s+=c+"\"test\":"+$v(x);c=","}
x=v["payload"];if(x!==undefined){s+=c+"\"payload\":"+$v(x);c=","}
x=v["attempts"];if(x!==undefined){s+=c+"\"attempts\":"+s21(x);c=","}
x=v["nextAttemptAt"];if(x!==undefined){s+=c+"\"nextAttemptAt\":"+$v(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$v(x);c=","}
return s + "}";
}
function s21(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (v[i] === undefined ? "null" : s22(v[i])); return s + "]"; }
return "{}";
}
function s22(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["attemptedAt"];if(x!==undefined){s+=c+"\"attemptedAt\":"+$v(x);c=","}
x=v["statusCode"];if(x!==undefined){s+=c+"\"statusCode\":"+$v(x);c=","}
x=v["latencyMs"];if(x!==undefined){s+=c+"\"latencyMs\":"+$v(x);c=","}
x=v["error"];if(x!==undefined){s+=c+"\"error\":"+$v(x);c=","}
x=v["responseBody"];if(x!==undefined){s+=c+"\"responseBody\":"+$v(x);c=","}
return s + "}";
}
function s23(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["endpoints"];if(x!==undefined){s+=c+"\"endpoints\":"+s24(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$v(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$v(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$v(x);c=","}
return s + "}";
}
function s24(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (v[i] === undefined ? "null" : s10(v[i])); return s + "]"; }
return "{}";
}
function s25(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$v(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$v(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s4(x);c=","}
x=v["payloadVersion"];if(x!==undefined){s+=c+"\"payloadVersion\":"+$v(x);c=","}
x=v["description"];if(x!==undefined){s+=c+"\"description\":"+$v(x);c=","}
x=v["enabled"];if(x!==undefined){s+=c+"\"enabled\":"+$v(x);c=","}
x=v["disabledReason"];if(x!==undefined){s+=c+"\"disabledReason\":"+$v(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$v(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$v(x);c=","}
x=v["secret"];if(x!==undefined){s+=c+"\"secret\":"+$v(x);c=","}
x=v["previousSecretExpiresAt"];if(x!==undefined){s+=c+"\"previousSecretExpiresAt\":"+$v(x);c=","}
return s + "}";
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
