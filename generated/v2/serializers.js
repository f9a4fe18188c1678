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
x=v["type"];if(x!==undefined){s+=c+"\"type\":"+$s(x);c=","}
x=v["title"];if(x!==undefined){s+=c+"\"title\":"+$s(x);c=","}
x=v["status"];if(x!==undefined){s+=c+"\"status\":"+$s(x);c=","}
x=v["detail"];if(x!==undefined){s+=c+"\"detail\":"+$s(x);c=","}
x=v["code"];if(x!==undefined){s+=c+"\"code\":"+$s(x);c=","}
x=v["errors"];if(x!==undefined){s+=c+"\"errors\":"+s2(x);c=","}
return s + "}";
}
function s2(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s3);
return "{}";
}
function s3(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["field"];if(x!==undefined){s+=c+"\"field\":"+$s(x);c=","}
x=v["message"];if(x!==undefined){s+=c+"\"message\":"+$s(x);c=","}
return s + "}";
}
function s4(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["token"];if(x!==undefined){s+=c+"\"token\":"+$s(x);c=","}
x=v["tokenType"];if(x!==undefined){s+=c+"\"tokenType\":"+$s(x);c=","}
x=v["expiresAt"];if(x!==undefined){s+=c+"\"expiresAt\":"+$s(x);c=","}
x=v["userId"];if(x!==undefined){s+=c+"\"userId\":"+$s(x);c=","}
return s + "}";
}
function s5(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["name"];if(x!==undefined){s+=c+"\"name\":"+$s(x);c=","}
x=v["token"];if(x!==undefined){s+=c+"\"token\":"+$s(x);c=","}
x=v["tokenExpiresAt"];if(x!==undefined){s+=c+"\"tokenExpiresAt\":"+$s(x);c=","}
return s + "}";
}
function s6(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$s(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s7(x);c=","}
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
function s7(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
return "{}";
}
function s8(v) {
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
function s9(v) {
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
x=v["profile"];if(x!==undefined){s+=c+"\"profile\":"+s10(x);c=","}
x=v["settings"];if(x!==undefined){s+=c+"\"settings\":"+s11(x);c=","}
x=v["permissions"];if(x!==undefined){s+=c+"\"permissions\":"+s12(x);c=","}
return s + "}";
}
function s10(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["bio"];if(x!==undefined){s+=c+"\"bio\":"+$s(x);c=","}
x=v["avatarUrl"];if(x!==undefined){s+=c+"\"avatarUrl\":"+$s(x);c=","}
x=v["location"];if(x!==undefined){s+=c+"\"location\":"+$s(x);c=","}
x=v["website"];if(x!==undefined){s+=c+"\"website\":"+$s(x);c=","}
return s + "}";
}
function s11(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["theme"];if(x!==undefined){s+=c+"\"theme\":"+$s(x);c=","}
x=v["locale"];if(x!==undefined){s+=c+"\"locale\":"+$s(x);c=","}
x=v["timezone"];if(x!==undefined){s+=c+"\"timezone\":"+$s(x);c=","}
x=v["emailNotifications"];if(x!==undefined){s+=c+"\"emailNotifications\":"+$s(x);c=","}
return s + "}";
}
function s12(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
return "{}";
}
function s13(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$s(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s7(x);c=","}
x=v["payloadVersion"];if(x!==undefined){s+=c+"\"payloadVersion\":"+$s(x);c=","}
x=v["description"];if(x!==undefined){s+=c+"\"description\":"+$s(x);c=","}
x=v["enabled"];if(x!==undefined){s+=c+"\"enabled\":"+$s(x);c=","}
x=v["disabledReason"];if(x!==undefined){s+=c+"\"disabledReason\":"+$s(x);c=","}
x=v["createdAt"];if(x!==undefined){s+=c+"\"createdAt\":"+$s(x);c=","}
x=v["updatedAt"];if(x!==undefined){s+=c+"\"updatedAt\":"+$s(x);c=","}
return s + "}";
}
function s14(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["apiKeys"];if(x!==undefined){s+=c+"\"apiKeys\":"+s15(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$s(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$s(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$s(x);c=","}
return s + "}";
}
function s15(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s8);
return "{}";
}
function s16(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["users"];if(x!==undefined){s+=c+"\"users\":"+s17(x);c=","}
x=v["total"];if(x!==undefined){s+=c+"\"total\":"+$s(x);c=","}
x=v["page"];if(x!==undefined){s+=c+"\"page\":"+$s(x);c=","}
x=v["pages"];if(x!==undefined){s+=c+"\"pages\":"+$s(x);c=","}
return s + "}";
}
function s17(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $a(v, s9);
return "{}";
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
if (Array.isArray(v)) return $a(v, s13);
return "{}";
}
function s25(v) {
if (v === null || typeof v !== "object" || typeof v.toJSON === "function") return $s(v);
if (Array.isArray(v)) return $s(v);
let s = "{", c = "", x;
x=v["id"];if(x!==undefined){s+=c+"\"id\":"+$s(x);c=","}
x=v["url"];if(x!==undefined){s+=c+"\"url\":"+$s(x);c=","}
x=v["events"];if(x!==undefined){s+=c+"\"events\":"+s7(x);c=","}
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
export const createApiKey__400__0 = s1;
export const createApiKey__401__0 = s1;
export const createApiKey__403__0 = s1;
export const createApiKey__413__0 = s1;
export const createApiKey__415__0 = s1;
export const createApiKey__429__0 = s1;
export const createApiKey__431__0 = s1;
export const createApiKey__500__0 = s1;
export const createApiKey__503__0 = s1;
export const createToken__201__0 = s4;
export const createToken__400__0 = s1;
export const createToken__401__0 = s1;
export const createToken__413__0 = s1;
export const createToken__415__0 = s1;
export const createToken__429__0 = s1;
export const createToken__431__0 = s1;
export const createToken__500__0 = s1;
export const createToken__503__0 = s1;
export const createUser__201__0 = s5;
export const createUser__400__0 = s1;
export const createUser__401__0 = s1;
export const createUser__403__0 = s1;
export const createUser__409__0 = s1;
export const createUser__413__0 = s1;
export const createUser__415__0 = s1;
export const createUser__429__0 = s1;
export const createUser__431__0 = s1;
export const createUser__500__0 = s1;
export const createUser__503__0 = s1;
export const createWebhookEndpoint__201__0 = s6;
export const createWebhookEndpoint__400__0 = s1;
export const createWebhookEndpoint__401__0 = s1;
export const createWebhookEndpoint__403__0 = s1;
export const createWebhookEndpoint__413__0 = s1;
export const createWebhookEndpoint__415__0 = s1;
export const createWebhookEndpoint__429__0 = s1;
export const createWebhookEndpoint__431__0 = s1;
export const createWebhookEndpoint__500__0 = s1;
export const createWebhookEndpoint__503__0 = s1;
export const deleteUser__400__0 = s1;
export const deleteUser__401__0 = s1;
export const deleteUser__403__0 = s1;
export const deleteUser__404__0 = s1;
export const deleteUser__414__0 = s1;
export const deleteUser__429__0 = s1;
export const deleteUser__431__0 = s1;
export const deleteUser__500__0 = s1;
export const deleteUser__503__0 = s1;
export const deleteWebhookEndpoint__400__0 = s1;
export const deleteWebhookEndpoint__401__0 = s1;
export const deleteWebhookEndpoint__403__0 = s1;
export const deleteWebhookEndpoint__404__0 = s1;
export const deleteWebhookEndpoint__414__0 = s1;
export const deleteWebhookEndpoint__429__0 = s1;
export const deleteWebhookEndpoint__431__0 = s1;
export const deleteWebhookEndpoint__500__0 = s1;
export const deleteWebhookEndpoint__503__0 = s1;
export const getApiKey__200__0 = s8;
export const getApiKey__400__0 = s1;
export const getApiKey__401__0 = s1;
export const getApiKey__403__0 = s1;
export const getApiKey__404__0 = s1;
export const getApiKey__414__0 = s1;
export const getApiKey__429__0 = s1;
export const getApiKey__431__0 = s1;
export const getApiKey__500__0 = s1;
export const getApiKey__503__0 = s1;
export const getUser__200__0 = s9;
export const getUser__400__0 = s1;
export const getUser__401__0 = s1;
export const getUser__404__0 = s1;
export const getUser__414__0 = s1;
export const getUser__429__0 = s1;
export const getUser__431__0 = s1;
export const getUser__500__0 = s1;
export const getUser__503__0 = s1;
export const getWebhookEndpoint__200__0 = s13;
export const getWebhookEndpoint__400__0 = s1;
export const getWebhookEndpoint__401__0 = s1;
export const getWebhookEndpoint__403__0 = s1;
export const getWebhookEndpoint__404__0 = s1;
export const getWebhookEndpoint__414__0 = s1;
export const getWebhookEndpoint__429__0 = s1;
export const getWebhookEndpoint__431__0 = s1;
export const getWebhookEndpoint__500__0 = s1;
export const getWebhookEndpoint__503__0 = s1;
export const listApiKeys__200__0 = s14;
export const listApiKeys__400__0 = s1;
export const listApiKeys__401__0 = s1;
export const listApiKeys__403__0 = s1;
export const listApiKeys__429__0 = s1;
export const listApiKeys__431__0 = s1;
export const listApiKeys__500__0 = s1;
export const listApiKeys__503__0 = s1;
export const listUsers__200__0 = s16;
export const listUsers__400__0 = s1;
export const listUsers__401__0 = s1;
export const listUsers__429__0 = s1;
export const listUsers__431__0 = s1;
export const listUsers__500__0 = s1;
export const listUsers__503__0 = s1;
export const listWebhookDeliveries__200__0 = s18;
export const listWebhookDeliveries__400__0 = s1;
export const listWebhookDeliveries__401__0 = s1;
export const listWebhookDeliveries__403__0 = s1;
export const listWebhookDeliveries__404__0 = s1;
export const listWebhookDeliveries__414__0 = s1;
export const listWebhookDeliveries__429__0 = s1;
export const listWebhookDeliveries__431__0 = s1;
export const listWebhookDeliveries__500__0 = s1;
export const listWebhookDeliveries__503__0 = s1;
export const listWebhookEndpoints__200__0 = s23;
export const listWebhookEndpoints__400__0 = s1;
export const listWebhookEndpoints__401__0 = s1;
export const listWebhookEndpoints__403__0 = s1;
export const listWebhookEndpoints__429__0 = s1;
export const listWebhookEndpoints__431__0 = s1;
export const listWebhookEndpoints__500__0 = s1;
export const listWebhookEndpoints__503__0 = s1;
export const retryWebhookDelivery__202__0 = s20;
export const retryWebhookDelivery__400__0 = s1;
export const retryWebhookDelivery__401__0 = s1;
export const retryWebhookDelivery__403__0 = s1;
export const retryWebhookDelivery__404__0 = s1;
export const retryWebhookDelivery__414__0 = s1;
export const retryWebhookDelivery__429__0 = s1;
export const retryWebhookDelivery__431__0 = s1;
export const retryWebhookDelivery__500__0 = s1;
export const retryWebhookDelivery__503__0 = s1;
export const revokeApiKey__200__0 = s8;
export const revokeApiKey__400__0 = s1;
export const revokeApiKey__401__0 = s1;
export const revokeApiKey__403__0 = s1;
export const revokeApiKey__404__0 = s1;
export const revokeApiKey__409__0 = s1;
export const revokeApiKey__414__0 = s1;
export const revokeApiKey__429__0 = s1;
export const revokeApiKey__431__0 = s1;
export const revokeApiKey__500__0 = s1;
export const revokeApiKey__503__0 = s1;
export const revokeToken__400__0 = s1;
export const revokeToken__401__0 = s1;
export const revokeToken__429__0 = s1;
export const revokeToken__431__0 = s1;
export const revokeToken__500__0 = s1;
export const revokeToken__503__0 = s1;
export const rotateApiKey__200__0 = s0;
export const rotateApiKey__400__0 = s1;
export const rotateApiKey__401__0 = s1;
export const rotateApiKey__403__0 = s1;
export const rotateApiKey__404__0 = s1;
export const rotateApiKey__409__0 = s1;
export const rotateApiKey__414__0 = s1;
export const rotateApiKey__429__0 = s1;
export const rotateApiKey__431__0 = s1;
export const rotateApiKey__500__0 = s1;
export const rotateApiKey__503__0 = s1;
export const sendTestWebhook__202__0 = s20;
export const sendTestWebhook__400__0 = s1;
export const sendTestWebhook__401__0 = s1;
export const sendTestWebhook__403__0 = s1;
export const sendTestWebhook__404__0 = s1;
export const sendTestWebhook__413__0 = s1;
export const sendTestWebhook__414__0 = s1;
export const sendTestWebhook__415__0 = s1;
export const sendTestWebhook__429__0 = s1;
export const sendTestWebhook__431__0 = s1;
export const sendTestWebhook__500__0 = s1;
export const sendTestWebhook__503__0 = s1;
export const updateUser__200__0 = s9;
export const updateUser__400__0 = s1;
export const updateUser__401__0 = s1;
export const updateUser__403__0 = s1;
export const updateUser__404__0 = s1;
export const updateUser__409__0 = s1;
export const updateUser__413__0 = s1;
export const updateUser__414__0 = s1;
export const updateUser__415__0 = s1;
export const updateUser__429__0 = s1;
export const updateUser__431__0 = s1;
export const updateUser__500__0 = s1;
export const updateUser__503__0 = s1;
export const updateWebhookEndpoint__200__0 = s25;
export const updateWebhookEndpoint__400__0 = s1;
export const updateWebhookEndpoint__401__0 = s1;
export const updateWebhookEndpoint__403__0 = s1;
export const updateWebhookEndpoint__404__0 = s1;
export const updateWebhookEndpoint__413__0 = s1;
export const updateWebhookEndpoint__414__0 = s1;
export const updateWebhookEndpoint__415__0 = s1;
export const updateWebhookEndpoint__429__0 = s1;
export const updateWebhookEndpoint__431__0 = s1;
export const updateWebhookEndpoint__500__0 = s1;
export const updateWebhookEndpoint__503__0 = s1;
