// generated from spec/v1/openapi.yaml - do not edit
export const document = {
  "openapi": "3.1.0",
  "info": {
    "title": "Users API",
    "version": "1.0.0",
    "summary": "Manage the users of the platform (version 1).",
    "description": "Version 1 of the Users API: list, create, read, update and delete users.\nAll requests go to the base path `/v1` (for example `https://api.example.com/v1`).\nRequests and responses are JSON (`application/json`); other request media types get 415,\nrequest bodies over the size limit get 413.\n\n## Authentication\nEvery request needs an API key in the `Authorization` header:\n\n```\nAuthorization: Bearer ak_...\n```\n\nA missing key gives 401 `UNAUTHORIZED`; an unknown or revoked key gives 401 `INVALID_API_KEY`.\nKeys have a role, `admin` or `standard`. Any key can call every operation; giving a user a\nrole other than `user` (on create) or changing a role (on update) needs an admin key, otherwise 403 `FORBIDDEN`.\n\n## Identifiers\nA user id is `user_` followed by 32 lower-case hexadecimal digits, for example\n`user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30`. The same user is reachable through version 2 of the\nAPI under the UUID made of the same digits (`5f0c9d2a-3b7e-4c1f-8a6d-2e9b4f7c1a30`).\nAn id that is unknown or not in this format gives 404 `NOT_FOUND`.\nTimestamps are RFC 3339 in UTC with a `Z` suffix.\n\n## Rate limits\nRequests are limited per API key: 100 per minute unless the key says otherwise. Requests\nwithout a valid key are limited per client address. Every response, successful or not, carries\n`X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (UTC epoch seconds at which\nthe window resets). Over the limit the answer is 429 `RATE_LIMITED` with `Retry-After` (seconds).\n\n## Pagination\n`GET /users` pages with `limit` (1 to 100, default 20) and `offset` (default 0); `page` is an\nalias for `offset = (page - 1) * limit`. The response carries `pagination: { limit, offset, total }`.\n\n## Errors\nEvery error has the body `{ \"error\": { \"code\", \"message\", \"details\"? } }`, where `code` is one of\na fixed list (see the `Error` schema) and `details` names each invalid field for\n`INVALID_INPUT`. Unknown query parameters and unknown body fields are rejected with 400.\nInternal errors (500 `INTERNAL_ERROR`) never reveal internals.\n\nEvery answer is in this format, including those about the request as a whole: an unknown path\n(404 `NOT_FOUND`), a method the path does not take (405 `METHOD_NOT_ALLOWED` with `Allow`), a\nmalformed URL or HTTP message (400 `INVALID_INPUT`), a path parameter over 100 characters (414\n`URI_TOO_LONG`), a request line and headers over 16 KB (431 `HEADERS_TOO_LARGE`), a request not\nreceived in time (408 `REQUEST_TIMEOUT`), an overloaded service (503 `SERVICE_UNAVAILABLE` with\n`Retry-After`). No message repeats what the request sent.\n\n## Request bodies\nJSON bodies follow RFC 8259 strictly: UTF-8 only (a byte order mark is ignored; a `charset`\nother than `utf-8` is 415), no duplicate member names, no member named `__proto__`, no\n`constructor` member holding a `prototype`, no escaped lone surrogates, no number beyond the\nrange of a double and no integer beyond 2^53 - 1, at most 128 levels of nesting. Each of these is\n400 `INVALID_INPUT` naming `body`.\n\n## Response headers\nEvery response carries `X-Content-Type-Options: nosniff`.\n\n## Webhooks\nSubscribed endpoints (managed through version 2, `/api/v2/webhooks`, with payload version `v1`)\nreceive the events described under `webhooks`, signed according to Standard Webhooks.\n"
  },
  "servers": [
    {
      "url": "/v1",
      "description": "Version 1, relative to the host that serves this document."
    }
  ],
  "tags": [
    {
      "name": "users",
      "description": "Users of the platform."
    },
    {
      "name": "webhooks",
      "description": "Events sent by the service to subscribed HTTPS endpoints with payload version `v1`\n(`{ event, timestamp, data }`). Each request is signed with the Standard Webhooks scheme\n(`webhook-id`, `webhook-timestamp`, `webhook-signature`); verify it with any Standard Webhooks\nlibrary and the endpoint's `whsec_...` secret. Delivery is at least once: deduplicate on `webhook-id`.\n"
    }
  ],
  "paths": {
    "/users": {
      "get": {
        "operationId": "listUsers",
        "summary": "List users",
        "description": "Returns one page of users and the total count.\n\nPaging: `limit` (default 20) and `offset` (default 0), or `page` as an alias for\n`offset = (page - 1) * limit`. Giving both `page` and `offset` is 400.\n\nSorting: `sortBy` (default `createdAt`) and `sortOrder` (default `asc`). `sort` and `order`\nare aliases of `sortBy` and `sortOrder` (`sort=created_at` means `createdAt`). Giving both a\nparameter and its alias (`sort` with `sortBy`, `order` with `sortOrder`) is 400.\nTies are broken by id, so pages are stable.\n",
        "tags": [
          "users"
        ],
        "security": [
          {
            "apiKey": []
          }
        ],
        "x-query-constraints": {
          "description": "A JSON Schema the query parameters, as one object, must also match: `page` cannot be combined with\n`offset`, nor an alias with the parameter it stands for (`sort` with `sortBy`, `order` with `sortOrder`).\n",
          "dependentSchemas": {
            "offset": {
              "properties": {
                "page": false
              }
            },
            "sortBy": {
              "properties": {
                "sort": false
              }
            },
            "sortOrder": {
              "properties": {
                "order": false
              }
            }
          }
        },
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/Offset"
          },
          {
            "$ref": "#/components/parameters/Page"
          },
          {
            "$ref": "#/components/parameters/SortBy"
          },
          {
            "$ref": "#/components/parameters/SortOrder"
          },
          {
            "$ref": "#/components/parameters/Sort"
          },
          {
            "$ref": "#/components/parameters/Order"
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
                    "summary": "GET /v1/users?limit=10&offset=0",
                    "value": {
                      "data": [
                        {
                          "id": "user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30",
                          "name": "Alice Smith",
                          "username": null,
                          "email": "alice.smith@example.com",
                          "role": "user",
                          "createdAt": "2023-10-27T10:00:00Z",
                          "updatedAt": "2023-10-27T10:00:00Z"
                        },
                        {
                          "id": "user_1c7a4e9f2d5b4a8c9e3f6b0d8c2a5f14",
                          "name": "john_doe",
                          "username": "john_doe",
                          "email": "john.doe@example.com",
                          "role": "user",
                          "createdAt": "2023-10-27T10:05:00Z",
                          "updatedAt": "2023-10-27T10:05:00Z"
                        }
                      ],
                      "pagination": {
                        "limit": 10,
                        "offset": 0,
                        "total": 50
                      }
                    }
                  },
                  "empty": {
                    "summary": "Past the last page",
                    "value": {
                      "data": [],
                      "pagination": {
                        "limit": 20,
                        "offset": 100,
                        "total": 50
                      }
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
        "description": "Creates a user. `email` is required, and at least one of `name` and `username`; when\n`name` is absent it is set to `username`. `password` is optional: when absent a random\npassword is generated (and never returned). `role` defaults to `user`; any other role\nneeds an admin API key (403 `FORBIDDEN` otherwise).\n\nEmails are unique case-insensitively and usernames are unique: a taken one gives 409\n`CONFLICT`. Unknown fields give 400.\n",
        "tags": [
          "users"
        ],
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
                "withName": {
                  "summary": "Name and email; the password is generated",
                  "value": {
                    "name": "Charlie Brown",
                    "email": "charlie.brown@example.com"
                  }
                },
                "withUsername": {
                  "summary": "Username, email and password",
                  "value": {
                    "username": "new_user",
                    "email": "new.user@example.com",
                    "password": "securepassword123"
                  }
                },
                "withRole": {
                  "summary": "A moderator (needs an admin API key)",
                  "value": {
                    "name": "Alice Johnson",
                    "email": "alice@example.com",
                    "password": "secure_password_123",
                    "role": "moderator"
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
                  "$ref": "#/components/schemas/User"
                },
                "examples": {
                  "withName": {
                    "summary": "Created from a name",
                    "value": {
                      "id": "user_9a6f3c0d5e8b4b7aa2c4d1e7f9b3a605",
                      "name": "Charlie Brown",
                      "username": null,
                      "email": "charlie.brown@example.com",
                      "role": "user",
                      "createdAt": "2023-10-27T11:00:00Z",
                      "updatedAt": "2023-10-27T11:00:00Z"
                    }
                  },
                  "withUsername": {
                    "summary": "Created from a username (the name defaults to it)",
                    "value": {
                      "id": "user_2e8d5b7a1f4c4c9eb6a37d0f2c8e9b46",
                      "name": "new_user",
                      "username": "new_user",
                      "email": "new.user@example.com",
                      "role": "user",
                      "createdAt": "2023-10-27T11:00:00Z",
                      "updatedAt": "2023-10-27T11:00:00Z"
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
        "description": "Returns one user. An unknown or malformed id gives 404.",
        "tags": [
          "users"
        ],
        "security": [
          {
            "apiKey": []
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
                  "user": {
                    "summary": "A user",
                    "value": {
                      "id": "user_1c7a4e9f2d5b4a8c9e3f6b0d8c2a5f14",
                      "name": "John Doe",
                      "username": "john_doe",
                      "email": "john.doe@example.com",
                      "role": "admin",
                      "createdAt": "2023-10-27T10:00:00Z",
                      "updatedAt": "2023-10-28T08:45:00Z"
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
      "put": {
        "operationId": "updateUser",
        "summary": "Update a user",
        "description": "Partial update: only the fields present change (`name`, `username`, `email`, `role`).\nAn empty body is 400, and so are unknown fields (the password cannot be changed here).\nSending `role` needs an admin API key (403 `FORBIDDEN` otherwise). A new email or username\nalready taken by another user gives 409 `CONFLICT`. An unknown or malformed id gives 404.\n",
        "tags": [
          "users"
        ],
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
                "$ref": "#/components/schemas/UpdateUserRequest"
              },
              "examples": {
                "rename": {
                  "summary": "Change the name",
                  "value": {
                    "name": "Alice Wonderland"
                  }
                },
                "username": {
                  "summary": "Change the username",
                  "value": {
                    "username": "john_doe_updated"
                  }
                },
                "promote": {
                  "summary": "Change the name and the role (needs an admin API key)",
                  "value": {
                    "name": "John D. Doe",
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
                  "rename": {
                    "summary": "After renaming",
                    "value": {
                      "id": "user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30",
                      "name": "Alice Wonderland",
                      "username": null,
                      "email": "alice.smith@example.com",
                      "role": "user",
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
        "description": "Deletes the user permanently, with everything the user owns. This cannot be undone.\nAn unknown or malformed id gives 404 (so does a second delete of the same user).\n",
        "tags": [
          "users"
        ],
        "security": [
          {
            "apiKey": []
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
    }
  },
  "webhooks": {
    "user.created": {
      "post": {
        "operationId": "userCreatedWebhook",
        "summary": "user.created",
        "description": "Sent when a user is created (through any version of the API). `data` is the new user.\n\nRetries: a delivery that does not get a 2xx answer within the timeout is retried 3 times,\nafter 1 s, 2 s and 4 s.\n",
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
                    "timestamp": "2024-01-16T14:22:00Z",
                    "data": {
                      "id": "user_9a6f3c0d5e8b4b7aa2c4d1e7f9b3a605",
                      "name": "Alice Johnson",
                      "username": null,
                      "email": "alice@example.com",
                      "role": "user",
                      "createdAt": "2024-01-16T14:22:00Z",
                      "updatedAt": "2024-01-16T14:22:00Z"
                    }
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
        "description": "Sent when a user's fields change. `data` is the user after the change plus `changes`, the\nold and new value of each changed field.\n\nRetries: 3 retries after 1 s, 2 s and 4 s.\n",
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
                  "summary": "The name and role changed",
                  "value": {
                    "event": "user.updated",
                    "timestamp": "2024-01-16T15:00:00Z",
                    "data": {
                      "id": "user_1c7a4e9f2d5b4a8c9e3f6b0d8c2a5f14",
                      "name": "John D. Doe",
                      "username": "john_doe",
                      "email": "john@example.com",
                      "role": "moderator",
                      "createdAt": "2024-01-15T10:30:00Z",
                      "updatedAt": "2024-01-16T15:00:00Z",
                      "changes": {
                        "name": {
                          "old": "John Doe",
                          "new": "John D. Doe"
                        },
                        "role": {
                          "old": "admin",
                          "new": "moderator"
                        }
                      }
                    }
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
        "description": "Sent when a user is deleted: permanently, or deactivated through version 2 (a deactivated\nuser is no longer visible in version 1). `data` holds the user's id and who deleted it.\n\nRetries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).\n",
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
                  "summary": "Deleted with an API key",
                  "value": {
                    "event": "user.deleted",
                    "timestamp": "2024-01-17T09:00:00Z",
                    "data": {
                      "id": "user_1c7a4e9f2d5b4a8c9e3f6b0d8c2a5f14",
                      "deletedBy": "7b1e9d40-6c2a-4f8e-9d3b-0a5c7e2f1b69"
                    }
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
        "description": "Sent when a payment has been processed successfully. `data` is the payment.\n\nRetries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).\n",
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
                    "timestamp": "2024-01-18T12:00:00Z",
                    "data": {
                      "id": "pay_3kT9xQ2mLp7Vw8Rz",
                      "amount": 2999,
                      "currency": "USD",
                      "userId": "user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30"
                    }
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
        "description": "Sent when a payment could not be processed. `data` is the payment plus `error`, the reason.\n\nRetries (critical event): 5 retries with exponential backoff (1 s, 2 s, 4 s, 8 s, 16 s).\n",
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
                    "timestamp": "2024-01-18T12:05:00Z",
                    "data": {
                      "id": "pay_8sH2nC4vYb6Kq1Xe",
                      "amount": 2999,
                      "currency": "USD",
                      "userId": "user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30",
                      "error": {
                        "code": "card_declined",
                        "message": "The card was declined."
                      }
                    }
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
        "description": "An API key, sent as `Authorization: Bearer ak_...`. Keys have the role `admin` or\n`standard`; create one with `npm run keys -- create --role admin --name NAME`.\n"
      }
    },
    "parameters": {
      "UserId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The user's id: `user_` followed by 32 lower-case hexadecimal digits. The format is not\nchecked as a parameter: an id that is malformed gives 404, like an unknown one.\n",
        "schema": {
          "$ref": "#/components/schemas/Text"
        },
        "example": "user_5f0c9d2a3b7e4c1f8a6d2e9b4f7c1a30"
      },
      "Limit": {
        "name": "limit",
        "in": "query",
        "description": "Maximum number of users to return (1 to 100).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "Offset": {
        "name": "offset",
        "in": "query",
        "description": "Number of users to skip (at most 1,000,000,000). Defaults to 0. Cannot be combined with `page` (400).",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1000000000
        }
      },
      "Page": {
        "name": "page",
        "in": "query",
        "description": "Page number, 1-based (at most 10,000,000): an alias for `offset = (page - 1) * limit`.\nCannot be combined with `offset` (400).\n",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 10000000
        }
      },
      "SortBy": {
        "name": "sortBy",
        "in": "query",
        "description": "Field to sort by. Defaults to `createdAt`. Cannot be combined with `sort` (400).",
        "schema": {
          "$ref": "#/components/schemas/UserSortField"
        }
      },
      "SortOrder": {
        "name": "sortOrder",
        "in": "query",
        "description": "Sort direction. Defaults to `asc`. Cannot be combined with `order` (400).",
        "schema": {
          "$ref": "#/components/schemas/SortDirection"
        }
      },
      "Sort": {
        "name": "sort",
        "in": "query",
        "description": "Alias of `sortBy`; also accepts `created_at` for `createdAt`. Defaults to `createdAt`.\nCannot be combined with `sortBy` (400).\n",
        "schema": {
          "type": "string",
          "enum": [
            "createdAt",
            "created_at",
            "name",
            "username",
            "email"
          ]
        }
      },
      "Order": {
        "name": "order",
        "in": "query",
        "description": "Alias of `sortOrder`. Defaults to `asc`. Cannot be combined with `sortOrder` (400).",
        "schema": {
          "$ref": "#/components/schemas/SortDirection"
        }
      },
      "WebhookIdHeader": {
        "name": "webhook-id",
        "in": "header",
        "required": true,
        "description": "Unique id of the message (Standard Webhooks). It stays the same when a delivery is retried\nor redelivered by hand, so receivers can deduplicate on it.\n",
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
        "example": "/v1/users/user_9a6f3c0d5e8b4b7aa2c4d1e7f9b3a605"
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
      "UserSortField": {
        "title": "UserSortField",
        "description": "A field users can be sorted by.",
        "type": "string",
        "enum": [
          "createdAt",
          "name",
          "username",
          "email"
        ]
      },
      "SortDirection": {
        "title": "SortDirection",
        "description": "Ascending or descending order.",
        "type": "string",
        "enum": [
          "asc",
          "desc"
        ]
      },
      "UserIdV1": {
        "title": "UserIdV1",
        "description": "A user id in version 1 format, `user_` followed by 32 lower-case hexadecimal digits (the user's UUID without dashes).",
        "type": "string",
        "pattern": "^user_[0-9a-f]{32}$"
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
      "Username": {
        "title": "Username",
        "$ref": "#/components/schemas/Text",
        "description": "A unique handle of 3 to 32 letters, digits, `_`, `.` or `-`.",
        "type": "string",
        "minLength": 3,
        "maxLength": 32,
        "pattern": "^[A-Za-z0-9_.-]+$"
      },
      "Email": {
        "title": "Email",
        "$ref": "#/components/schemas/Text",
        "description": "An email address, unique case-insensitively.",
        "type": "string",
        "format": "email",
        "maxLength": 254
      },
      "User": {
        "title": "User",
        "description": "A user as version 1 shows it.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "username",
          "email",
          "role",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/UserIdV1"
          },
          "name": {
            "description": "Display name; set to the username when the user was created without one.",
            "type": "string"
          },
          "username": {
            "description": "The user's handle, or null when the user has none.",
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "description": "Email address.",
            "type": "string",
            "format": "email"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "createdAt": {
            "description": "When the user was created (RFC 3339, UTC).",
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "description": "When the user was last changed (RFC 3339, UTC).",
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Pagination": {
        "title": "Pagination",
        "description": "Where a page sits in the whole list.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "limit",
          "offset",
          "total"
        ],
        "properties": {
          "limit": {
            "description": "The page size that was applied.",
            "type": "integer",
            "minimum": 1,
            "maximum": 100
          },
          "offset": {
            "description": "Number of users skipped before this page.",
            "type": "integer",
            "minimum": 0
          },
          "total": {
            "description": "Number of users in the whole list.",
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "UserList": {
        "title": "UserList",
        "description": "One page of users.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "description": "The users of this page, in the requested order.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/User"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/Pagination"
          }
        }
      },
      "CreateUserRequest": {
        "title": "CreateUserRequest",
        "description": "A new user: `email` and at least one of `name` and `username`. Unknown fields are rejected.\n",
        "allOf": [
          {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "email"
            ],
            "properties": {
              "name": {
                "$ref": "#/components/schemas/Name"
              },
              "username": {
                "$ref": "#/components/schemas/Username"
              },
              "email": {
                "$ref": "#/components/schemas/Email"
              },
              "password": {
                "description": "At least 8 characters. When absent, a random password is generated. Never returned.",
                "$ref": "#/components/schemas/Text",
                "minLength": 8,
                "maxLength": 128,
                "writeOnly": true
              },
              "role": {
                "description": "Defaults to `user`. Any other role needs an admin API key (403 otherwise).",
                "$ref": "#/components/schemas/Role"
              }
            }
          },
          {
            "description": "At least one of `name` and `username`.",
            "anyOf": [
              {
                "required": [
                  "name"
                ]
              },
              {
                "required": [
                  "username"
                ]
              }
            ]
          }
        ]
      },
      "UpdateUserRequest": {
        "title": "UpdateUserRequest",
        "description": "The fields to change; at least one. Fields that are absent keep their value. Unknown fields\n(including `password`) are rejected.\n",
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "$ref": "#/components/schemas/Name"
          },
          "username": {
            "$ref": "#/components/schemas/Username"
          },
          "email": {
            "$ref": "#/components/schemas/Email"
          },
          "role": {
            "description": "Changing the role needs an admin API key (403 otherwise).",
            "$ref": "#/components/schemas/Role"
          }
        }
      },
      "ErrorCode": {
        "title": "ErrorCode",
        "description": "Machine-readable error code: `INVALID_INPUT` (400), `UNAUTHORIZED` and `INVALID_API_KEY`\n(401), `FORBIDDEN` (403), `NOT_FOUND` (404), `METHOD_NOT_ALLOWED` (405), `REQUEST_TIMEOUT`\n(408), `CONFLICT` (409), `PAYLOAD_TOO_LARGE` (413), `URI_TOO_LONG` (414),\n`UNSUPPORTED_MEDIA_TYPE` (415), `RATE_LIMITED` (429), `HEADERS_TOO_LARGE` (431),\n`INTERNAL_ERROR` (500), `SERVICE_UNAVAILABLE` (503).\n",
        "type": "string",
        "enum": [
          "INVALID_INPUT",
          "UNAUTHORIZED",
          "INVALID_API_KEY",
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
            "description": "Where the field is: `body`, `query`, `path` or `header`, then the path inside it,\nseparated by dots (`body.email`, `query.limit`, `body.tags.0`).\n",
            "type": "string"
          },
          "message": {
            "description": "What is wrong with it.",
            "type": "string"
          }
        }
      },
      "Error": {
        "title": "Error",
        "description": "The body of every error response.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "code",
              "message"
            ],
            "properties": {
              "code": {
                "$ref": "#/components/schemas/ErrorCode"
              },
              "message": {
                "description": "Human-readable explanation; may change, do not parse it.",
                "type": "string"
              },
              "details": {
                "description": "For `INVALID_INPUT`, one entry per invalid field.",
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/FieldError"
                }
              }
            }
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
        "description": "The fields that changed, keyed by field name (`name`, `username`, `email`, `role`, ...).\nPasswords never appear.\n",
        "type": "object",
        "minProperties": 1,
        "additionalProperties": {
          "$ref": "#/components/schemas/FieldChange"
        }
      },
      "Currency": {
        "title": "Currency",
        "description": "ISO 4217 currency code.",
        "type": "string",
        "pattern": "^[A-Z]{3}$"
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
            "$ref": "#/components/schemas/Currency"
          },
          "userId": {
            "$ref": "#/components/schemas/UserIdV1"
          }
        }
      },
      "FailedPayment": {
        "title": "FailedPayment",
        "description": "A payment that failed, with the reason.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "amount",
          "currency",
          "userId",
          "error"
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
            "$ref": "#/components/schemas/Currency"
          },
          "userId": {
            "$ref": "#/components/schemas/UserIdV1"
          },
          "error": {
            "$ref": "#/components/schemas/PaymentError"
          }
        }
      },
      "UpdatedUser": {
        "title": "UpdatedUser",
        "description": "A user after a change, with the changed fields.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "name",
          "username",
          "email",
          "role",
          "createdAt",
          "updatedAt",
          "changes"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/UserIdV1"
          },
          "name": {
            "description": "Display name.",
            "type": "string"
          },
          "username": {
            "description": "The user's handle, or null when the user has none.",
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "description": "Email address.",
            "type": "string",
            "format": "email"
          },
          "role": {
            "$ref": "#/components/schemas/Role"
          },
          "createdAt": {
            "description": "When the user was created.",
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "description": "When the user was changed.",
            "type": "string",
            "format": "date-time"
          },
          "changes": {
            "$ref": "#/components/schemas/Changes"
          }
        }
      },
      "DeletedUser": {
        "title": "DeletedUser",
        "description": "Which user was deleted, and by whom.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "deletedBy"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/UserIdV1"
          },
          "deletedBy": {
            "description": "Who deleted the user: the `user_...` id of the acting user when the request used a user\ntoken (version 2), otherwise the id (a UUID) of the API key that made the request.\n",
            "type": "string"
          }
        }
      },
      "EventTimestamp": {
        "title": "EventTimestamp",
        "description": "When the event happened (RFC 3339, UTC).",
        "type": "string",
        "format": "date-time"
      },
      "UserCreatedEvent": {
        "title": "UserCreatedEvent",
        "description": "Payload of `user.created`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "event",
          "timestamp",
          "data"
        ],
        "properties": {
          "event": {
            "const": "user.created"
          },
          "timestamp": {
            "$ref": "#/components/schemas/EventTimestamp"
          },
          "data": {
            "$ref": "#/components/schemas/User"
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
          "timestamp",
          "data"
        ],
        "properties": {
          "event": {
            "const": "user.updated"
          },
          "timestamp": {
            "$ref": "#/components/schemas/EventTimestamp"
          },
          "data": {
            "$ref": "#/components/schemas/UpdatedUser"
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
          "timestamp",
          "data"
        ],
        "properties": {
          "event": {
            "const": "user.deleted"
          },
          "timestamp": {
            "$ref": "#/components/schemas/EventTimestamp"
          },
          "data": {
            "$ref": "#/components/schemas/DeletedUser"
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
          "timestamp",
          "data"
        ],
        "properties": {
          "event": {
            "const": "payment.succeeded"
          },
          "timestamp": {
            "$ref": "#/components/schemas/EventTimestamp"
          },
          "data": {
            "$ref": "#/components/schemas/Payment"
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
          "timestamp",
          "data"
        ],
        "properties": {
          "event": {
            "const": "payment.failed"
          },
          "timestamp": {
            "$ref": "#/components/schemas/EventTimestamp"
          },
          "data": {
            "$ref": "#/components/schemas/FailedPayment"
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is invalid: `INVALID_INPUT`, with one `details` entry per invalid field.",
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
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "missingField": {
                "summary": "A required field is missing",
                "value": {
                  "error": {
                    "code": "INVALID_INPUT",
                    "message": "The 'email' field is required.",
                    "details": [
                      {
                        "field": "body.email",
                        "message": "is required"
                      }
                    ]
                  }
                }
              },
              "badQuery": {
                "summary": "A query parameter is out of range",
                "value": {
                  "error": {
                    "code": "INVALID_INPUT",
                    "message": "The request is invalid.",
                    "details": [
                      {
                        "field": "query.limit",
                        "message": "must be <= 100"
                      }
                    ]
                  }
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No API key was sent (`UNAUTHORIZED`), or it is unknown or revoked (`INVALID_API_KEY`).",
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
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "missing": {
                "summary": "No credentials",
                "value": {
                  "error": {
                    "code": "UNAUTHORIZED",
                    "message": "Authentication is required."
                  }
                }
              },
              "invalid": {
                "summary": "Unknown or revoked key",
                "value": {
                  "error": {
                    "code": "INVALID_API_KEY",
                    "message": "API key is invalid."
                  }
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The API key may not do this (`FORBIDDEN`): the role change needs an admin key.",
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
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "role": {
                "summary": "A standard key tried to set a role",
                "value": {
                  "error": {
                    "code": "FORBIDDEN",
                    "message": "Setting this role needs an admin API key."
                  }
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No user has this id, or the id is malformed (`NOT_FOUND`).",
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
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "user": {
                "summary": "Unknown user",
                "value": {
                  "error": {
                    "code": "NOT_FOUND",
                    "message": "User not found."
                  }
                }
              }
            }
          }
        }
      },
      "Conflict": {
        "description": "The email or username is already taken (`CONFLICT`).",
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
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "email": {
                "summary": "Email taken",
                "value": {
                  "error": {
                    "code": "CONFLICT",
                    "message": "A user with this email already exists.",
                    "details": [
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
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "tooLarge": {
                "summary": "Body over the limit",
                "value": {
                  "error": {
                    "code": "PAYLOAD_TOO_LARGE",
                    "message": "The request body is too large."
                  }
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
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "mediaType": {
                "summary": "Form data sent",
                "value": {
                  "error": {
                    "code": "UNSUPPORTED_MEDIA_TYPE",
                    "message": "Content-Type must be application/json."
                  }
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
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "limited": {
                "summary": "Too many requests",
                "value": {
                  "error": {
                    "code": "RATE_LIMITED",
                    "message": "Too many requests."
                  }
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
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "internal": {
                "summary": "Unexpected failure",
                "value": {
                  "error": {
                    "code": "INTERNAL_ERROR",
                    "message": "An unexpected error occurred."
                  }
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
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "database": {
                "summary": "The database is unreachable",
                "value": {
                  "error": {
                    "code": "SERVICE_UNAVAILABLE",
                    "message": "The database is unavailable; retry in 5 seconds."
                  }
                }
              },
              "overloaded": {
                "summary": "Overloaded",
                "value": {
                  "error": {
                    "code": "SERVICE_UNAVAILABLE",
                    "message": "The service is overloaded; retry later."
                  }
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
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            },
            "examples": {
              "tooLong": {
                "summary": "A 300-character id",
                "value": {
                  "error": {
                    "code": "URI_TOO_LONG",
                    "message": "A path segment is longer than the server accepts."
                  }
                }
              }
            }
          }
        }
      }
    }
  }
} as const;
