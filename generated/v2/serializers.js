// generated from spec/v2/openapi.yaml - do not edit
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
x=v["role"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"role\":"+x;c=","}
x=v["prefix"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"prefix\":"+x;c=","}
x=v["rateLimitPerMinute"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"rateLimitPerMinute\":"+x;c=","}
x=v["revoked"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"revoked\":"+x;c=","}
x=v["revokedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"revokedAt\":"+x;c=","}
x=v["createdAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=v["lastUsedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"lastUsedAt\":"+x;c=","}
x=v["key"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"key\":"+x;c=","}
return s + "}";
}
function s1(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["token"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"token\":"+x;c=","}
x=v["tokenType"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"tokenType\":"+x;c=","}
x=v["expiresAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"expiresAt\":"+x;c=","}
x=v["userId"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"userId\":"+x;c=","}
return s + "}";
}
function s2(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"id\":"+x;c=","}
x=v["name"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"name\":"+x;c=","}
x=v["token"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"token\":"+x;c=","}
x=v["tokenExpiresAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"tokenExpiresAt\":"+x;c=","}
return s + "}";
}
function s3(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"id\":"+x;c=","}
x=v["url"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"url\":"+x;c=","}
x=v["events"];if(x!==undefined&&(x=s4(x))!==undefined){s+=c+"\"events\":"+x;c=","}
x=v["payloadVersion"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"payloadVersion\":"+x;c=","}
x=v["description"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"description\":"+x;c=","}
x=v["enabled"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"enabled\":"+x;c=","}
x=v["disabledReason"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"disabledReason\":"+x;c=","}
x=v["createdAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=v["updatedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
x=v["secret"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"secret\":"+x;c=","}
x=v["previousSecretExpiresAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"previousSecretExpiresAt\":"+x;c=","}
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
x=v["id"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"id\":"+x;c=","}
x=v["name"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"name\":"+x;c=","}
x=v["role"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"role\":"+x;c=","}
x=v["prefix"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"prefix\":"+x;c=","}
x=v["rateLimitPerMinute"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"rateLimitPerMinute\":"+x;c=","}
x=v["revoked"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"revoked\":"+x;c=","}
x=v["revokedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"revokedAt\":"+x;c=","}
x=v["createdAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=v["lastUsedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"lastUsedAt\":"+x;c=","}
return s + "}";
}
function s6(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"id\":"+x;c=","}
x=v["name"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"name\":"+x;c=","}
x=v["email"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"email\":"+x;c=","}
x=v["role"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"role\":"+x;c=","}
x=v["active"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"active\":"+x;c=","}
x=v["createdAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=v["updatedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
x=v["profile"];if(x!==undefined&&(x=s7(x))!==undefined){s+=c+"\"profile\":"+x;c=","}
x=v["settings"];if(x!==undefined&&(x=s8(x))!==undefined){s+=c+"\"settings\":"+x;c=","}
x=v["permissions"];if(x!==undefined&&(x=s9(x))!==undefined){s+=c+"\"permissions\":"+x;c=","}
return s + "}";
}
function s7(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["bio"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"bio\":"+x;c=","}
x=v["avatarUrl"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"avatarUrl\":"+x;c=","}
x=v["location"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"location\":"+x;c=","}
x=v["website"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"website\":"+x;c=","}
return s + "}";
}
function s8(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["theme"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"theme\":"+x;c=","}
x=v["locale"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"locale\":"+x;c=","}
x=v["timezone"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"timezone\":"+x;c=","}
x=v["emailNotifications"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"emailNotifications\":"+x;c=","}
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
x=v["id"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"id\":"+x;c=","}
x=v["url"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"url\":"+x;c=","}
x=v["events"];if(x!==undefined&&(x=s4(x))!==undefined){s+=c+"\"events\":"+x;c=","}
x=v["payloadVersion"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"payloadVersion\":"+x;c=","}
x=v["description"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"description\":"+x;c=","}
x=v["enabled"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"enabled\":"+x;c=","}
x=v["disabledReason"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"disabledReason\":"+x;c=","}
x=v["createdAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=v["updatedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
return s + "}";
}
function s11(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["apiKeys"];if(x!==undefined&&(x=s12(x))!==undefined){s+=c+"\"apiKeys\":"+x;c=","}
x=v["total"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"total\":"+x;c=","}
x=v["page"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"page\":"+x;c=","}
x=v["pages"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"pages\":"+x;c=","}
return s + "}";
}
function s12(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (s5(v[i]) ?? "null"); return s + "]"; }
return "{}";
}
function s13(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["users"];if(x!==undefined&&(x=s14(x))!==undefined){s+=c+"\"users\":"+x;c=","}
x=v["total"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"total\":"+x;c=","}
x=v["page"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"page\":"+x;c=","}
x=v["pages"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"pages\":"+x;c=","}
return s + "}";
}
function s14(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (s6(v[i]) ?? "null"); return s + "]"; }
return "{}";
}
function s15(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["type"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"type\":"+x;c=","}
x=v["title"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"title\":"+x;c=","}
x=v["status"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"status\":"+x;c=","}
x=v["detail"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"detail\":"+x;c=","}
x=v["code"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"code\":"+x;c=","}
x=v["errors"];if(x!==undefined&&(x=s16(x))!==undefined){s+=c+"\"errors\":"+x;c=","}
return s + "}";
}
function s16(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (s17(v[i]) ?? "null"); return s + "]"; }
return "{}";
}
function s17(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["field"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"field\":"+x;c=","}
x=v["message"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"message\":"+x;c=","}
return s + "}";
}
function s18(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["deliveries"];if(x!==undefined&&(x=s19(x))!==undefined){s+=c+"\"deliveries\":"+x;c=","}
x=v["total"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"total\":"+x;c=","}
x=v["page"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"page\":"+x;c=","}
x=v["pages"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"pages\":"+x;c=","}
return s + "}";
}
function s19(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (s20(v[i]) ?? "null"); return s + "]"; }
return "{}";
}
function s20(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"id\":"+x;c=","}
x=v["endpointId"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"endpointId\":"+x;c=","}
x=v["event"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"event\":"+x;c=","}
x=v["status"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"status\":"+x;c=","}
x=v["test"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"test\":"+x;c=","}
x=v["payload"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"payload\":"+x;c=","}
x=v["attempts"];if(x!==undefined&&(x=s21(x))!==undefined){s+=c+"\"attempts\":"+x;c=","}
x=v["nextAttemptAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"nextAttemptAt\":"+x;c=","}
x=v["createdAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"createdAt\":"+x;c=","}
return s + "}";
}
function s21(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (s22(v[i]) ?? "null"); return s + "]"; }
return "{}";
}
function s22(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["attemptedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"attemptedAt\":"+x;c=","}
x=v["statusCode"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"statusCode\":"+x;c=","}
x=v["latencyMs"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"latencyMs\":"+x;c=","}
x=v["error"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"error\":"+x;c=","}
x=v["responseBody"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"responseBody\":"+x;c=","}
return s + "}";
}
function s23(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["endpoints"];if(x!==undefined&&(x=s24(x))!==undefined){s+=c+"\"endpoints\":"+x;c=","}
x=v["total"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"total\":"+x;c=","}
x=v["page"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"page\":"+x;c=","}
x=v["pages"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"pages\":"+x;c=","}
return s + "}";
}
function s24(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) { let s = "["; for (let i = 0; i < v.length; i++) s += (i === 0 ? "" : ",") + (s10(v[i]) ?? "null"); return s + "]"; }
return "{}";
}
function s25(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"id\":"+x;c=","}
x=v["url"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"url\":"+x;c=","}
x=v["events"];if(x!==undefined&&(x=s4(x))!==undefined){s+=c+"\"events\":"+x;c=","}
x=v["payloadVersion"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"payloadVersion\":"+x;c=","}
x=v["description"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"description\":"+x;c=","}
x=v["enabled"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"enabled\":"+x;c=","}
x=v["disabledReason"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"disabledReason\":"+x;c=","}
x=v["createdAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"createdAt\":"+x;c=","}
x=v["updatedAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"updatedAt\":"+x;c=","}
x=v["secret"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"secret\":"+x;c=","}
x=v["previousSecretExpiresAt"];if(x!==undefined&&(x=$v(x))!==undefined){s+=c+"\"previousSecretExpiresAt\":"+x;c=","}
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
