// generated from spec/v2/openapi.yaml - do not edit
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
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$s(x);c=","}
x=v["role"];if(x!==undefined){s+=c+"\"role\":"+$s(x);c=","}
x=v["prefix"];if(x!==undefined){s+=c+"\"prefix\":"+$s(x);c=","}
x=v["rateLimitPerMinute"];if(x!==undefined){s+=c+"\"rateLimitPerMinute\":"+$s(x);c=","}
x=v["revoked"];if(x!==undefined){s+=c+"\"revoked\":"+$s(x);c=","}
x=v["revokedAt"];if(x!==undefined){s+=c+"\"revokedAt\":"+$s(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$s(x);c=","}
x=v["lastUsedAt"];if(x!==undefined){s+=c+"\"lastUsedAt\":"+$s(x);c=","}
x=v["key"];if(x!==undefined){s+=c+"\"key\":"+$s(x);c=","}
return s + "}";
}
function s1(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["token"];if(x!==undefined){s+=c+"\"token\":"+$s(x);c=","}
x=v["tokenType"];if(x!==undefined){s+=c+"\"tokenType\":"+$s(x);c=","}
x=v["expiresAt"];if(x!==undefined){s+=c+"\"expiresAt\":"+$s(x);c=","}
x=v["userId"];if(x!==undefined){s+=c+"\"userId\":"+$s(x);c=","}
return s + "}";
}
function s2(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$s(x);c=","}
x=v["token"];if(x!==undefined){s+=c+"\"token\":"+$s(x);c=","}
x=v["tokenExpiresAt"];if(x!==undefined){s+=c+"\"tokenExpiresAt\":"+$s(x);c=","}
return s + "}";
}
function s3(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$s(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s4(x);c=","}
x=v["payloadVersion"];if(x!==undefined){s+=c+"\"payloadVersion\":"+$s(x);c=","}
x=v["description"];if(x!==undefined){s+=c+"\"description\":"+$s(x);c=","}
x=v["enabled"];if(x!==undefined){s+=c+"\"enabled\":"+$s(x);c=","}
x=v["disabledReason"];if(x!==undefined){s+=c+"\"disabledReason\":"+$s(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$s(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$s(x);c=","}
x=v["secret"];if(x!==undefined){s+=c+"\"secret\":"+$s(x);c=","}
x=v["previousSecretExpiresAt"];if(x!==undefined){s+=c+"\"previousSecretExpiresAt\":"+$s(x);c=","}
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
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$s(x);c=","}
x=v["role"];if(x!==undefined){s+=c+"\"role\":"+$s(x);c=","}
x=v["prefix"];if(x!==undefined){s+=c+"\"prefix\":"+$s(x);c=","}
x=v["rateLimitPerMinute"];if(x!==undefined){s+=c+"\"rateLimitPerMinute\":"+$s(x);c=","}
x=v["revoked"];if(x!==undefined){s+=c+"\"revoked\":"+$s(x);c=","}
x=v["revokedAt"];if(x!==undefined){s+=c+"\"revokedAt\":"+$s(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$s(x);c=","}
x=v["lastUsedAt"];if(x!==undefined){s+=c+"\"lastUsedAt\":"+$s(x);c=","}
return s + "}";
}
function s6(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$s(x);c=","}
x=v["email"];if(x!==undefined){s+=c+"\"email\":"+$s(x);c=","}
x=v["role"];if(x!==undefined){s+=c+"\"role\":"+$s(x);c=","}
x=v["active"];if(x!==undefined){s+=c+"\"active\":"+$s(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$s(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$s(x);c=","}
x=v["profile"];if(x!==undefined){s+=c+"\"profile\":"+s7(x);c=","}
x=v["settings"];if(x!==undefined){s+=c+"\"settings\":"+s8(x);c=","}
x=v["permissions"];if(x!==undefined){s+=c+"\"permissions\":"+s9(x);c=","}
return s + "}";
}
function s7(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["bio"];if(x!==undefined){s+=c+"\"bio\":"+$s(x);c=","}
x=v["avatarUrl"];if(x!==undefined){s+=c+"\"avatarUrl\":"+$s(x);c=","}
x=v["location"];if(x!==undefined){s+=c+"\"location\":"+$s(x);c=","}
x=v["website"];if(x!==undefined){s+=c+"\"website\":"+$s(x);c=","}
return s + "}";
}
function s8(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["theme"];if(x!==undefined){s+=c+"\"theme\":"+$s(x);c=","}
x=v["locale"];if(x!==undefined){s+=c+"\"locale\":"+$s(x);c=","}
x=v["timezone"];if(x!==undefined){s+=c+"\"timezone\":"+$s(x);c=","}
x=v["emailNotifications"];if(x!==undefined){s+=c+"\"emailNotifications\":"+$s(x);c=","}
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
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$s(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s4(x);c=","}
x=v["payloadVersion"];if(x!==undefined){s+=c+"\"payloadVersion\":"+$s(x);c=","}
x=v["description"];if(x!==undefined){s+=c+"\"description\":"+$s(x);c=","}
x=v["enabled"];if(x!==undefined){s+=c+"\"enabled\":"+$s(x);c=","}
x=v["disabledReason"];if(x!==undefined){s+=c+"\"disabledReason\":"+$s(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$s(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$s(x);c=","}
return s + "}";
}
function s11(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["apiKeys"];if(x!==undefined){s+=c+"\"apiKeys\":"+s12(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$s(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$s(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$s(x);c=","}
return s + "}";
}
function s12(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s5);
return "{}";
}
function s13(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["users"];if(x!==undefined){s+=c+"\"users\":"+s14(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$s(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$s(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$s(x);c=","}
return s + "}";
}
function s14(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s6);
return "{}";
}
function s15(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["type"];if(x!==undefined){s+=c+"\"type\":"+$s(x);c=","}
x=v["title"];if(x!==undefined){s+=c+"\"title\":"+$s(x);c=","}
x=v["status"];if(x!==undefined){s+=c+"\"status\":"+$s(x);c=","}
x=v["detail"];if(x!==undefined){s+=c+"\"detail\":"+$s(x);c=","}
x=v["code"];if(x!==undefined){s+=c+"\"code\":"+$s(x);c=","}
x=v["errors"];if(x!==undefined){s+=c+"\"errors\":"+s16(x);c=","}
return s + "}";
}
function s16(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s17);
return "{}";
}
function s17(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["field"];if(x!==undefined){s+=c+"\"field\":"+$s(x);c=","}
x=v["message"];if(x!==undefined){s+=c+"\"message\":"+$s(x);c=","}
return s + "}";
}
function s18(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["deliveries"];if(x!==undefined){s+=c+"\"deliveries\":"+s19(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$s(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$s(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$s(x);c=","}
return s + "}";
}
function s19(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s20);
return "{}";
}
function s20(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["endpointId"];if(x!==undefined){s+=c+"\"endpointId\":"+$s(x);c=","}
x=v["event"];if(x!==undefined){s+=c+"\"event\":"+$s(x);c=","}
x=v["status"];if(x!==undefined){s+=c+"\"status\":"+$s(x);c=","}
x=v["test"];if(x!==undefined){s+=c+"\"test\":"+$s(x);c=","}
x=v["payload"];if(x!==undefined){s+=c+"\"payload\":"+$s(x);c=","}
x=v["attempts"];if(x!==undefined){s+=c+"\"attempts\":"+s21(x);c=","}
x=v["nextAttemptAt"];if(x!==undefined){s+=c+"\"nextAttemptAt\":"+$s(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$s(x);c=","}
return s + "}";
}
function s21(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s22);
return "{}";
}
function s22(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["attemptedAt"];if(x!==undefined){s+=c+"\"attemptedAt\":"+$s(x);c=","}
x=v["statusCode"];if(x!==undefined){s+=c+"\"statusCode\":"+$s(x);c=","}
x=v["latencyMs"];if(x!==undefined){s+=c+"\"latencyMs\":"+$s(x);c=","}
x=v["error"];if(x!==undefined){s+=c+"\"error\":"+$s(x);c=","}
x=v["responseBody"];if(x!==undefined){s+=c+"\"responseBody\":"+$s(x);c=","}
return s + "}";
}
function s23(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["endpoints"];if(x!==undefined){s+=c+"\"endpoints\":"+s24(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$s(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$s(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$s(x);c=","}
return s + "}";
}
function s24(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s10);
return "{}";
}
function s25(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$s(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s4(x);c=","}
x=v["payloadVersion"];if(x!==undefined){s+=c+"\"payloadVersion\":"+$s(x);c=","}
x=v["description"];if(x!==undefined){s+=c+"\"description\":"+$s(x);c=","}
x=v["enabled"];if(x!==undefined){s+=c+"\"enabled\":"+$s(x);c=","}
x=v["disabledReason"];if(x!==undefined){s+=c+"\"disabledReason\":"+$s(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$s(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$s(x);c=","}
x=v["secret"];if(x!==undefined){s+=c+"\"secret\":"+$s(x);c=","}
x=v["previousSecretExpiresAt"];if(x!==undefined){s+=c+"\"previousSecretExpiresAt\":"+$s(x);c=","}
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
