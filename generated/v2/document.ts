// generated from spec/v2/openapi.yaml - do not edit
export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "Users API",
    "version": "2.0.0",
    "summary": "Manage users, user sessions and webhook subscriptions (version 2).",
    "description": "Version 2 of the Users API. All requests go to the base path `/api/v2` (for example\n`https://api.example.com/api/v2`). Request bodies are `application/json` (other media types get\n415, bodies over the size limit get 413); successful responses are `application/json`, errors\n`application/problem+json`.\n\n## Authentication\nTwo kinds of credentials, both sent as `Authorization: Bearer ...`:\n\n- API keys (`ak_...`), each with the role `admin` or `standard`;\n- user tokens (`ut_...`), issued by `POST /users` and `POST /auth/token`, valid until they\n  expire, are revoked (`DELETE /auth/token`) or their user is deleted. A token acts with the\n  role of its user.\n\nEach operation lists the credentials it accepts (`security`); a credential of another kind is\nnot accepted there (401). \"Admin\" means an admin API key or the token of a user whose role is\n`admin`; operations that need it carry `x-required-role: admin` and answer 403 `FORBIDDEN` to\nother callers. A missing credential gives 401 `UNAUTHORIZED`, an unknown or revoked API key 401\n`INVALID_API_KEY`, an unknown, expired or revoked user token 401 `INVALID_TOKEN`.\n\n## Identifiers\nUsers and webhook endpoints are identified by UUIDs. A user is the same in every version of the\nAPI: version 1 shows the UUID `5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30` as\n`user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30`. An id that is unknown or not a UUID gives 404.\nTimestamps are RFC 3339 in UTC with a `Z` suffix.\n\n## Deleted users\nDeleting a user deactivates it by default (`active: false`, tokens revoked): it disappears for\neveryone but admins, and from version 1. `?hard=true` removes the user and what it owns.\n\n## Rate limits\nRequests are limited per API key (100 per minute unless the key says otherwise), per user for\nuser tokens (100 per minute), and per client address for requests without valid credentials.\nEvery response, successful or not, carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and\n`X-RateLimit-Reset` (UTC epoch seconds at which the window resets). Over the limit the answer is\n429 `RATE_LIMITED` with `Retry-After` (seconds).\n\n## Pagination\nLists take `page` (1-based, default 1) and `limit` (1 to 100, default 20) and answer the total\nnumber of items and of pages. A page past the last one is empty, not an error.\n\n## Errors\nErrors are RFC 9457 problem details (`application/problem+json`):\n`{ \"type\", \"title\", \"status\", \"detail\", \"code\", \"errors\"? }`, where `code` is one of a fixed list\n(see the `Problem` schema) and `errors` names each invalid field for `INVALID_INPUT`. Unknown\nquery parameters and unknown body fields are rejected with 400. Internal errors\n(500 `INTERNAL_ERROR`) never reveal internals.\n\nEvery answer is in this format, including those about the request as a whole: an unknown path\n(404 `NOT_FOUND`), a method the path does not take (405 `METHOD_NOT_ALLOWED` with `Allow`), a\nmalformed URL or HTTP message (400 `INVALID_INPUT`), a path parameter over 100 characters (414\n`URI_TOO_LONG`), a request line and headers over 16 KB (431 `HEADERS_TOO_LARGE`), a request not\nreceived in time (408 `REQUEST_TIMEOUT`), an overloaded service (503 `SERVICE_UNAVAILABLE` with\n`Retry-After`). No detail repeats what the request sent.\n\n## Request bodies\nJSON bodies follow RFC 8259 strictly: UTF-8 only (a byte order mark is ignored; a `charset`\nother than `utf-8` is 415), no duplicate member names, no member named `__proto__`, no\n`constructor` member holding a `prototype`, no escaped lone surrogates, no number beyond the\nrange of a double and no integer beyond 2^53 - 1, at most 128 levels of nesting. Each of these is\n400 `INVALID_INPUT` naming `body`.\n\n## Response headers\nEvery response carries `X-Content-Type-Options: nosniff`. Responses that carry a credential or a\nsecret (a user token, a webhook signing secret) also carry `Cache-Control: no-store`.\n\n## Webhooks\nAdmins subscribe HTTP endpoints to events under `/webhooks`. Events are delivered at least once,\nsigned according to Standard Webhooks; payloads are described under `webhooks` (payload version\n`v2`; version 1 of the API describes payload version `v1`).\n\n## API keys\nAdmins manage API keys under `/api-keys`: a key is shown once, when it is created or rotated.\n\n## Other references\nThe same server describes its GraphQL API at [`/docs/graphql`](/docs/graphql) (the schema's\noperations and types) and serves this document at `/openapi/v2.json` and `/openapi/v2.yaml`.\n"
  },
  "servers": [
    {
      "url": "/api/v2",
      "description": "Version 2, relative to the host that serves this document."
    }
  ],
  "tags": [
    {
      "name": "users",
      "description": "Users of the platform."
    },
    {
      "name": "auth",
      "description": "User tokens (log in and log out)."
    },
    {
      "name": "api-keys",
      "description": "API keys (admin only): create, list, revoke and rotate them. A key is shown once, when it is\ncreated or rotated; the server keeps only its hash and its first characters.\n"
    },
    {
      "name": "webhooks",
      "description": "Webhook endpoints (admin only) and the events sent to them. Events are signed with the\nStandard Webhooks scheme (`webhook-id`, `webhook-timestamp`, `webhook-signature`): verify them\nwith any Standard Webhooks library and the endpoint's `whsec_...` secret, and deduplicate on\n`webhook-id` (delivery is at least once).\n"
    }
  ],
  "paths": {
    "/users": {
      "get": {
        "operationId": "listUsers",
        "summary": "List users",
        "description": "Returns one page of users, filtered by `role`, `active` and `q`, sorted by `sort` and\n`order` (ties broken by id, so pages are stable). Deactivated users are listed only for\nadmin API keys; for other keys `active=false` matches nothing.\n",
        "tags": [
          "users"
        ],
        "security": [
          {
            "apiKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Sort"
          },
          {
            "$ref": "#/components/parameters/Order"
          },
          {
            "$ref": "#/components/parameters/RoleFilter"
          },
          {
            "$ref": "#/components/parameters/ActiveFilter"
          },
          {
            "$ref": "#/components/parameters/Search"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of users.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UserList"
                },
                "examples": {
                  "firstPage": {
                    "summary": "GET /api/v2/users?page=1&limit=20 (two of the twenty users shown)",
                    "value": {
                      "users": [
                        {
                          "id": "5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30",
                          "name": "Alice Smith",
                          "email": "alice.smith@example.com",
                          "role": "user",
                          "active": true,
                          "createdAt": "2023-10-27T10:00:00Z",
                          "updatedAt": "2023-10-27T10:00:00Z"
                        },
                        {
                          "id": "8d3e6a1b-9c4f-4e2a-b7d5-1f6c0a9e3b82",
                          "name": "Bob Johnson",
                          "email": "bob.johnson@example.com",
                          "role": "moderator",
                          "active": true,
                          "createdAt": "2023-10-27T10:05:00Z",
                          "updatedAt": "2023-10-27T10:05:00Z"
                        }
                      ],
                      "total": 150,
                      "page": 1,
                      "pages": 8
                    }
                  },
                  "empty": {
                    "summary": "No user matches",
                    "value": {
                      "users": [],
                      "total": 0,
                      "page": 1,
                      "pages": 0
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "createUser",
        "summary": "Create a user",
        "description": "Creates a user (admin API key only) and answers its id, its name and a user token for it.\nEmails are unique case-insensitively: a taken email gives 409 `CONFLICT`.\n",
        "tags": [
          "users"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateUserRequest"
              },
              "examples": {
                "user": {
                  "summary": "A user with the default role",
                  "value": {
                    "name": "Alice Johnson",
                    "email": "alice@example.com",
                    "password": "correct-horse-battery"
                  }
                },
                "admin": {
                  "summary": "An admin",
                  "value": {
                    "name": "Jane Smith",
                    "email": "jane.smith@example.com",
                    "password": "a-long-admin-passphrase",
                    "role": "admin"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The user was created. `Location` is the URL of the new user.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control-No-Store"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreatedUser"
                },
                "examples": {
                  "created": {
                    "summary": "The new user and its token",
                    "value": {
                      "id": "9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605",
                      "name": "Alice Johnson",
                      "token": "ut_Q2hhcmxpZUJyb3duV2FzSGVyZTIwMjQwMTE2",
                      "tokenExpiresAt": "2024-01-17T14:22:00Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/users/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/UserId"
        }
      ],
      "get": {
        "operationId": "getUser",
        "summary": "Get a user",
        "description": "Returns one user, with the related resources named in `include`.\n\nWith an API key any user can be read (deactivated users only with an admin key). With a\nuser token only the token's own user can be read, unless the token's user is an admin:\nanother user's id gives 404, as if it did not exist.\n",
        "tags": [
          "users"
        ],
        "security": [
          {
            "apiKey": []
          },
          {
            "userToken": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Include"
          }
        ],
        "responses": {
          "200": {
            "description": "The user.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/User"
                },
                "examples": {
                  "plain": {
                    "summary": "Without include",
                    "value": {
                      "id": "5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30",
                      "name": "Alice Smith",
                      "email": "alice.smith@example.com",
                      "role": "user",
                      "active": true,
                      "createdAt": "2023-10-27T10:00:00Z",
                      "updatedAt": "2023-10-27T10:00:00Z"
                    }
                  },
                  "included": {
                    "summary": "?include=profile,settings,permissions",
                    "value": {
                      "id": "5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30",
                      "name": "Alice Smith",
                      "email": "alice.smith@example.com",
                      "role": "user",
                      "active": true,
                      "createdAt": "2023-10-27T10:00:00Z",
                      "updatedAt": "2023-10-27T10:00:00Z",
                      "profile": {
                        "bio": "Gardener and amateur astronomer.",
                        "avatarUrl": "https://cdn.example.com/avatars/alice.png",
                        "location": "Lisbon, Portugal",
                        "website": null
                      },
                      "settings": {
                        "theme": "dark",
                        "locale": "en-GB",
                        "timezone": "Europe/Lisbon",
                        "emailNotifications": true
                      },
                      "permissions": [
                        "users:read",
                        "users:write:self"
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateUser",
        "summary": "Update a user",
        "description": "Partial update: only the fields present change. An empty body and unknown fields are 400.\n\nAllowed callers: the user itself (its own token) or an admin. A standard API key gets 403;\na non-admin token naming another user gets 404, as if the user did not exist. Changing\n`role` needs an admin (403 otherwise). A new email already taken gives 409 `CONFLICT`.\n",
        "tags": [
          "users"
        ],
        "security": [
          {
            "apiKey": []
          },
          {
            "userToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateUserRequest"
              },
              "examples": {
                "rename": {
                  "summary": "Change the name",
                  "value": {
                    "name": "Alice Wonderland"
                  }
                },
                "role": {
                  "summary": "Change the role (admin only)",
                  "value": {
                    "role": "moderator"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated user.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/User"
                },
                "examples": {
                  "renamed": {
                    "summary": "After renaming",
                    "value": {
                      "id": "5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30",
                      "name": "Alice Wonderland",
                      "email": "alice.smith@example.com",
                      "role": "user",
                      "active": true,
                      "createdAt": "2023-10-27T10:00:00Z",
                      "updatedAt": "2023-10-27T11:30:00Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteUser",
        "summary": "Delete a user",
        "description": "Admin only. By default a soft delete: the user becomes `active: false`, its tokens are\nrevoked, and it is no longer visible to non-admins or through version 1. A deactivated user\ncan still be hard-deleted. With `hard=true` the user and everything it owns are removed\npermanently. Deleting one's own account (with one's own token) is 403. Sends `user.deleted`.\n",
        "tags": [
          "users"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          },
          {
            "userToken": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Hard"
          }
        ],
        "responses": {
          "204": {
            "description": "The user was deleted.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/auth/token": {
      "post": {
        "operationId": "createToken",
        "summary": "Log in",
        "description": "Exchanges an email and password for a user token. An unknown email, a wrong password and a\ndeactivated user all give the same 401 `INVALID_CREDENTIALS`, in the same time. Requests are\nrate-limited per client address. `Location` names the token resource, which\n`DELETE /auth/token` revokes when the token is presented.\n",
        "tags": [
          "auth"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateTokenRequest"
              },
              "examples": {
                "login": {
                  "summary": "Email and password",
                  "value": {
                    "email": "alice@example.com",
                    "password": "correct-horse-battery"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "A new user token.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control-No-Store"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Token"
                },
                "examples": {
                  "token": {
                    "summary": "A token valid for 24 hours",
                    "value": {
                      "token": "ut_QWxpY2VKb2huc29uTG9nZ2VkSW4yMDI0MDExNg",
                      "tokenType": "Bearer",
                      "expiresAt": "2024-01-17T15:00:00Z",
                      "userId": "9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "operationId": "revokeToken",
        "summary": "Log out",
        "description": "Revokes the user token sent with this request. Using it afterwards gives 401 `INVALID_TOKEN`.",
        "tags": [
          "auth"
        ],
        "security": [
          {
            "userToken": []
          }
        ],
        "responses": {
          "204": {
            "description": "The token was revoked.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/api-keys": {
      "get": {
        "operationId": "listApiKeys",
        "summary": "List API keys",
        "description": "Returns one page of API keys, oldest first, revoked ones included. A key itself is never\nlisted: only its visible prefix, so you can tell which key a log line or a caller used.\n",
        "tags": [
          "api-keys"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          },
          {
            "userToken": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of API keys.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyList"
                },
                "examples": {
                  "keys": {
                    "summary": "An admin key in use and a revoked standard key",
                    "value": {
                      "apiKeys": [
                        {
                          "id": "0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40",
                          "name": "deploy pipeline",
                          "role": "admin",
                          "prefix": "ak_Q3x9LmP0v",
                          "rateLimitPerMinute": 100,
                          "revoked": false,
                          "revokedAt": null,
                          "createdAt": "2024-01-10T09:00:00Z",
                          "lastUsedAt": "2024-01-16T14:03:00Z"
                        },
                        {
                          "id": "7c1d9e3b-4a2f-4b8c-9e6d-1a5f3c7b2d94",
                          "name": "reporting job",
                          "role": "standard",
                          "prefix": "ak_h7Tr2KsW1",
                          "rateLimitPerMinute": 600,
                          "revoked": true,
                          "revokedAt": "2024-01-15T10:30:00Z",
                          "createdAt": "2024-01-11T08:00:00Z",
                          "lastUsedAt": null
                        }
                      ],
                      "total": 2,
                      "page": 1,
                      "pages": 1
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "createApiKey",
        "summary": "Create an API key",
        "description": "Creates an API key. The answer holds the key itself (`ak_...`): it is shown only this once\nand stored only as a hash, so keep it now. The answer is not cached (`Cache-Control:\nno-store`).\n",
        "tags": [
          "api-keys"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          },
          {
            "userToken": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateApiKeyRequest"
              },
              "examples": {
                "standard": {
                  "summary": "A standard key with the default rate limit",
                  "value": {
                    "name": "reporting job"
                  }
                },
                "admin": {
                  "summary": "An admin key with its own rate limit",
                  "value": {
                    "name": "deploy pipeline",
                    "role": "admin",
                    "rateLimitPerMinute": 600
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The key was created. `Location` is its URL; the body holds the key, shown only this once.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control-No-Store"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyWithSecret"
                },
                "examples": {
                  "created": {
                    "summary": "The new key",
                    "value": {
                      "id": "7c1d9e3b-4a2f-4b8c-9e6d-1a5f3c7b2d94",
                      "name": "reporting job",
                      "role": "standard",
                      "prefix": "ak_h7Tr2KsW1",
                      "rateLimitPerMinute": 100,
                      "revoked": false,
                      "revokedAt": null,
                      "createdAt": "2024-01-11T08:00:00Z",
                      "lastUsedAt": null,
                      "key": "ak_h7Tr2KsW1pVbq0N5cXe8Gd3Lm6Zt4Ry9Uw2Jk7Hs1Af"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/api-keys/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApiKeyId"
        }
      ],
      "get": {
        "operationId": "getApiKey",
        "summary": "Get an API key",
        "description": "Returns one API key's record (never the key itself).",
        "tags": [
          "api-keys"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          },
          {
            "userToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "The API key's record.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKey"
                },
                "examples": {
                  "key": {
                    "summary": "An admin key in use",
                    "value": {
                      "id": "0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40",
                      "name": "deploy pipeline",
                      "role": "admin",
                      "prefix": "ak_Q3x9LmP0v",
                      "rateLimitPerMinute": 100,
                      "revoked": false,
                      "revokedAt": null,
                      "createdAt": "2024-01-10T09:00:00Z",
                      "lastUsedAt": "2024-01-16T14:03:00Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/api-keys/{id}/revoke": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApiKeyId"
        }
      ],
      "post": {
        "operationId": "revokeApiKey",
        "summary": "Revoke an API key",
        "description": "Revokes the key: from now on requests with it get 401 `INVALID_API_KEY`. The record stays\n(with `revoked: true`); revoking a revoked key changes nothing and answers the record.\n\nRevoking the API key this request is sent with would lock the caller out, so it is refused\n(409 `CONFLICT`) unless the request says so with `?self=true`. An `ADMIN_API_KEY` set in the\nserver's environment is made active again when the server restarts.\n",
        "tags": [
          "api-keys"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          },
          {
            "userToken": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/RevokeSelf"
          }
        ],
        "responses": {
          "200": {
            "description": "The key is revoked; its record.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKey"
                },
                "examples": {
                  "revoked": {
                    "summary": "A revoked key",
                    "value": {
                      "id": "7c1d9e3b-4a2f-4b8c-9e6d-1a5f3c7b2d94",
                      "name": "reporting job",
                      "role": "standard",
                      "prefix": "ak_h7Tr2KsW1",
                      "rateLimitPerMinute": 600,
                      "revoked": true,
                      "revokedAt": "2024-01-15T10:30:00Z",
                      "createdAt": "2024-01-11T08:00:00Z",
                      "lastUsedAt": "2024-01-15T10:29:41Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The key is the one this request is sent with, and `self=true` is absent (`CONFLICT`).",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "self": {
                    "summary": "Revoking the calling key",
                    "value": {
                      "type": "https://api.example.com/problems/conflict",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "This request is sent with the key it would revoke; add ?self=true to revoke it anyway.",
                      "code": "CONFLICT"
                    }
                  }
                }
              }
            }
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/api-keys/{id}/rotate": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ApiKeyId"
        }
      ],
      "post": {
        "operationId": "rotateApiKey",
        "summary": "Rotate an API key",
        "description": "Replaces the key's secret and answers the new key, shown only this once (`Cache-Control:\nno-store`). The old key stops working at once (401 `INVALID_API_KEY`); the id, name, role,\nrate limit and rate-limit budget stay. A revoked key cannot be rotated (409 `CONFLICT`).\nRotating the key this request is sent with is allowed: the answer holds its successor.\n",
        "tags": [
          "api-keys"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          },
          {
            "userToken": []
          }
        ],
        "responses": {
          "200": {
            "description": "The key with its new secret, shown only this once.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control-No-Store"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyWithSecret"
                },
                "examples": {
                  "rotated": {
                    "summary": "The key with its new secret",
                    "value": {
                      "id": "0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40",
                      "name": "deploy pipeline",
                      "role": "admin",
                      "prefix": "ak_Vn4Wq8Ze2",
                      "rateLimitPerMinute": 100,
                      "revoked": false,
                      "revokedAt": null,
                      "createdAt": "2024-01-10T09:00:00Z",
                      "lastUsedAt": "2024-01-16T14:03:00Z",
                      "key": "ak_Vn4Wq8Ze2tLc5Hy0Rb7Mk3Xp9Sd1Fg6Ju4Qa8Wn2Ev"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The key is revoked (`CONFLICT`).",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                },
                "examples": {
                  "revoked": {
                    "summary": "Rotating a revoked key",
                    "value": {
                      "type": "https://api.example.com/problems/conflict",
                      "title": "Conflict",
                      "status": 409,
                      "detail": "This API key is revoked; create a new one instead.",
                      "code": "CONFLICT"
                    }
                  }
                }
              }
            }
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/webhooks": {
      "get": {
        "operationId": "listWebhookEndpoints",
        "summary": "List webhook endpoints",
        "description": "Returns one page of webhook endpoints, oldest first. Secrets are never listed.",
        "tags": [
          "webhooks"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Limit"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of webhook endpoints.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpointList"
                },
                "examples": {
                  "endpoints": {
                    "summary": "One active and one disabled endpoint",
                    "value": {
                      "endpoints": [
                        {
                          "id": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83",
                          "url": "https://hooks.example.com/users",
                          "events": [
                            "user.created",
                            "user.updated",
                            "user.deleted"
                          ],
                          "payloadVersion": "v2",
                          "description": "CRM sync",
                          "enabled": true,
                          "disabledReason": null,
                          "createdAt": "2024-01-10T09:00:00Z",
                          "updatedAt": "2024-01-10T09:00:00Z"
                        },
                        {
                          "id": "6a2c8e4f-1d7b-4e9a-8f3c-0b5d9e2a7c41",
                          "url": "https://legacy.example.com/webhooks",
                          "events": [
                            "payment.succeeded",
                            "payment.failed"
                          ],
                          "payloadVersion": "v1",
                          "description": null,
                          "enabled": false,
                          "disabledReason": "The endpoint answered 410 Gone.",
                          "createdAt": "2024-01-11T09:00:00Z",
                          "updatedAt": "2024-01-18T12:00:03Z"
                        }
                      ],
                      "total": 2,
                      "page": 1,
                      "pages": 1
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "post": {
        "operationId": "createWebhookEndpoint",
        "summary": "Create a webhook endpoint",
        "description": "Subscribes a URL to events. The answer holds the signing secret (`whsec_...`): it is shown\nonly this once. URLs that resolve to loopback, private or link-local addresses are refused\n(400) unless the server allows them (`WEBHOOK_ALLOW_PRIVATE_TARGETS`).\n",
        "tags": [
          "webhooks"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateWebhookEndpointRequest"
              },
              "examples": {
                "users": {
                  "summary": "User events in payload version v2",
                  "value": {
                    "url": "https://hooks.example.com/users",
                    "events": [
                      "user.created",
                      "user.updated",
                      "user.deleted"
                    ],
                    "description": "CRM sync"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The endpoint was created. `Location` is its URL.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control-No-Store"
              },
              "Location": {
                "$ref": "#/components/headers/Location"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpointWithSecret"
                },
                "examples": {
                  "created": {
                    "summary": "The new endpoint and its secret",
                    "value": {
                      "id": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83",
                      "url": "https://hooks.example.com/users",
                      "events": [
                        "user.created",
                        "user.updated",
                        "user.deleted"
                      ],
                      "payloadVersion": "v2",
                      "description": "CRM sync",
                      "enabled": true,
                      "disabledReason": null,
                      "createdAt": "2024-01-10T09:00:00Z",
                      "updatedAt": "2024-01-10T09:00:00Z",
                      "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                      "previousSecretExpiresAt": null
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/webhooks/{id}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        }
      ],
      "get": {
        "operationId": "getWebhookEndpoint",
        "summary": "Get a webhook endpoint",
        "description": "Returns one webhook endpoint (without its secret).",
        "tags": [
          "webhooks"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "responses": {
          "200": {
            "description": "The webhook endpoint.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookEndpoint"
                },
                "examples": {
                  "endpoint": {
                    "summary": "An active endpoint",
                    "value": {
                      "id": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83",
                      "url": "https://hooks.example.com/users",
                      "events": [
                        "user.created",
                        "user.updated",
                        "user.deleted"
                      ],
                      "payloadVersion": "v2",
                      "description": "CRM sync",
                      "enabled": true,
                      "disabledReason": null,
                      "createdAt": "2024-01-10T09:00:00Z",
                      "updatedAt": "2024-01-10T09:00:00Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "patch": {
        "operationId": "updateWebhookEndpoint",
        "summary": "Update a webhook endpoint",
        "description": "Partial update: only the fields present change; an empty body and unknown fields are 400.\nSetting `enabled: true` re-enables a disabled endpoint and clears `disabledReason`.\n\n`rotateSecret: true` replaces the signing secret and answers the new one (shown only this\nonce). The previous secret stays valid for 24 hours (`previousSecretExpiresAt`); meanwhile\nevery message carries a signature with each secret, so receivers can switch without losing\nmessages. Without `rotateSecret` the answer has no secret.\n",
        "tags": [
          "webhooks"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateWebhookEndpointRequest"
              },
              "examples": {
                "events": {
                  "summary": "Change the subscribed events",
                  "value": {
                    "events": [
                      "user.created",
                      "user.deleted"
                    ]
                  }
                },
                "reenable": {
                  "summary": "Re-enable after fixing the receiver",
                  "value": {
                    "enabled": true
                  }
                },
                "rotate": {
                  "summary": "Rotate the signing secret",
                  "value": {
                    "rotateSecret": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated endpoint; with its new secret when `rotateSecret` was true.",
            "headers": {
              "Cache-Control": {
                "$ref": "#/components/headers/Cache-Control-No-Store"
              },
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UpdatedWebhookEndpoint"
                },
                "examples": {
                  "updated": {
                    "summary": "Events changed",
                    "value": {
                      "id": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83",
                      "url": "https://hooks.example.com/users",
                      "events": [
                        "user.created",
                        "user.deleted"
                      ],
                      "payloadVersion": "v2",
                      "description": "CRM sync",
                      "enabled": true,
                      "disabledReason": null,
                      "createdAt": "2024-01-10T09:00:00Z",
                      "updatedAt": "2024-01-12T08:00:00Z"
                    }
                  },
                  "rotated": {
                    "summary": "Secret rotated",
                    "value": {
                      "id": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83",
                      "url": "https://hooks.example.com/users",
                      "events": [
                        "user.created",
                        "user.updated",
                        "user.deleted"
                      ],
                      "payloadVersion": "v2",
                      "description": "CRM sync",
                      "enabled": true,
                      "disabledReason": null,
                      "createdAt": "2024-01-10T09:00:00Z",
                      "updatedAt": "2024-01-15T08:00:00Z",
                      "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
                      "previousSecretExpiresAt": "2024-01-16T08:00:00Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      },
      "delete": {
        "operationId": "deleteWebhookEndpoint",
        "summary": "Delete a webhook endpoint",
        "description": "Deletes the endpoint and its delivery log; pending deliveries to it are dropped.",
        "tags": [
          "webhooks"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "responses": {
          "204": {
            "description": "The endpoint was deleted.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/webhooks/{id}/deliveries": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        }
      ],
      "get": {
        "operationId": "listWebhookDeliveries",
        "summary": "List deliveries of a webhook endpoint",
        "description": "Returns one page of the endpoint's delivery log, newest first, each delivery with all its\nattempts (time, status code, latency, error, the start of the response body).\n",
        "tags": [
          "webhooks"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/DeliveryStatusFilter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of deliveries.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDeliveryList"
                },
                "examples": {
                  "deliveries": {
                    "summary": "A delivery that succeeded on its second attempt",
                    "value": {
                      "deliveries": [
                        {
                          "id": "4c2d9e7a-1b3f-4a6c-8d5e-9f0a2b7c3e18",
                          "endpointId": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83",
                          "event": "user.created",
                          "status": "succeeded",
                          "test": false,
                          "payload": {
                            "event": "user.created",
                            "user": {
                              "id": "9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605",
                              "name": "Alice Johnson",
                              "email": "alice@example.com",
                              "role": "user",
                              "active": true,
                              "createdAt": "2024-01-16T14:22:00Z",
                              "updatedAt": "2024-01-16T14:22:00Z"
                            },
                            "timestamp": "2024-01-16T14:22:00Z"
                          },
                          "attempts": [
                            {
                              "attemptedAt": "2024-01-16T14:22:00Z",
                              "statusCode": 503,
                              "latencyMs": 87,
                              "error": null,
                              "responseBody": "Service Unavailable"
                            },
                            {
                              "attemptedAt": "2024-01-16T14:22:01Z",
                              "statusCode": 200,
                              "latencyMs": 42,
                              "error": null,
                              "responseBody": "{\"ok\":true}"
                            }
                          ],
                          "nextAttemptAt": null,
                          "createdAt": "2024-01-16T14:22:00Z"
                        }
                      ],
                      "total": 1,
                      "page": 1,
                      "pages": 1
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/webhooks/{id}/deliveries/{deliveryId}/retry": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        },
        {
          "$ref": "#/components/parameters/DeliveryId"
        }
      ],
      "post": {
        "operationId": "retryWebhookDelivery",
        "summary": "Redeliver a delivery",
        "description": "Queues one more attempt of the delivery now, whatever its status, with the same payload and\nthe same `webhook-id` (receivers deduplicate on it). The attempt is recorded in the log.\n",
        "tags": [
          "webhooks"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "responses": {
          "202": {
            "description": "The attempt is queued; the delivery as it is now.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDelivery"
                },
                "examples": {
                  "queued": {
                    "summary": "A failed delivery queued again",
                    "value": {
                      "id": "1f8b3d6e-2a9c-4b7d-8e1f-3c5a7d9b0e24",
                      "endpointId": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83",
                      "event": "user.deleted",
                      "status": "pending",
                      "test": false,
                      "payload": {
                        "event": "user.deleted",
                        "userId": "1c7a4e9f-2d5b-4a8c-9e3f-6b0d8c2a5f14",
                        "deletedBy": "7b1e9d40-6c2a-4f8e-9d3b-0a5c7e2f1b69",
                        "timestamp": "2024-01-17T09:00:00Z"
                      },
                      "attempts": [
                        {
                          "attemptedAt": "2024-01-17T09:00:00Z",
                          "statusCode": null,
                          "latencyMs": 10000,
                          "error": "Timed out after 10000 ms",
                          "responseBody": null
                        }
                      ],
                      "nextAttemptAt": "2024-01-17T10:15:00Z",
                      "createdAt": "2024-01-17T09:00:00Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    },
    "/webhooks/{id}/test": {
      "parameters": [
        {
          "$ref": "#/components/parameters/WebhookEndpointId"
        }
      ],
      "post": {
        "operationId": "sendTestWebhook",
        "summary": "Send a test event",
        "description": "Sends a sample event of the given type (subscribed or not) to the endpoint, in its payload\nversion, signed like any other event. The delivery is logged with `test: true`.\n",
        "tags": [
          "webhooks"
        ],
        "x-required-role": "admin",
        "security": [
          {
            "apiKey": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TestWebhookRequest"
              },
              "examples": {
                "payment": {
                  "summary": "A sample payment.failed",
                  "value": {
                    "event": "payment.failed"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The test delivery is queued.",
            "headers": {
              "X-Content-Type-Options": {
                "$ref": "#/components/headers/X-Content-Type-Options"
              },
              "X-RateLimit-Limit": {
                "$ref": "#/components/headers/X-RateLimit-Limit"
              },
              "X-RateLimit-Remaining": {
                "$ref": "#/components/headers/X-RateLimit-Remaining"
              },
              "X-RateLimit-Reset": {
                "$ref": "#/components/headers/X-RateLimit-Reset"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDelivery"
                },
                "examples": {
                  "queued": {
                    "summary": "A queued test delivery",
                    "value": {
                      "id": "0e7c5a3b-9d1f-4c8e-a6b2-4f0d8e1c7a95",
                      "endpointId": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83",
                      "event": "payment.failed",
                      "status": "pending",
                      "test": true,
                      "payload": {
                        "event": "payment.failed",
                        "payment": {
                          "id": "pay_test_0000000000000000",
                          "amount": 2999,
                          "currency": "USD",
                          "userId": "00000000-0000-4000-8000-000000000000"
                        },
                        "error": {
                          "code": "card_declined",
                          "message": "The card was declined."
                        },
                        "timestamp": "2024-01-18T12:00:00Z"
                      },
                      "attempts": [],
                      "nextAttemptAt": "2024-01-18T12:00:00Z",
                      "createdAt": "2024-01-18T12:00:00Z"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "414": {
            "$ref": "#/components/responses/UriTooLong"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "503": {
            "$ref": "#/components/responses/ServiceUnavailable"
          }
        }
      }
    }
  },
  "webhooks": {
    "user.created": {
      "post": {
        "operationId": "userCreatedWebhook",
        "summary": "user.created",
        "description": "Sent when a user is created (through any version of the API).\n\nRetries: a delivery that does not get a 2xx answer within the timeout is retried 3 times,\nafter 1 s, 2 s and 4 s.\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookIdHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestampHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookSignatureHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UserCreatedEvent"
              },
              "examples": {
                "created": {
                  "summary": "A new user",
                  "value": {
                    "event": "user.created",
                    "user": {
                      "id": "9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605",
                      "name": "Alice Johnson",
                      "email": "alice@example.com",
                      "role": "user",
                      "active": true,
                      "createdAt": "2024-01-16T14:22:00Z",
                      "updatedAt": "2024-01-16T14:22:00Z"
                    },
                    "timestamp": "2024-01-16T14:22:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "410": {
            "description": "Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried."
          },
          "2XX": {
            "description": "Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log)."
          },
          "default": {
            "description": "Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above."
          }
        }
      }
    },
    "user.updated": {
      "post": {
        "operationId": "userUpdatedWebhook",
        "summary": "user.updated",
        "description": "Sent when a user's fields change: `user` is the user after the change and `changes` the old\nand new value of each changed field.\n\nRetries: 3 retries after 1 s, 2 s and 4 s.\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookIdHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestampHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookSignatureHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UserUpdatedEvent"
              },
              "examples": {
                "renamed": {
                  "summary": "The name changed",
                  "value": {
                    "event": "user.updated",
                    "user": {
                      "id": "5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30",
                      "name": "Alice Wonderland",
                      "email": "alice.smith@example.com",
                      "role": "user",
                      "active": true,
                      "createdAt": "2023-10-27T10:00:00Z",
                      "updatedAt": "2023-10-27T11:30:00Z"
                    },
                    "changes": {
                      "name": {
                        "old": "Alice Smith",
                        "new": "Alice Wonderland"
                      }
                    },
                    "timestamp": "2023-10-27T11:30:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "410": {
            "description": "Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried."
          },
          "2XX": {
            "description": "Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log)."
          },
          "default": {
            "description": "Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above."
          }
        }
      }
    },
    "user.deleted": {
      "post": {
        "operationId": "userDeletedWebhook",
        "summary": "user.deleted",
        "description": "Sent when a user is deleted, softly (deactivated) or permanently.\n\nRetries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookIdHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestampHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookSignatureHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UserDeletedEvent"
              },
              "examples": {
                "deleted": {
                  "summary": "Deleted by an admin API key",
                  "value": {
                    "event": "user.deleted",
                    "userId": "1c7a4e9f-2d5b-4a8c-9e3f-6b0d8c2a5f14",
                    "deletedBy": "7b1e9d40-6c2a-4f8e-9d3b-0a5c7e2f1b69",
                    "timestamp": "2024-01-17T09:00:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "410": {
            "description": "Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried."
          },
          "2XX": {
            "description": "Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log)."
          },
          "default": {
            "description": "Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above."
          }
        }
      }
    },
    "payment.succeeded": {
      "post": {
        "operationId": "paymentSucceededWebhook",
        "summary": "payment.succeeded",
        "description": "Sent when a payment has been processed successfully.\n\nRetries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookIdHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestampHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookSignatureHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentSucceededEvent"
              },
              "examples": {
                "succeeded": {
                  "summary": "USD 29.99 paid",
                  "value": {
                    "event": "payment.succeeded",
                    "payment": {
                      "id": "pay_3kT9xQ2mLp7Vw8Rz",
                      "amount": 2999,
                      "currency": "USD",
                      "userId": "5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30"
                    },
                    "timestamp": "2024-01-18T12:00:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "410": {
            "description": "Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried."
          },
          "2XX": {
            "description": "Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log)."
          },
          "default": {
            "description": "Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above."
          }
        }
      }
    },
    "payment.failed": {
      "post": {
        "operationId": "paymentFailedWebhook",
        "summary": "payment.failed",
        "description": "Sent when a payment could not be processed; `error` says why.\n\nRetries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).\n",
        "tags": [
          "webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookIdHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestampHeader"
          },
          {
            "$ref": "#/components/parameters/WebhookSignatureHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentFailedEvent"
              },
              "examples": {
                "declined": {
                  "summary": "The card was declined",
                  "value": {
                    "event": "payment.failed",
                    "payment": {
                      "id": "pay_8sH2nC4vYb6Kq1Xe",
                      "amount": 2999,
                      "currency": "USD",
                      "userId": "5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30"
                    },
                    "error": {
                      "code": "card_declined",
                      "message": "The card was declined."
                    },
                    "timestamp": "2024-01-18T12:05:00Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "410": {
            "description": "Gone. The endpoint is disabled at once (`disabledReason` says why) and the delivery is not retried."
          },
          "2XX": {
            "description": "Accepted. Any 2xx status within the timeout counts; the body is ignored (its start is kept in the delivery log)."
          },
          "default": {
            "description": "Any other status, a timeout or a connection error is a failed attempt, retried per the retry policy above."
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "apiKey": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "ak_...",
        "description": "An API key, sent as `Authorization: Bearer ak_...`. Keys have the role `admin` or\n`standard`; admins create them with `POST /api-keys` (or, on the server's machine,\n`npm run keys -- create --role admin --name NAME`).\n"
      },
      "userToken": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "ut_...",
        "description": "A user token, sent as `Authorization: Bearer ut_...`, issued by `POST /users` and\n`POST /auth/token`. It acts with the role of its user.\n"
      }
    },
    "parameters": {
      "UserId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The user's id, a UUID. The format is not checked as a parameter: an id that is not a UUID\ngives 404, like an unknown one.\n",
        "schema": {
          "$ref": "#/components/schemas/Text"
        },
        "example": "5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30"
      },
      "ApiKeyId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The API key's id, a UUID (not the key). An id that is not a UUID gives 404, like an unknown one.",
        "schema": {
          "$ref": "#/components/schemas/Text"
        },
        "example": "0b7e4c2a-9d1f-4a6e-8c3b-5f2d7a9e1c40"
      },
      "RevokeSelf": {
        "name": "self",
        "in": "query",
        "description": "`true` to revoke the API key this request is sent with (without it, that is refused with\n409, so an administrator does not lock itself out by mistake).\n",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      "WebhookEndpointId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The webhook endpoint's id, a UUID. An id that is not a UUID gives 404, like an unknown one.",
        "schema": {
          "$ref": "#/components/schemas/Text"
        },
        "example": "3d9f1a7c-8b2e-4f6a-9c0d-5e4b7a1f2c83"
      },
      "DeliveryId": {
        "name": "deliveryId",
        "in": "path",
        "required": true,
        "description": "The delivery's id, a UUID. An id that is not a UUID, or a delivery of another endpoint, gives 404.",
        "schema": {
          "$ref": "#/components/schemas/Text"
        },
        "example": "1f8b3d6e-2a9c-4b7d-8e1f-3c5a7d9b0e24"
      },
      "Page": {
        "name": "page",
        "in": "query",
        "description": "Page number, 1-based (at most 10,000,000).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000000,
          "default": 1
        }
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "Items per page (1 to 100).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "Sort": {
        "name": "sort",
        "in": "query",
        "description": "Field to sort by.",
        "schema": {
          "type": "string",
          "enum": [
            "name",
            "email",
            "created_at"
          ],
          "default": "created_at"
        }
      },
      "Order": {
        "name": "order",
        "in": "query",
        "description": "Sort direction.",
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ],
          "default": "asc"
        }
      },
      "RoleFilter": {
        "name": "role",
        "in": "query",
        "description": "Only users with this role.",
        "schema": {
          "$ref": "#/components/schemas/Role"
        }
      },
      "ActiveFilter": {
        "name": "active",
        "in": "query",
        "description": "Only active (`true`) or deactivated (`false`) users. Deactivated users are visible to admin keys only.",
        "schema": {
          "type": "boolean"
        }
      },
      "Search": {
        "name": "q",
        "in": "query",
        "description": "Only users whose name or email contains this text (case-insensitive).",
        "schema": {
          "$ref": "#/components/schemas/Text",
          "minLength": 1,
          "maxLength": 100
        }
      },
      "Include": {
        "name": "include",
        "in": "query",
        "description": "Related resources to add to the user, as a comma-separated list: `profile`, `settings`,\n`permissions` (for example `include=profile,settings`). An unknown value is 400.\n",
        "style": "form",
        "explode": false,
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "profile",
              "settings",
              "permissions"
            ]
          }
        }
      },
      "Hard": {
        "name": "hard",
        "in": "query",
        "description": "`true` removes the user permanently; `false` deactivates it.",
        "schema": {
          "type": "boolean",
          "default": false
        }
      },
      "DeliveryStatusFilter": {
        "name": "status",
        "in": "query",
        "description": "Only deliveries with this status.",
        "schema": {
          "$ref": "#/components/schemas/WebhookDeliveryStatus"
        }
      },
      "WebhookIdHeader": {
        "name": "webhook-id",
        "in": "header",
        "required": true,
        "description": "Unique id of the message (Standard Webhooks), the id of the delivery. It stays the same when\na delivery is retried or redelivered by hand, so receivers can deduplicate on it.\n",
        "schema": {
          "type": "string"
        },
        "example": "4c2d9e7a-1b3f-4a6c-8d5e-9f0a2b7c3e18"
      },
      "WebhookTimestampHeader": {
        "name": "webhook-timestamp",
        "in": "header",
        "required": true,
        "description": "When this attempt was sent, in UTC epoch seconds (Standard Webhooks). It is part of the\nsigned content; reject messages too far from the current time to stop replays.\n",
        "schema": {
          "type": "integer"
        },
        "example": 1705414920
      },
      "WebhookSignatureHeader": {
        "name": "webhook-signature",
        "in": "header",
        "required": true,
        "description": "Space-separated list of signatures (Standard Webhooks), each `v1,` followed by the base64\nHMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the endpoint's secret.\nAfter a secret rotation both the new and the previous secret sign for 24 hours, so the\nlist then holds two signatures; a message is authentic when any of them verifies.\n",
        "schema": {
          "type": "string"
        },
        "example": "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="
      }
    },
    "headers": {
      "X-Content-Type-Options": {
        "description": "Tells browsers to take the body as the declared media type, never to guess another.",
        "required": true,
        "schema": {
          "const": "nosniff"
        },
        "example": "nosniff"
      },
      "Cache-Control-No-Store": {
        "description": "The response carries a credential or a secret; no cache may store it.",
        "required": true,
        "schema": {
          "const": "no-store"
        },
        "example": "no-store"
      },
      "X-RateLimit-Limit": {
        "description": "Number of requests allowed in the current one-minute window.",
        "required": true,
        "x-set-by": "framework",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 100
      },
      "X-RateLimit-Remaining": {
        "description": "Number of requests left in the current window.",
        "required": true,
        "x-set-by": "framework",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 99
      },
      "X-RateLimit-Reset": {
        "description": "When the current window ends, in UTC epoch seconds.",
        "required": true,
        "x-set-by": "framework",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 1705414980
      },
      "Retry-After": {
        "description": "Seconds to wait before the next request is accepted.",
        "required": true,
        "x-set-by": "framework",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 42
      },
      "Location": {
        "description": "URL of the created resource.",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uri-reference"
        },
        "example": "/api/v2/users/9a6f3c0d-5e8b-4b7a-a2c4-d1e7f9b3a605"
      }
    },
    "schemas": {
      "Text": {
        "title": "Text",
        "description": "Text the service accepts: any string without the NUL character (U+0000), which the database\ncannot store. Every text input (body field, query or path parameter) is a Text.\n",
        "type": "string",
        "pattern": "^[^\\u0000]*$"
      },
      "Role": {
        "title": "Role",
        "description": "A user's role, from most to least privileged.",
        "type": "string",
        "enum": [
          "admin",
          "moderator",
          "user",
          "guest"
        ]
      },
      "Uuid": {
        "title": "Uuid",
        "description": "A UUID.",
        "type": "string",
        "format": "uuid"
      },
      "Timestamp": {
        "title": "Timestamp",
        "description": "A point in time, RFC 3339 in UTC with a `Z` suffix.",
        "type": "string",
        "format": "date-time"
      },
      "Name": {
        "title": "Name",
        "$ref": "#/components/schemas/Text",
        "description": "A person's display name; not blank.",
        "type": "string",
        "minLength": 1,
        "maxLength": 100,
        "pattern": "\\S"
      },
      "Email": {
        "title": "Email",
        "$ref": "#/components/schemas/Text",
        "description": "An email address, unique case-insensitively.",
        "type": "string",
        "format": "email",
        "maxLength": 254
      },
      "UserTokenValue": {
        "title": "UserTokenValue",
        "description": "An opaque user token; send it as `Authorization: Bearer ut_...`.",
        "type": "string",
        "pattern": "^ut_"
      },
      "Profile": {
        "title": "Profile",
        "description": "What a user tells about themself (`include=profile`).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "bio",
          "avatarUrl",
          "location",
          "website"
        ],
        "properties": {
          "bio": {
            "description": "A short text about the user.",
            "type": [
              "string",
              "null"
            ]
          },
          "avatarUrl": {
            "description": "URL of the user's picture.",
            "type": [
              "string",
              "null"
            ],
            "format": "uri"
          },
          "location": {
            "description": "Where the user is, free text.",
            "type": [
              "string",
              "null"
            ]
          },
          "website": {
            "description": "The user's website.",
            "type": [
              "string",
              "null"
            ],
            "format": "uri"
          }
        }
      },
      "Settings": {
        "title": "Settings",
        "description": "The user's preferences (`include=settings`).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "theme",
          "locale",
          "timezone",
          "emailNotifications"
        ],
        "properties": {
          "theme": {
            "description": "Colour scheme of the user interface.",
            "type": "string",
            "enum": [
              "light",
              "dark",
              "system"
            ]
          },
          "locale": {
            "description": "BCP 47 language tag, for example `en-US`.",
            "type": "string"
          },
          "timezone": {
            "description": "IANA time zone, for example `Europe/Berlin`.",
            "type": "string"
          },
          "emailNotifications": {
            "description": "Whether the user receives notifications by email.",
            "type": "boolean"
          }
        }
      },
      "Permission": {
        "title": "Permission",
        "description": "A permission granted by the user's role, `resource:action[:scope]`, for example `users:read`.",
        "type": "string",
        "pattern": "^[a-z_]+:[a-z_]+(:[a-z_]+)?$"
      },
      "User": {
        "title": "User",
        "description": "A user as version 2 shows it. `profile`, `settings` and `permissions` are present only\nwhen `include` asks for them.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "email",
          "role",
          "active",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "name": {
            "description": "Display name.",
            "type": "string"
          },
          "email": {
            "description": "Email address.",
            "type": "string",
            "format": "email"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "active": {
            "description": "False once the user has been (softly) deleted.",
            "type": "boolean"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "profile": {
            "$ref": "#/components/schemas/Profile"
          },
          "settings": {
            "$ref": "#/components/schemas/Settings"
          },
          "permissions": {
            "description": "What the user's role allows (`include=permissions`).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Permission"
            }
          }
        }
      },
      "UserList": {
        "title": "UserList",
        "description": "One page of users.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "users",
          "total",
          "page",
          "pages"
        ],
        "properties": {
          "users": {
            "description": "The users of this page, in the requested order.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/User"
            }
          },
          "total": {
            "description": "Number of users matching the filters.",
            "type": "integer",
            "minimum": 0
          },
          "page": {
            "description": "This page's number.",
            "type": "integer",
            "minimum": 1
          },
          "pages": {
            "description": "Number of pages, `ceil(total / limit)` (0 when nothing matches).",
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "CreateUserRequest": {
        "title": "CreateUserRequest",
        "description": "A new user. Unknown fields are rejected.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "email",
          "password"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/Name"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "password": {
            "description": "At least 12 characters. Never returned.",
            "$ref": "#/components/schemas/Text",
            "minLength": 12,
            "maxLength": 128,
            "writeOnly": true
          },
          "role": {
            "description": "The new user's role.",
            "type": "string",
            "enum": [
              "user",
              "admin"
            ],
            "default": "user"
          }
        }
      },
      "CreatedUser": {
        "title": "CreatedUser",
        "description": "The created user's id and name, and a user token for it.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "token",
          "tokenExpiresAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "name": {
            "description": "Display name.",
            "type": "string"
          },
          "token": {
            "$ref": "#/components/schemas/UserTokenValue"
          },
          "tokenExpiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "UpdateUserRequest": {
        "title": "UpdateUserRequest",
        "description": "The fields to change; at least one. Fields that are absent keep their value. Unknown fields\nare rejected.\n",
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "$ref": "#/components/schemas/Name"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "role": {
            "$ref": "#/components/schemas/Role",
            "description": "Changing the role needs an admin (403 otherwise)."
          }
        }
      },
      "CreateTokenRequest": {
        "title": "CreateTokenRequest",
        "description": "Credentials to log in with. Unknown fields are rejected.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "email",
          "password"
        ],
        "properties": {
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "password": {
            "description": "The user's password.",
            "$ref": "#/components/schemas/Text",
            "minLength": 1,
            "maxLength": 128,
            "writeOnly": true
          }
        }
      },
      "Token": {
        "title": "Token",
        "description": "A user token and when it expires.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "token",
          "tokenType",
          "expiresAt",
          "userId"
        ],
        "properties": {
          "token": {
            "$ref": "#/components/schemas/UserTokenValue"
          },
          "tokenType": {
            "description": "How to send the token (`Authorization: Bearer <token>`).",
            "const": "Bearer"
          },
          "expiresAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "userId": {
            "$ref": "#/components/schemas/Uuid"
          }
        }
      },
      "ProblemCode": {
        "title": "ProblemCode",
        "description": "Machine-readable error code: `INVALID_INPUT` (400), `UNAUTHORIZED`, `INVALID_API_KEY`,\n`INVALID_TOKEN` and `INVALID_CREDENTIALS` (401), `FORBIDDEN` (403), `NOT_FOUND` (404),\n`METHOD_NOT_ALLOWED` (405), `REQUEST_TIMEOUT` (408), `CONFLICT` (409), `PAYLOAD_TOO_LARGE`\n(413), `URI_TOO_LONG` (414), `UNSUPPORTED_MEDIA_TYPE` (415), `RATE_LIMITED` (429),\n`HEADERS_TOO_LARGE` (431), `INTERNAL_ERROR` (500), `SERVICE_UNAVAILABLE` (503).\n",
        "type": "string",
        "enum": [
          "INVALID_INPUT",
          "UNAUTHORIZED",
          "INVALID_API_KEY",
          "INVALID_TOKEN",
          "INVALID_CREDENTIALS",
          "FORBIDDEN",
          "NOT_FOUND",
          "METHOD_NOT_ALLOWED",
          "REQUEST_TIMEOUT",
          "CONFLICT",
          "PAYLOAD_TOO_LARGE",
          "URI_TOO_LONG",
          "UNSUPPORTED_MEDIA_TYPE",
          "RATE_LIMITED",
          "HEADERS_TOO_LARGE",
          "INTERNAL_ERROR",
          "SERVICE_UNAVAILABLE"
        ]
      },
      "FieldError": {
        "title": "FieldError",
        "description": "What is wrong with one input field.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "field",
          "message"
        ],
        "properties": {
          "field": {
            "description": "Where the field is: `body`, `query`, `path` or `header`, then the path inside it,\nseparated by dots (`body.email`, `query.limit`, `body.events.0`).\n",
            "type": "string"
          },
          "message": {
            "description": "What is wrong with it.",
            "type": "string"
          }
        }
      },
      "Problem": {
        "title": "Problem",
        "description": "An error, as RFC 9457 problem details (`application/problem+json`).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "title",
          "status",
          "detail",
          "code"
        ],
        "properties": {
          "type": {
            "description": "A URI reference identifying the problem type, one per `code`.",
            "type": "string",
            "format": "uri-reference"
          },
          "title": {
            "description": "Short summary of the problem type; the same for every occurrence.",
            "type": "string"
          },
          "status": {
            "description": "The HTTP status code of the response.",
            "type": "integer",
            "minimum": 400,
            "maximum": 599
          },
          "detail": {
            "description": "Explanation of this occurrence; may change, do not parse it.",
            "type": "string"
          },
          "code": {
            "$ref": "#/components/schemas/ProblemCode"
          },
          "errors": {
            "description": "For `INVALID_INPUT`, one entry per invalid field.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FieldError"
            }
          }
        }
      },
      "ApiKeyRole": {
        "title": "ApiKeyRole",
        "description": "What an API key may do: `admin` keys everything, `standard` keys what needs no admin.",
        "type": "string",
        "enum": [
          "admin",
          "standard"
        ]
      },
      "ApiKeyName": {
        "title": "ApiKeyName",
        "$ref": "#/components/schemas/Text",
        "description": "A name for people (who or what uses the key), 1 to 100 characters once trimmed.",
        "type": "string",
        "minLength": 1,
        "maxLength": 100,
        "pattern": "\\S"
      },
      "RateLimitPerMinute": {
        "title": "RateLimitPerMinute",
        "description": "Requests this key may send per minute.",
        "type": "integer",
        "minimum": 1,
        "maximum": 1000000
      },
      "ApiKey": {
        "title": "ApiKey",
        "description": "An API key's record. The key itself is never shown here, only its first characters.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "role",
          "prefix",
          "rateLimitPerMinute",
          "revoked",
          "revokedAt",
          "createdAt",
          "lastUsedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "name": {
            "$ref": "#/components/schemas/ApiKeyName"
          },
          "role": {
            "$ref": "#/components/schemas/ApiKeyRole"
          },
          "prefix": {
            "description": "The key's first 12 characters (`ak_` and 9 more), enough to recognise it.",
            "type": "string",
            "pattern": "^ak_"
          },
          "rateLimitPerMinute": {
            "$ref": "#/components/schemas/RateLimitPerMinute"
          },
          "revoked": {
            "description": "Whether the key is revoked (requests with it get 401 `INVALID_API_KEY`).",
            "type": "boolean"
          },
          "revokedAt": {
            "description": "When the key was revoked; null while it is active.",
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "lastUsedAt": {
            "description": "When a request last used the key (to the minute); null if never.",
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "ApiKeySecret": {
        "title": "ApiKeySecret",
        "description": "The API key itself, to send as `Authorization: Bearer ak_...`; shown only when created or rotated.",
        "type": "string",
        "pattern": "^ak_[A-Za-z0-9_-]{32,}$"
      },
      "ApiKeyWithSecret": {
        "title": "ApiKeyWithSecret",
        "description": "An API key's record and, this once, the key itself.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "role",
          "prefix",
          "rateLimitPerMinute",
          "revoked",
          "revokedAt",
          "createdAt",
          "lastUsedAt",
          "key"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "name": {
            "$ref": "#/components/schemas/ApiKeyName"
          },
          "role": {
            "$ref": "#/components/schemas/ApiKeyRole"
          },
          "prefix": {
            "description": "The key's first 12 characters.",
            "type": "string",
            "pattern": "^ak_"
          },
          "rateLimitPerMinute": {
            "$ref": "#/components/schemas/RateLimitPerMinute"
          },
          "revoked": {
            "description": "Always false here.",
            "type": "boolean"
          },
          "revokedAt": {
            "description": "Always null here.",
            "type": "null"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "lastUsedAt": {
            "description": "When a request last used the key; null if never.",
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "key": {
            "$ref": "#/components/schemas/ApiKeySecret"
          }
        }
      },
      "ApiKeyList": {
        "title": "ApiKeyList",
        "description": "One page of API keys.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "apiKeys",
          "total",
          "page",
          "pages"
        ],
        "properties": {
          "apiKeys": {
            "description": "The keys of this page, oldest first.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ApiKey"
            }
          },
          "total": {
            "description": "Number of keys, revoked ones included.",
            "type": "integer",
            "minimum": 0
          },
          "page": {
            "description": "This page's number.",
            "type": "integer",
            "minimum": 1
          },
          "pages": {
            "description": "Number of pages, `ceil(total / limit)`.",
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "CreateApiKeyRequest": {
        "title": "CreateApiKeyRequest",
        "description": "A new API key.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/ApiKeyName"
          },
          "role": {
            "description": "The key's role; `standard` when absent.",
            "type": "string",
            "enum": [
              "admin",
              "standard"
            ],
            "default": "standard"
          },
          "rateLimitPerMinute": {
            "description": "Requests per minute (1 to 1,000,000); the server's default (`RATE_LIMIT_PER_MINUTE`, 100) when absent.",
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000
          }
        }
      },
      "EventType": {
        "title": "EventType",
        "description": "A webhook event type.",
        "type": "string",
        "enum": [
          "user.created",
          "user.updated",
          "user.deleted",
          "payment.succeeded",
          "payment.failed"
        ]
      },
      "PayloadVersion": {
        "title": "PayloadVersion",
        "description": "Payload format sent to an endpoint: `v1` is `{ event, timestamp, data }` (see the version 1\ndocument), `v2` the shapes under `webhooks` in this document.\n",
        "type": "string",
        "enum": [
          "v1",
          "v2"
        ]
      },
      "WebhookUrl": {
        "title": "WebhookUrl",
        "$ref": "#/components/schemas/Text",
        "description": "Absolute `http` or `https` URL the events are posted to. URLs resolving to loopback, private\nor link-local addresses are refused unless the server allows them.\n",
        "type": "string",
        "format": "uri",
        "maxLength": 2048,
        "pattern": "^https?://"
      },
      "WebhookEvents": {
        "title": "WebhookEvents",
        "description": "The subscribed event types; at least one.",
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "$ref": "#/components/schemas/EventType"
        }
      },
      "WebhookDescription": {
        "title": "WebhookDescription",
        "$ref": "#/components/schemas/Text",
        "description": "A note for administrators.",
        "type": "string",
        "maxLength": 500
      },
      "WebhookSecret": {
        "title": "WebhookSecret",
        "description": "The signing secret (Standard Webhooks); shown only when created or rotated.",
        "type": "string",
        "pattern": "^whsec_"
      },
      "WebhookEndpoint": {
        "title": "WebhookEndpoint",
        "description": "A subscription of a URL to events. The secret is never shown here.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "url",
          "events",
          "payloadVersion",
          "description",
          "enabled",
          "disabledReason",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "url": {
            "$ref": "#/components/schemas/WebhookUrl"
          },
          "events": {
            "$ref": "#/components/schemas/WebhookEvents"
          },
          "payloadVersion": {
            "$ref": "#/components/schemas/PayloadVersion"
          },
          "description": {
            "description": "A note for administrators, or null.",
            "type": [
              "string",
              "null"
            ]
          },
          "enabled": {
            "description": "Whether events are delivered to this endpoint.",
            "type": "boolean"
          },
          "disabledReason": {
            "description": "Why the endpoint is disabled (for example after it answered 410 Gone, or by an\nadministrator); null while enabled.\n",
            "type": [
              "string",
              "null"
            ]
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "WebhookEndpointWithSecret": {
        "title": "WebhookEndpointWithSecret",
        "description": "A webhook endpoint with its signing secret, answered once on creation and on rotation.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "url",
          "events",
          "payloadVersion",
          "description",
          "enabled",
          "disabledReason",
          "createdAt",
          "updatedAt",
          "secret",
          "previousSecretExpiresAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "url": {
            "$ref": "#/components/schemas/WebhookUrl"
          },
          "events": {
            "$ref": "#/components/schemas/WebhookEvents"
          },
          "payloadVersion": {
            "$ref": "#/components/schemas/PayloadVersion"
          },
          "description": {
            "description": "A note for administrators, or null.",
            "type": [
              "string",
              "null"
            ]
          },
          "enabled": {
            "description": "Whether events are delivered to this endpoint.",
            "type": "boolean"
          },
          "disabledReason": {
            "description": "Why the endpoint is disabled; null while enabled.",
            "type": [
              "string",
              "null"
            ]
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "secret": {
            "$ref": "#/components/schemas/WebhookSecret"
          },
          "previousSecretExpiresAt": {
            "description": "After a rotation, until when the previous secret still signs messages (24 hours); null\non creation.\n",
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "UpdatedWebhookEndpoint": {
        "title": "UpdatedWebhookEndpoint",
        "description": "A webhook endpoint after an update. `secret` and `previousSecretExpiresAt` are present only\nwhen the update rotated the secret (`rotateSecret: true`).\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "url",
          "events",
          "payloadVersion",
          "description",
          "enabled",
          "disabledReason",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/Uuid"
          },
          "url": {
            "$ref": "#/components/schemas/WebhookUrl"
          },
          "events": {
            "$ref": "#/components/schemas/WebhookEvents"
          },
          "payloadVersion": {
            "$ref": "#/components/schemas/PayloadVersion"
          },
          "description": {
            "description": "A note for administrators, or null.",
            "type": [
              "string",
              "null"
            ]
          },
          "enabled": {
            "description": "Whether events are delivered to this endpoint.",
            "type": "boolean"
          },
          "disabledReason": {
            "description": "Why the endpoint is disabled; null while enabled.",
            "type": [
              "string",
              "null"
            ]
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "updatedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "secret": {
            "$ref": "#/components/schemas/WebhookSecret"
          },
          "previousSecretExpiresAt": {
            "description": "Until when the previous secret still signs messages (24 hours after the rotation).",
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "WebhookEndpointList": {
        "title": "WebhookEndpointList",
        "description": "One page of webhook endpoints.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "endpoints",
          "total",
          "page",
          "pages"
        ],
        "properties": {
          "endpoints": {
            "description": "The endpoints of this page, oldest first.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookEndpoint"
            }
          },
          "total": {
            "description": "Number of endpoints.",
            "type": "integer",
            "minimum": 0
          },
          "page": {
            "description": "This page's number.",
            "type": "integer",
            "minimum": 1
          },
          "pages": {
            "description": "Number of pages (0 when there are no endpoints).",
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "CreateWebhookEndpointRequest": {
        "title": "CreateWebhookEndpointRequest",
        "description": "A new webhook endpoint. Unknown fields are rejected.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "url",
          "events"
        ],
        "properties": {
          "url": {
            "$ref": "#/components/schemas/WebhookUrl"
          },
          "events": {
            "$ref": "#/components/schemas/WebhookEvents"
          },
          "payloadVersion": {
            "$ref": "#/components/schemas/PayloadVersion",
            "default": "v2"
          },
          "description": {
            "$ref": "#/components/schemas/WebhookDescription"
          },
          "enabled": {
            "description": "Whether events are delivered to the endpoint.",
            "type": "boolean",
            "default": true
          }
        }
      },
      "UpdateWebhookEndpointRequest": {
        "title": "UpdateWebhookEndpointRequest",
        "description": "The fields to change; at least one. Fields that are absent keep their value. Unknown fields\nare rejected.\n",
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "url": {
            "$ref": "#/components/schemas/WebhookUrl"
          },
          "events": {
            "$ref": "#/components/schemas/WebhookEvents"
          },
          "payloadVersion": {
            "$ref": "#/components/schemas/PayloadVersion"
          },
          "description": {
            "description": "A note for administrators; null removes it.",
            "anyOf": [
              {
                "$ref": "#/components/schemas/WebhookDescription"
              },
              {
                "type": "null"
              }
            ]
          },
          "enabled": {
            "description": "`true` (re-)enables the endpoint and clears `disabledReason`; `false` disables it.",
            "type": "boolean"
          },
          "rotateSecret": {
            "description": "`true` replaces the signing secret; the answer then holds the new one.",
            "type": "boolean"
          }
        }
      },
      "TestWebhookRequest": {
        "title": "TestWebhookRequest",
        "description": "Which event type to send a sample of. Unknown fields are rejected.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event"
        ],
        "properties": {
          "event": {
            "$ref": "#/components/schemas/EventType"
          }
        }
      },
      "WebhookDeliveryStatus": {
        "title": "WebhookDeliveryStatus",
        "description": "`pending`: waiting for its next attempt; `succeeded`: an attempt got a 2xx answer;\n`failed`: every retry failed, or the endpoint answered 410 Gone.\n",
        "type": "string",
        "enum": [
          "pending",
          "succeeded",
          "failed"
        ]
      },
      "WebhookDeliveryAttempt": {
        "title": "WebhookDeliveryAttempt",
        "description": "One attempt to deliver an event.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "attemptedAt",
          "statusCode",
          "latencyMs",
          "error",
          "responseBody"
        ],
        "properties": {
          "attemptedAt": {
            "$ref": "#/components/schemas/Timestamp"
          },
          "statusCode": {
            "description": "The HTTP status of the answer; null when there was none (timeout, connection error).",
            "type": [
              "integer",
              "null"
            ],
            "minimum": 100,
            "maximum": 599
          },
          "latencyMs": {
            "description": "Milliseconds from sending the request to the end of the answer (or to the failure).",
            "type": "integer",
            "minimum": 0
          },
          "error": {
            "description": "Why the attempt failed without an answer (timeout, DNS, connection, TLS); null otherwise.",
            "type": [
              "string",
              "null"
            ]
          },
          "responseBody": {
            "description": "The start of the response body (at most 1024 characters); null when there was none.",
            "type": [
              "string",
              "null"
            ],
            "maxLength": 1024
          }
        }
      },
      "WebhookDelivery": {
        "title": "WebhookDelivery",
        "description": "One event sent (or to be sent) to one endpoint, with its attempts.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "endpointId",
          "event",
          "status",
          "test",
          "payload",
          "attempts",
          "nextAttemptAt",
          "createdAt"
        ],
        "properties": {
          "id": {
            "description": "The delivery's id (a UUID), sent as `webhook-id`.",
            "type": "string",
            "format": "uuid"
          },
          "endpointId": {
            "$ref": "#/components/schemas/Uuid"
          },
          "event": {
            "$ref": "#/components/schemas/EventType"
          },
          "status": {
            "$ref": "#/components/schemas/WebhookDeliveryStatus"
          },
          "test": {
            "description": "Whether this is a test event sent with `POST /webhooks/{id}/test`.",
            "type": "boolean"
          },
          "payload": {
            "description": "The JSON body sent, in the endpoint's payload version (see `webhooks`).",
            "type": "object",
            "additionalProperties": true
          },
          "attempts": {
            "description": "The attempts so far, oldest first.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookDeliveryAttempt"
            }
          },
          "nextAttemptAt": {
            "description": "When the next attempt is due; null when none is scheduled.",
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "createdAt": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "WebhookDeliveryList": {
        "title": "WebhookDeliveryList",
        "description": "One page of an endpoint's deliveries.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "deliveries",
          "total",
          "page",
          "pages"
        ],
        "properties": {
          "deliveries": {
            "description": "The deliveries of this page, newest first.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookDelivery"
            }
          },
          "total": {
            "description": "Number of deliveries matching the filter.",
            "type": "integer",
            "minimum": 0
          },
          "page": {
            "description": "This page's number.",
            "type": "integer",
            "minimum": 1
          },
          "pages": {
            "description": "Number of pages (0 when nothing matches).",
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "FieldChange": {
        "title": "FieldChange",
        "description": "The value of a field before and after a change.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "old",
          "new"
        ],
        "properties": {
          "old": {
            "description": "The value before the change (a string, a boolean or null).",
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "boolean"
              },
              {
                "type": "null"
              }
            ]
          },
          "new": {
            "description": "The value after the change (a string, a boolean or null).",
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "boolean"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "Changes": {
        "title": "Changes",
        "description": "The fields that changed, keyed by field name (`name`, `email`, `role`, ...). Passwords never appear.",
        "type": "object",
        "minProperties": 1,
        "additionalProperties": {
          "$ref": "#/components/schemas/FieldChange"
        }
      },
      "Payment": {
        "title": "Payment",
        "description": "A payment.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "amount",
          "currency",
          "userId"
        ],
        "properties": {
          "id": {
            "description": "The payment's id.",
            "type": "string"
          },
          "amount": {
            "description": "Amount in the currency's minor units (cents for USD).",
            "type": "integer",
            "minimum": 0
          },
          "currency": {
            "description": "ISO 4217 currency code.",
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          },
          "userId": {
            "$ref": "#/components/schemas/Uuid"
          }
        }
      },
      "PaymentError": {
        "title": "PaymentError",
        "description": "Why a payment failed.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "description": "Machine-readable reason, for example `card_declined`.",
            "type": "string"
          },
          "message": {
            "description": "Human-readable reason.",
            "type": "string"
          }
        }
      },
      "UserCreatedEvent": {
        "title": "UserCreatedEvent",
        "description": "Payload of `user.created`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "user",
          "timestamp"
        ],
        "properties": {
          "event": {
            "const": "user.created"
          },
          "user": {
            "$ref": "#/components/schemas/User"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "UserUpdatedEvent": {
        "title": "UserUpdatedEvent",
        "description": "Payload of `user.updated`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "user",
          "changes",
          "timestamp"
        ],
        "properties": {
          "event": {
            "const": "user.updated"
          },
          "user": {
            "$ref": "#/components/schemas/User"
          },
          "changes": {
            "$ref": "#/components/schemas/Changes"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "UserDeletedEvent": {
        "title": "UserDeletedEvent",
        "description": "Payload of `user.deleted`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "userId",
          "deletedBy",
          "timestamp"
        ],
        "properties": {
          "event": {
            "const": "user.deleted"
          },
          "userId": {
            "$ref": "#/components/schemas/Uuid"
          },
          "deletedBy": {
            "description": "Who deleted the user: the id of the acting user when the request used a user token,\notherwise the id of the API key that made the request.\n",
            "type": "string",
            "format": "uuid"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PaymentSucceededEvent": {
        "title": "PaymentSucceededEvent",
        "description": "Payload of `payment.succeeded`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "payment",
          "timestamp"
        ],
        "properties": {
          "event": {
            "const": "payment.succeeded"
          },
          "payment": {
            "$ref": "#/components/schemas/Payment"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      },
      "PaymentFailedEvent": {
        "title": "PaymentFailedEvent",
        "description": "Payload of `payment.failed`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "payment",
          "error",
          "timestamp"
        ],
        "properties": {
          "event": {
            "const": "payment.failed"
          },
          "payment": {
            "$ref": "#/components/schemas/Payment"
          },
          "error": {
            "$ref": "#/components/schemas/PaymentError"
          },
          "timestamp": {
            "$ref": "#/components/schemas/Timestamp"
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is invalid (`INVALID_INPUT`), with one `errors` entry per invalid field.",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "validation": {
                "summary": "Body fields are invalid",
                "value": {
                  "type": "https://api.example.com/problems/invalid-input",
                  "title": "Invalid input",
                  "status": 400,
                  "detail": "The request has 2 invalid fields.",
                  "code": "INVALID_INPUT",
                  "errors": [
                    {
                      "field": "body.password",
                      "message": "must NOT have fewer than 12 characters"
                    },
                    {
                      "field": "body.email",
                      "message": "must match format \"email\""
                    }
                  ]
                }
              },
              "include": {
                "summary": "Unknown include value",
                "value": {
                  "type": "https://api.example.com/problems/invalid-input",
                  "title": "Invalid input",
                  "status": 400,
                  "detail": "The request has 1 invalid field.",
                  "code": "INVALID_INPUT",
                  "errors": [
                    {
                      "field": "query.include.0",
                      "message": "must be equal to one of the allowed values"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No credentials (`UNAUTHORIZED`); an unknown or revoked API key (`INVALID_API_KEY`); an\nunknown, expired or revoked user token (`INVALID_TOKEN`); a failed login (`INVALID_CREDENTIALS`).\n",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "missing": {
                "summary": "No credentials",
                "value": {
                  "type": "https://api.example.com/problems/unauthorized",
                  "title": "Unauthorized",
                  "status": 401,
                  "detail": "Authentication is required.",
                  "code": "UNAUTHORIZED"
                }
              },
              "apiKey": {
                "summary": "Unknown or revoked API key",
                "value": {
                  "type": "https://api.example.com/problems/invalid-api-key",
                  "title": "Invalid API key",
                  "status": 401,
                  "detail": "API key is invalid.",
                  "code": "INVALID_API_KEY"
                }
              },
              "token": {
                "summary": "Unknown, expired or revoked user token",
                "value": {
                  "type": "https://api.example.com/problems/invalid-token",
                  "title": "Invalid token",
                  "status": 401,
                  "detail": "The user token is invalid or has expired.",
                  "code": "INVALID_TOKEN"
                }
              },
              "credentials": {
                "summary": "Wrong email or password",
                "value": {
                  "type": "https://api.example.com/problems/invalid-credentials",
                  "title": "Invalid credentials",
                  "status": 401,
                  "detail": "The email or password is incorrect.",
                  "code": "INVALID_CREDENTIALS"
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The caller may not do this (`FORBIDDEN`): it needs an admin, or acts on its own account where that is not allowed.",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "admin": {
                "summary": "Admin needed",
                "value": {
                  "type": "https://api.example.com/problems/forbidden",
                  "title": "Forbidden",
                  "status": 403,
                  "detail": "This operation needs an admin.",
                  "code": "FORBIDDEN"
                }
              },
              "role": {
                "summary": "A non-admin tried to change a role",
                "value": {
                  "type": "https://api.example.com/problems/forbidden",
                  "title": "Forbidden",
                  "status": 403,
                  "detail": "Changing the role needs an admin.",
                  "code": "FORBIDDEN"
                }
              },
              "self": {
                "summary": "An admin tried to delete its own account",
                "value": {
                  "type": "https://api.example.com/problems/forbidden",
                  "title": "Forbidden",
                  "status": 403,
                  "detail": "You cannot delete your own account.",
                  "code": "FORBIDDEN"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "Nothing with this id is visible to the caller, or the id is malformed (`NOT_FOUND`).",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "user": {
                "summary": "Unknown user",
                "value": {
                  "type": "https://api.example.com/problems/not-found",
                  "title": "Not found",
                  "status": 404,
                  "detail": "User does not exist.",
                  "code": "NOT_FOUND"
                }
              }
            }
          }
        }
      },
      "Conflict": {
        "description": "The email is already taken (`CONFLICT`).",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "email": {
                "summary": "Email already exists",
                "value": {
                  "type": "https://api.example.com/problems/conflict",
                  "title": "Conflict",
                  "status": 409,
                  "detail": "A user with this email already exists.",
                  "code": "CONFLICT",
                  "errors": [
                    {
                      "field": "body.email",
                      "message": "is already taken"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is too large (`PAYLOAD_TOO_LARGE`).",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "tooLarge": {
                "summary": "Body over the limit",
                "value": {
                  "type": "https://api.example.com/problems/payload-too-large",
                  "title": "Payload too large",
                  "status": 413,
                  "detail": "The request body is too large.",
                  "code": "PAYLOAD_TOO_LARGE"
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The request body is not `application/json` (`UNSUPPORTED_MEDIA_TYPE`).",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "mediaType": {
                "summary": "Form data sent",
                "value": {
                  "type": "https://api.example.com/problems/unsupported-media-type",
                  "title": "Unsupported media type",
                  "status": 415,
                  "detail": "Content-Type must be application/json.",
                  "code": "UNSUPPORTED_MEDIA_TYPE"
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "The rate limit is exhausted (`RATE_LIMITED`); retry after `Retry-After` seconds.",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "limited": {
                "summary": "Too many requests",
                "value": {
                  "type": "https://api.example.com/problems/rate-limited",
                  "title": "Too many requests",
                  "status": 429,
                  "detail": "Rate limit of 100 requests per minute exceeded; retry in 42 seconds.",
                  "code": "RATE_LIMITED"
                }
              }
            }
          }
        }
      },
      "InternalError": {
        "description": "An unexpected error (`INTERNAL_ERROR`); no internals are revealed.",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/X-RateLimit-Limit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/X-RateLimit-Remaining"
          },
          "X-RateLimit-Reset": {
            "$ref": "#/components/headers/X-RateLimit-Reset"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "internal": {
                "summary": "Unexpected failure",
                "value": {
                  "type": "https://api.example.com/problems/internal-error",
                  "title": "Internal server error",
                  "status": 500,
                  "detail": "An unexpected error occurred.",
                  "code": "INTERNAL_ERROR"
                }
              }
            }
          }
        }
      },
      "ServiceUnavailable": {
        "description": "The service cannot answer now (`SERVICE_UNAVAILABLE`): its database is unreachable, or it is\noverloaded; retry after `Retry-After` seconds. Nothing was changed.\n",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "database": {
                "summary": "The database is unreachable",
                "value": {
                  "type": "https://api.example.com/problems/service-unavailable",
                  "title": "Service unavailable",
                  "status": 503,
                  "detail": "The database is unavailable; retry in 5 seconds.",
                  "code": "SERVICE_UNAVAILABLE"
                }
              },
              "overloaded": {
                "summary": "Overloaded",
                "value": {
                  "type": "https://api.example.com/problems/service-unavailable",
                  "title": "Service unavailable",
                  "status": 503,
                  "detail": "The service is overloaded; retry later.",
                  "code": "SERVICE_UNAVAILABLE"
                }
              }
            }
          }
        }
      },
      "UriTooLong": {
        "description": "A path parameter is longer than 100 characters (`URI_TOO_LONG`).",
        "headers": {
          "X-Content-Type-Options": {
            "$ref": "#/components/headers/X-Content-Type-Options"
          }
        },
        "content": {
          "application/problem+json": {
            "schema": {
              "$ref": "#/components/schemas/Problem"
            },
            "examples": {
              "tooLong": {
                "summary": "A 300-character id",
                "value": {
                  "type": "https://api.example.com/problems/uri-too-long",
                  "title": "URI too long",
                  "status": 414,
                  "detail": "A path segment is longer than the server accepts.",
                  "code": "URI_TOO_LONG"
                }
              }
            }
          }
        }
      }
    }
  }
} as const;
