// generated from spec/v2/openapi.yaml - do not edit
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

/** Runs one fast-json-stringify standalone (CommonJS) module and returns its export. */
function load(factory) {
  const module = { exports: {} };
  factory(module, require);
  return module.exports;
}

export const createApiKey__201__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/ApiKeyWithSecret
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_1 = obj["id"]
      if (value_id_1 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_1 !== 'string') {
          if (value_id_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_1.toISOString() + JSON_STR_QUOTE
          } else if (value_id_1 instanceof RegExp) {
            json += asString(value_id_1.source)
          } else {
            json += asString(value_id_1.toString())
          }
        } else {
          json += asString(value_id_1)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_name_2 = obj["name"]
      if (value_name_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"name\":"
        
        if (typeof value_name_2 !== 'string') {
          if (value_name_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_name_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_name_2.toISOString() + JSON_STR_QUOTE
          } else if (value_name_2 instanceof RegExp) {
            json += asString(value_name_2.source)
          } else {
            json += asString(value_name_2.toString())
          }
        } else {
          json += asString(value_name_2)
        }
        
      } else {
        throw new Error('"name" is required!')
      }
      
      const value_role_3 = obj["role"]
      if (value_role_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"role\":"
        
        if (typeof value_role_3 !== 'string') {
          if (value_role_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_role_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_role_3.toISOString() + JSON_STR_QUOTE
          } else if (value_role_3 instanceof RegExp) {
            json += asString(value_role_3.source)
          } else {
            json += asString(value_role_3.toString())
          }
        } else {
          json += asString(value_role_3)
        }
        
      } else {
        throw new Error('"role" is required!')
      }
      
      const value_prefix_4 = obj["prefix"]
      if (value_prefix_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"prefix\":"
        
        if (typeof value_prefix_4 !== 'string') {
          if (value_prefix_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_prefix_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_prefix_4.toISOString() + JSON_STR_QUOTE
          } else if (value_prefix_4 instanceof RegExp) {
            json += asString(value_prefix_4.source)
          } else {
            json += asString(value_prefix_4.toString())
          }
        } else {
          json += asString(value_prefix_4)
        }
        
      } else {
        throw new Error('"prefix" is required!')
      }
      
      const value_rateLimitPerMinute_5 = obj["rateLimitPerMinute"]
      if (value_rateLimitPerMinute_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"rateLimitPerMinute\":"
        json += asInteger(value_rateLimitPerMinute_5)
      } else {
        throw new Error('"rateLimitPerMinute" is required!')
      }
      
      const value_revoked_6 = obj["revoked"]
      if (value_revoked_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"revoked\":"
        json += asBoolean(value_revoked_6)
      } else {
        throw new Error('"revoked" is required!')
      }
      
      const value_revokedAt_7 = obj["revokedAt"]
      if (value_revokedAt_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"revokedAt\":"
        json += JSON_STR_NULL
      } else {
        throw new Error('"revokedAt" is required!')
      }
      
      const value_createdAt_8 = obj["createdAt"]
      if (value_createdAt_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_8)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_lastUsedAt_9 = obj["lastUsedAt"]
      if (value_lastUsedAt_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"lastUsedAt\":"
        
          if (value_lastUsedAt_9 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_lastUsedAt_9 === "string" ||
            value_lastUsedAt_9 === null ||
            value_lastUsedAt_9 instanceof Date ||
            value_lastUsedAt_9 instanceof RegExp ||
            (
              typeof value_lastUsedAt_9 === "object" &&
              typeof value_lastUsedAt_9.toString === "function" &&
              value_lastUsedAt_9.toString !== Object.prototype.toString
            )
          ) {
            json += asDateTime(value_lastUsedAt_9)
          }
        
    else throw new TypeError(`The value of '#/$defs/ApiKeyWithSecret/properties/lastUsedAt' does not match schema definition.`)
  
      } else {
        throw new Error('"lastUsedAt" is required!')
      }
      
      const value_key_10 = obj["key"]
      if (value_key_10 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"key\":"
        
        if (typeof value_key_10 !== 'string') {
          if (value_key_10 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_key_10 instanceof Date) {
            json += JSON_STR_QUOTE + value_key_10.toISOString() + JSON_STR_QUOTE
          } else if (value_key_10 instanceof RegExp) {
            json += asString(value_key_10.source)
          } else {
            json += asString(value_key_10.toString())
          }
        } else {
          json += asString(value_key_10)
        }
        
      } else {
        throw new Error('"key" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const createApiKey__400__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/FieldError
      function anonymous2 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_field_8 = obj["field"]
      if (value_field_8 !== undefined) {
        
        json += "\"field\":"
        
        if (typeof value_field_8 !== 'string') {
          if (value_field_8 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_field_8 instanceof Date) {
            json += JSON_STR_QUOTE + value_field_8.toISOString() + JSON_STR_QUOTE
          } else if (value_field_8 instanceof RegExp) {
            json += asString(value_field_8.source)
          } else {
            json += asString(value_field_8.toString())
          }
        } else {
          json += asString(value_field_8)
        }
        
      } else {
        throw new Error('"field" is required!')
      }
      
      const value_message_9 = obj["message"]
      if (value_message_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"message\":"
        
        if (typeof value_message_9 !== 'string') {
          if (value_message_9 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_message_9 instanceof Date) {
            json += JSON_STR_QUOTE + value_message_9.toISOString() + JSON_STR_QUOTE
          } else if (value_message_9 instanceof RegExp) {
            json += asString(value_message_9.source)
          } else {
            json += asString(value_message_9.toString())
          }
        } else {
          json += asString(value_message_9)
        }
        
      } else {
        throw new Error('"message" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous1 (obj) {
      // #/$defs/Problem/properties/errors
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/Problem/properties/errors' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        json += anonymous2(value)
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          json += anonymous2(value)
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/Problem
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_type_1 = obj["type"]
      if (value_type_1 !== undefined) {
        
        json += "\"type\":"
        
        if (typeof value_type_1 !== 'string') {
          if (value_type_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_type_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_type_1.toISOString() + JSON_STR_QUOTE
          } else if (value_type_1 instanceof RegExp) {
            json += asString(value_type_1.source)
          } else {
            json += asString(value_type_1.toString())
          }
        } else {
          json += asString(value_type_1)
        }
        
      } else {
        throw new Error('"type" is required!')
      }
      
      const value_title_2 = obj["title"]
      if (value_title_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"title\":"
        
        if (typeof value_title_2 !== 'string') {
          if (value_title_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_title_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_title_2.toISOString() + JSON_STR_QUOTE
          } else if (value_title_2 instanceof RegExp) {
            json += asString(value_title_2.source)
          } else {
            json += asString(value_title_2.toString())
          }
        } else {
          json += asString(value_title_2)
        }
        
      } else {
        throw new Error('"title" is required!')
      }
      
      const value_status_3 = obj["status"]
      if (value_status_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"status\":"
        json += asInteger(value_status_3)
      } else {
        throw new Error('"status" is required!')
      }
      
      const value_detail_4 = obj["detail"]
      if (value_detail_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"detail\":"
        
        if (typeof value_detail_4 !== 'string') {
          if (value_detail_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_detail_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_detail_4.toISOString() + JSON_STR_QUOTE
          } else if (value_detail_4 instanceof RegExp) {
            json += asString(value_detail_4.source)
          } else {
            json += asString(value_detail_4.toString())
          }
        } else {
          json += asString(value_detail_4)
        }
        
      } else {
        throw new Error('"detail" is required!')
      }
      
      const value_code_5 = obj["code"]
      if (value_code_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"code\":"
        
        if (typeof value_code_5 !== 'string') {
          if (value_code_5 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_code_5 instanceof Date) {
            json += JSON_STR_QUOTE + value_code_5.toISOString() + JSON_STR_QUOTE
          } else if (value_code_5 instanceof RegExp) {
            json += asString(value_code_5.source)
          } else {
            json += asString(value_code_5.toString())
          }
        } else {
          json += asString(value_code_5)
        }
        
      } else {
        throw new Error('"code" is required!')
      }
      
      const value_errors_6 = obj["errors"]
      if (value_errors_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"errors\":"
        json += anonymous1(value_errors_6)
      }

    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const createApiKey__401__0 = createApiKey__400__0;

export const createApiKey__403__0 = createApiKey__400__0;

export const createApiKey__413__0 = createApiKey__400__0;

export const createApiKey__415__0 = createApiKey__400__0;

export const createApiKey__429__0 = createApiKey__400__0;

export const createApiKey__500__0 = createApiKey__400__0;

export const createApiKey__503__0 = createApiKey__400__0;

export const createToken__201__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/Token
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_token_1 = obj["token"]
      if (value_token_1 !== undefined) {
        
        json += "\"token\":"
        
        if (typeof value_token_1 !== 'string') {
          if (value_token_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_token_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_token_1.toISOString() + JSON_STR_QUOTE
          } else if (value_token_1 instanceof RegExp) {
            json += asString(value_token_1.source)
          } else {
            json += asString(value_token_1.toString())
          }
        } else {
          json += asString(value_token_1)
        }
        
      } else {
        throw new Error('"token" is required!')
      }
      
      const value_tokenType_2 = obj["tokenType"]
      if (value_tokenType_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"tokenType\":"
        json += '"Bearer"'
      } else {
        throw new Error('"tokenType" is required!')
      }
      
      const value_expiresAt_3 = obj["expiresAt"]
      if (value_expiresAt_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"expiresAt\":"
        json += asDateTime(value_expiresAt_3)
      } else {
        throw new Error('"expiresAt" is required!')
      }
      
      const value_userId_4 = obj["userId"]
      if (value_userId_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"userId\":"
        
        if (typeof value_userId_4 !== 'string') {
          if (value_userId_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_userId_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_userId_4.toISOString() + JSON_STR_QUOTE
          } else if (value_userId_4 instanceof RegExp) {
            json += asString(value_userId_4.source)
          } else {
            json += asString(value_userId_4.toString())
          }
        } else {
          json += asString(value_userId_4)
        }
        
      } else {
        throw new Error('"userId" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const createToken__400__0 = createApiKey__400__0;

export const createToken__401__0 = createApiKey__400__0;

export const createToken__413__0 = createApiKey__400__0;

export const createToken__415__0 = createApiKey__400__0;

export const createToken__429__0 = createApiKey__400__0;

export const createToken__500__0 = createApiKey__400__0;

export const createToken__503__0 = createApiKey__400__0;

export const createUser__201__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/CreatedUser
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_1 = obj["id"]
      if (value_id_1 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_1 !== 'string') {
          if (value_id_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_1.toISOString() + JSON_STR_QUOTE
          } else if (value_id_1 instanceof RegExp) {
            json += asString(value_id_1.source)
          } else {
            json += asString(value_id_1.toString())
          }
        } else {
          json += asString(value_id_1)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_name_2 = obj["name"]
      if (value_name_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"name\":"
        
        if (typeof value_name_2 !== 'string') {
          if (value_name_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_name_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_name_2.toISOString() + JSON_STR_QUOTE
          } else if (value_name_2 instanceof RegExp) {
            json += asString(value_name_2.source)
          } else {
            json += asString(value_name_2.toString())
          }
        } else {
          json += asString(value_name_2)
        }
        
      } else {
        throw new Error('"name" is required!')
      }
      
      const value_token_3 = obj["token"]
      if (value_token_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"token\":"
        
        if (typeof value_token_3 !== 'string') {
          if (value_token_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_token_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_token_3.toISOString() + JSON_STR_QUOTE
          } else if (value_token_3 instanceof RegExp) {
            json += asString(value_token_3.source)
          } else {
            json += asString(value_token_3.toString())
          }
        } else {
          json += asString(value_token_3)
        }
        
      } else {
        throw new Error('"token" is required!')
      }
      
      const value_tokenExpiresAt_4 = obj["tokenExpiresAt"]
      if (value_tokenExpiresAt_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"tokenExpiresAt\":"
        json += asDateTime(value_tokenExpiresAt_4)
      } else {
        throw new Error('"tokenExpiresAt" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const createUser__400__0 = createApiKey__400__0;

export const createUser__401__0 = createApiKey__400__0;

export const createUser__403__0 = createApiKey__400__0;

export const createUser__409__0 = createApiKey__400__0;

export const createUser__413__0 = createApiKey__400__0;

export const createUser__415__0 = createApiKey__400__0;

export const createUser__429__0 = createApiKey__400__0;

export const createUser__500__0 = createApiKey__400__0;

export const createUser__503__0 = createApiKey__400__0;

export const createWebhookEndpoint__201__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
    function anonymous1 (obj) {
      // #/$defs/WebhookEvents
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/WebhookEvents' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/WebhookEndpointWithSecret
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_1 = obj["id"]
      if (value_id_1 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_1 !== 'string') {
          if (value_id_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_1.toISOString() + JSON_STR_QUOTE
          } else if (value_id_1 instanceof RegExp) {
            json += asString(value_id_1.source)
          } else {
            json += asString(value_id_1.toString())
          }
        } else {
          json += asString(value_id_1)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_url_2 = obj["url"]
      if (value_url_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"url\":"
        
        if (typeof value_url_2 !== 'string') {
          if (value_url_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_url_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_url_2.toISOString() + JSON_STR_QUOTE
          } else if (value_url_2 instanceof RegExp) {
            json += asString(value_url_2.source)
          } else {
            json += asString(value_url_2.toString())
          }
        } else {
          json += asString(value_url_2)
        }
        
      } else {
        throw new Error('"url" is required!')
      }
      
      const value_events_3 = obj["events"]
      if (value_events_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"events\":"
        json += anonymous1(value_events_3)
      } else {
        throw new Error('"events" is required!')
      }
      
      const value_payloadVersion_4 = obj["payloadVersion"]
      if (value_payloadVersion_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"payloadVersion\":"
        
        if (typeof value_payloadVersion_4 !== 'string') {
          if (value_payloadVersion_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_payloadVersion_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_payloadVersion_4.toISOString() + JSON_STR_QUOTE
          } else if (value_payloadVersion_4 instanceof RegExp) {
            json += asString(value_payloadVersion_4.source)
          } else {
            json += asString(value_payloadVersion_4.toString())
          }
        } else {
          json += asString(value_payloadVersion_4)
        }
        
      } else {
        throw new Error('"payloadVersion" is required!')
      }
      
      const value_description_5 = obj["description"]
      if (value_description_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"description\":"
        
          if (value_description_5 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_description_5 === "string" ||
            value_description_5 === null ||
            value_description_5 instanceof Date ||
            value_description_5 instanceof RegExp ||
            (
              typeof value_description_5 === "object" &&
              typeof value_description_5.toString === "function" &&
              value_description_5.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_description_5 !== 'string') {
          if (value_description_5 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_description_5 instanceof Date) {
            json += JSON_STR_QUOTE + value_description_5.toISOString() + JSON_STR_QUOTE
          } else if (value_description_5 instanceof RegExp) {
            json += asString(value_description_5.source)
          } else {
            json += asString(value_description_5.toString())
          }
        } else {
          json += asString(value_description_5)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookEndpointWithSecret/properties/description' does not match schema definition.`)
  
      } else {
        throw new Error('"description" is required!')
      }
      
      const value_enabled_6 = obj["enabled"]
      if (value_enabled_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"enabled\":"
        json += asBoolean(value_enabled_6)
      } else {
        throw new Error('"enabled" is required!')
      }
      
      const value_disabledReason_7 = obj["disabledReason"]
      if (value_disabledReason_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"disabledReason\":"
        
          if (value_disabledReason_7 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_disabledReason_7 === "string" ||
            value_disabledReason_7 === null ||
            value_disabledReason_7 instanceof Date ||
            value_disabledReason_7 instanceof RegExp ||
            (
              typeof value_disabledReason_7 === "object" &&
              typeof value_disabledReason_7.toString === "function" &&
              value_disabledReason_7.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_disabledReason_7 !== 'string') {
          if (value_disabledReason_7 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_disabledReason_7 instanceof Date) {
            json += JSON_STR_QUOTE + value_disabledReason_7.toISOString() + JSON_STR_QUOTE
          } else if (value_disabledReason_7 instanceof RegExp) {
            json += asString(value_disabledReason_7.source)
          } else {
            json += asString(value_disabledReason_7.toString())
          }
        } else {
          json += asString(value_disabledReason_7)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookEndpointWithSecret/properties/disabledReason' does not match schema definition.`)
  
      } else {
        throw new Error('"disabledReason" is required!')
      }
      
      const value_createdAt_8 = obj["createdAt"]
      if (value_createdAt_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_8)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_updatedAt_9 = obj["updatedAt"]
      if (value_updatedAt_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"updatedAt\":"
        json += asDateTime(value_updatedAt_9)
      } else {
        throw new Error('"updatedAt" is required!')
      }
      
      const value_secret_10 = obj["secret"]
      if (value_secret_10 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"secret\":"
        
        if (typeof value_secret_10 !== 'string') {
          if (value_secret_10 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_secret_10 instanceof Date) {
            json += JSON_STR_QUOTE + value_secret_10.toISOString() + JSON_STR_QUOTE
          } else if (value_secret_10 instanceof RegExp) {
            json += asString(value_secret_10.source)
          } else {
            json += asString(value_secret_10.toString())
          }
        } else {
          json += asString(value_secret_10)
        }
        
      } else {
        throw new Error('"secret" is required!')
      }
      
      const value_previousSecretExpiresAt_11 = obj["previousSecretExpiresAt"]
      if (value_previousSecretExpiresAt_11 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"previousSecretExpiresAt\":"
        
          if (value_previousSecretExpiresAt_11 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_previousSecretExpiresAt_11 === "string" ||
            value_previousSecretExpiresAt_11 === null ||
            value_previousSecretExpiresAt_11 instanceof Date ||
            value_previousSecretExpiresAt_11 instanceof RegExp ||
            (
              typeof value_previousSecretExpiresAt_11 === "object" &&
              typeof value_previousSecretExpiresAt_11.toString === "function" &&
              value_previousSecretExpiresAt_11.toString !== Object.prototype.toString
            )
          ) {
            json += asDateTime(value_previousSecretExpiresAt_11)
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookEndpointWithSecret/properties/previousSecretExpiresAt' does not match schema definition.`)
  
      } else {
        throw new Error('"previousSecretExpiresAt" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const createWebhookEndpoint__400__0 = createApiKey__400__0;

export const createWebhookEndpoint__401__0 = createApiKey__400__0;

export const createWebhookEndpoint__403__0 = createApiKey__400__0;

export const createWebhookEndpoint__413__0 = createApiKey__400__0;

export const createWebhookEndpoint__415__0 = createApiKey__400__0;

export const createWebhookEndpoint__429__0 = createApiKey__400__0;

export const createWebhookEndpoint__500__0 = createApiKey__400__0;

export const createWebhookEndpoint__503__0 = createApiKey__400__0;

export const deleteUser__400__0 = createApiKey__400__0;

export const deleteUser__401__0 = createApiKey__400__0;

export const deleteUser__403__0 = createApiKey__400__0;

export const deleteUser__404__0 = createApiKey__400__0;

export const deleteUser__414__0 = createApiKey__400__0;

export const deleteUser__429__0 = createApiKey__400__0;

export const deleteUser__500__0 = createApiKey__400__0;

export const deleteUser__503__0 = createApiKey__400__0;

export const deleteWebhookEndpoint__400__0 = createApiKey__400__0;

export const deleteWebhookEndpoint__401__0 = createApiKey__400__0;

export const deleteWebhookEndpoint__403__0 = createApiKey__400__0;

export const deleteWebhookEndpoint__404__0 = createApiKey__400__0;

export const deleteWebhookEndpoint__414__0 = createApiKey__400__0;

export const deleteWebhookEndpoint__429__0 = createApiKey__400__0;

export const deleteWebhookEndpoint__500__0 = createApiKey__400__0;

export const deleteWebhookEndpoint__503__0 = createApiKey__400__0;

export const getApiKey__200__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/ApiKey
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_1 = obj["id"]
      if (value_id_1 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_1 !== 'string') {
          if (value_id_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_1.toISOString() + JSON_STR_QUOTE
          } else if (value_id_1 instanceof RegExp) {
            json += asString(value_id_1.source)
          } else {
            json += asString(value_id_1.toString())
          }
        } else {
          json += asString(value_id_1)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_name_2 = obj["name"]
      if (value_name_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"name\":"
        
        if (typeof value_name_2 !== 'string') {
          if (value_name_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_name_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_name_2.toISOString() + JSON_STR_QUOTE
          } else if (value_name_2 instanceof RegExp) {
            json += asString(value_name_2.source)
          } else {
            json += asString(value_name_2.toString())
          }
        } else {
          json += asString(value_name_2)
        }
        
      } else {
        throw new Error('"name" is required!')
      }
      
      const value_role_3 = obj["role"]
      if (value_role_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"role\":"
        
        if (typeof value_role_3 !== 'string') {
          if (value_role_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_role_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_role_3.toISOString() + JSON_STR_QUOTE
          } else if (value_role_3 instanceof RegExp) {
            json += asString(value_role_3.source)
          } else {
            json += asString(value_role_3.toString())
          }
        } else {
          json += asString(value_role_3)
        }
        
      } else {
        throw new Error('"role" is required!')
      }
      
      const value_prefix_4 = obj["prefix"]
      if (value_prefix_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"prefix\":"
        
        if (typeof value_prefix_4 !== 'string') {
          if (value_prefix_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_prefix_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_prefix_4.toISOString() + JSON_STR_QUOTE
          } else if (value_prefix_4 instanceof RegExp) {
            json += asString(value_prefix_4.source)
          } else {
            json += asString(value_prefix_4.toString())
          }
        } else {
          json += asString(value_prefix_4)
        }
        
      } else {
        throw new Error('"prefix" is required!')
      }
      
      const value_rateLimitPerMinute_5 = obj["rateLimitPerMinute"]
      if (value_rateLimitPerMinute_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"rateLimitPerMinute\":"
        json += asInteger(value_rateLimitPerMinute_5)
      } else {
        throw new Error('"rateLimitPerMinute" is required!')
      }
      
      const value_revoked_6 = obj["revoked"]
      if (value_revoked_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"revoked\":"
        json += asBoolean(value_revoked_6)
      } else {
        throw new Error('"revoked" is required!')
      }
      
      const value_revokedAt_7 = obj["revokedAt"]
      if (value_revokedAt_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"revokedAt\":"
        
          if (value_revokedAt_7 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_revokedAt_7 === "string" ||
            value_revokedAt_7 === null ||
            value_revokedAt_7 instanceof Date ||
            value_revokedAt_7 instanceof RegExp ||
            (
              typeof value_revokedAt_7 === "object" &&
              typeof value_revokedAt_7.toString === "function" &&
              value_revokedAt_7.toString !== Object.prototype.toString
            )
          ) {
            json += asDateTime(value_revokedAt_7)
          }
        
    else throw new TypeError(`The value of '#/$defs/ApiKey/properties/revokedAt' does not match schema definition.`)
  
      } else {
        throw new Error('"revokedAt" is required!')
      }
      
      const value_createdAt_8 = obj["createdAt"]
      if (value_createdAt_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_8)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_lastUsedAt_9 = obj["lastUsedAt"]
      if (value_lastUsedAt_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"lastUsedAt\":"
        
          if (value_lastUsedAt_9 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_lastUsedAt_9 === "string" ||
            value_lastUsedAt_9 === null ||
            value_lastUsedAt_9 instanceof Date ||
            value_lastUsedAt_9 instanceof RegExp ||
            (
              typeof value_lastUsedAt_9 === "object" &&
              typeof value_lastUsedAt_9.toString === "function" &&
              value_lastUsedAt_9.toString !== Object.prototype.toString
            )
          ) {
            json += asDateTime(value_lastUsedAt_9)
          }
        
    else throw new TypeError(`The value of '#/$defs/ApiKey/properties/lastUsedAt' does not match schema definition.`)
  
      } else {
        throw new Error('"lastUsedAt" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const getApiKey__400__0 = createApiKey__400__0;

export const getApiKey__401__0 = createApiKey__400__0;

export const getApiKey__403__0 = createApiKey__400__0;

export const getApiKey__404__0 = createApiKey__400__0;

export const getApiKey__414__0 = createApiKey__400__0;

export const getApiKey__429__0 = createApiKey__400__0;

export const getApiKey__500__0 = createApiKey__400__0;

export const getApiKey__503__0 = createApiKey__400__0;

export const getUser__200__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/Profile
      function anonymous1 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_bio_10 = obj["bio"]
      if (value_bio_10 !== undefined) {
        
        json += "\"bio\":"
        
          if (value_bio_10 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_bio_10 === "string" ||
            value_bio_10 === null ||
            value_bio_10 instanceof Date ||
            value_bio_10 instanceof RegExp ||
            (
              typeof value_bio_10 === "object" &&
              typeof value_bio_10.toString === "function" &&
              value_bio_10.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_bio_10 !== 'string') {
          if (value_bio_10 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_bio_10 instanceof Date) {
            json += JSON_STR_QUOTE + value_bio_10.toISOString() + JSON_STR_QUOTE
          } else if (value_bio_10 instanceof RegExp) {
            json += asString(value_bio_10.source)
          } else {
            json += asString(value_bio_10.toString())
          }
        } else {
          json += asString(value_bio_10)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/Profile/properties/bio' does not match schema definition.`)
  
      } else {
        throw new Error('"bio" is required!')
      }
      
      const value_avatarUrl_11 = obj["avatarUrl"]
      if (value_avatarUrl_11 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"avatarUrl\":"
        
          if (value_avatarUrl_11 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_avatarUrl_11 === "string" ||
            value_avatarUrl_11 === null ||
            value_avatarUrl_11 instanceof Date ||
            value_avatarUrl_11 instanceof RegExp ||
            (
              typeof value_avatarUrl_11 === "object" &&
              typeof value_avatarUrl_11.toString === "function" &&
              value_avatarUrl_11.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_avatarUrl_11 !== 'string') {
          if (value_avatarUrl_11 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_avatarUrl_11 instanceof Date) {
            json += JSON_STR_QUOTE + value_avatarUrl_11.toISOString() + JSON_STR_QUOTE
          } else if (value_avatarUrl_11 instanceof RegExp) {
            json += asString(value_avatarUrl_11.source)
          } else {
            json += asString(value_avatarUrl_11.toString())
          }
        } else {
          json += asString(value_avatarUrl_11)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/Profile/properties/avatarUrl' does not match schema definition.`)
  
      } else {
        throw new Error('"avatarUrl" is required!')
      }
      
      const value_location_12 = obj["location"]
      if (value_location_12 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"location\":"
        
          if (value_location_12 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_location_12 === "string" ||
            value_location_12 === null ||
            value_location_12 instanceof Date ||
            value_location_12 instanceof RegExp ||
            (
              typeof value_location_12 === "object" &&
              typeof value_location_12.toString === "function" &&
              value_location_12.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_location_12 !== 'string') {
          if (value_location_12 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_location_12 instanceof Date) {
            json += JSON_STR_QUOTE + value_location_12.toISOString() + JSON_STR_QUOTE
          } else if (value_location_12 instanceof RegExp) {
            json += asString(value_location_12.source)
          } else {
            json += asString(value_location_12.toString())
          }
        } else {
          json += asString(value_location_12)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/Profile/properties/location' does not match schema definition.`)
  
      } else {
        throw new Error('"location" is required!')
      }
      
      const value_website_13 = obj["website"]
      if (value_website_13 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"website\":"
        
          if (value_website_13 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_website_13 === "string" ||
            value_website_13 === null ||
            value_website_13 instanceof Date ||
            value_website_13 instanceof RegExp ||
            (
              typeof value_website_13 === "object" &&
              typeof value_website_13.toString === "function" &&
              value_website_13.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_website_13 !== 'string') {
          if (value_website_13 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_website_13 instanceof Date) {
            json += JSON_STR_QUOTE + value_website_13.toISOString() + JSON_STR_QUOTE
          } else if (value_website_13 instanceof RegExp) {
            json += asString(value_website_13.source)
          } else {
            json += asString(value_website_13.toString())
          }
        } else {
          json += asString(value_website_13)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/Profile/properties/website' does not match schema definition.`)
  
      } else {
        throw new Error('"website" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

      // #/$defs/Settings
      function anonymous2 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_theme_16 = obj["theme"]
      if (value_theme_16 !== undefined) {
        
        json += "\"theme\":"
        
        if (typeof value_theme_16 !== 'string') {
          if (value_theme_16 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_theme_16 instanceof Date) {
            json += JSON_STR_QUOTE + value_theme_16.toISOString() + JSON_STR_QUOTE
          } else if (value_theme_16 instanceof RegExp) {
            json += asString(value_theme_16.source)
          } else {
            json += asString(value_theme_16.toString())
          }
        } else {
          json += asString(value_theme_16)
        }
        
      } else {
        throw new Error('"theme" is required!')
      }
      
      const value_locale_17 = obj["locale"]
      if (value_locale_17 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"locale\":"
        
        if (typeof value_locale_17 !== 'string') {
          if (value_locale_17 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_locale_17 instanceof Date) {
            json += JSON_STR_QUOTE + value_locale_17.toISOString() + JSON_STR_QUOTE
          } else if (value_locale_17 instanceof RegExp) {
            json += asString(value_locale_17.source)
          } else {
            json += asString(value_locale_17.toString())
          }
        } else {
          json += asString(value_locale_17)
        }
        
      } else {
        throw new Error('"locale" is required!')
      }
      
      const value_timezone_18 = obj["timezone"]
      if (value_timezone_18 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"timezone\":"
        
        if (typeof value_timezone_18 !== 'string') {
          if (value_timezone_18 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_timezone_18 instanceof Date) {
            json += JSON_STR_QUOTE + value_timezone_18.toISOString() + JSON_STR_QUOTE
          } else if (value_timezone_18 instanceof RegExp) {
            json += asString(value_timezone_18.source)
          } else {
            json += asString(value_timezone_18.toString())
          }
        } else {
          json += asString(value_timezone_18)
        }
        
      } else {
        throw new Error('"timezone" is required!')
      }
      
      const value_emailNotifications_19 = obj["emailNotifications"]
      if (value_emailNotifications_19 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"emailNotifications\":"
        json += asBoolean(value_emailNotifications_19)
      } else {
        throw new Error('"emailNotifications" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous3 (obj) {
      // #/$defs/User/properties/permissions
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/User/properties/permissions' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/User
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_1 = obj["id"]
      if (value_id_1 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_1 !== 'string') {
          if (value_id_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_1.toISOString() + JSON_STR_QUOTE
          } else if (value_id_1 instanceof RegExp) {
            json += asString(value_id_1.source)
          } else {
            json += asString(value_id_1.toString())
          }
        } else {
          json += asString(value_id_1)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_name_2 = obj["name"]
      if (value_name_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"name\":"
        
        if (typeof value_name_2 !== 'string') {
          if (value_name_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_name_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_name_2.toISOString() + JSON_STR_QUOTE
          } else if (value_name_2 instanceof RegExp) {
            json += asString(value_name_2.source)
          } else {
            json += asString(value_name_2.toString())
          }
        } else {
          json += asString(value_name_2)
        }
        
      } else {
        throw new Error('"name" is required!')
      }
      
      const value_email_3 = obj["email"]
      if (value_email_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"email\":"
        
        if (typeof value_email_3 !== 'string') {
          if (value_email_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_email_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_email_3.toISOString() + JSON_STR_QUOTE
          } else if (value_email_3 instanceof RegExp) {
            json += asString(value_email_3.source)
          } else {
            json += asString(value_email_3.toString())
          }
        } else {
          json += asString(value_email_3)
        }
        
      } else {
        throw new Error('"email" is required!')
      }
      
      const value_role_4 = obj["role"]
      if (value_role_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"role\":"
        
        if (typeof value_role_4 !== 'string') {
          if (value_role_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_role_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_role_4.toISOString() + JSON_STR_QUOTE
          } else if (value_role_4 instanceof RegExp) {
            json += asString(value_role_4.source)
          } else {
            json += asString(value_role_4.toString())
          }
        } else {
          json += asString(value_role_4)
        }
        
      } else {
        throw new Error('"role" is required!')
      }
      
      const value_active_5 = obj["active"]
      if (value_active_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"active\":"
        json += asBoolean(value_active_5)
      } else {
        throw new Error('"active" is required!')
      }
      
      const value_createdAt_6 = obj["createdAt"]
      if (value_createdAt_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_6)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_updatedAt_7 = obj["updatedAt"]
      if (value_updatedAt_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"updatedAt\":"
        json += asDateTime(value_updatedAt_7)
      } else {
        throw new Error('"updatedAt" is required!')
      }
      
      const value_profile_8 = obj["profile"]
      if (value_profile_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"profile\":"
        json += anonymous1(value_profile_8)
      }

      const value_settings_14 = obj["settings"]
      if (value_settings_14 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"settings\":"
        json += anonymous2(value_settings_14)
      }

      const value_permissions_20 = obj["permissions"]
      if (value_permissions_20 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"permissions\":"
        json += anonymous3(value_permissions_20)
      }

    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const getUser__400__0 = createApiKey__400__0;

export const getUser__401__0 = createApiKey__400__0;

export const getUser__404__0 = createApiKey__400__0;

export const getUser__414__0 = createApiKey__400__0;

export const getUser__429__0 = createApiKey__400__0;

export const getUser__500__0 = createApiKey__400__0;

export const getUser__503__0 = createApiKey__400__0;

export const getWebhookEndpoint__200__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
    function anonymous1 (obj) {
      // #/$defs/WebhookEvents
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/WebhookEvents' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/WebhookEndpoint
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_1 = obj["id"]
      if (value_id_1 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_1 !== 'string') {
          if (value_id_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_1.toISOString() + JSON_STR_QUOTE
          } else if (value_id_1 instanceof RegExp) {
            json += asString(value_id_1.source)
          } else {
            json += asString(value_id_1.toString())
          }
        } else {
          json += asString(value_id_1)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_url_2 = obj["url"]
      if (value_url_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"url\":"
        
        if (typeof value_url_2 !== 'string') {
          if (value_url_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_url_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_url_2.toISOString() + JSON_STR_QUOTE
          } else if (value_url_2 instanceof RegExp) {
            json += asString(value_url_2.source)
          } else {
            json += asString(value_url_2.toString())
          }
        } else {
          json += asString(value_url_2)
        }
        
      } else {
        throw new Error('"url" is required!')
      }
      
      const value_events_3 = obj["events"]
      if (value_events_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"events\":"
        json += anonymous1(value_events_3)
      } else {
        throw new Error('"events" is required!')
      }
      
      const value_payloadVersion_4 = obj["payloadVersion"]
      if (value_payloadVersion_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"payloadVersion\":"
        
        if (typeof value_payloadVersion_4 !== 'string') {
          if (value_payloadVersion_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_payloadVersion_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_payloadVersion_4.toISOString() + JSON_STR_QUOTE
          } else if (value_payloadVersion_4 instanceof RegExp) {
            json += asString(value_payloadVersion_4.source)
          } else {
            json += asString(value_payloadVersion_4.toString())
          }
        } else {
          json += asString(value_payloadVersion_4)
        }
        
      } else {
        throw new Error('"payloadVersion" is required!')
      }
      
      const value_description_5 = obj["description"]
      if (value_description_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"description\":"
        
          if (value_description_5 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_description_5 === "string" ||
            value_description_5 === null ||
            value_description_5 instanceof Date ||
            value_description_5 instanceof RegExp ||
            (
              typeof value_description_5 === "object" &&
              typeof value_description_5.toString === "function" &&
              value_description_5.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_description_5 !== 'string') {
          if (value_description_5 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_description_5 instanceof Date) {
            json += JSON_STR_QUOTE + value_description_5.toISOString() + JSON_STR_QUOTE
          } else if (value_description_5 instanceof RegExp) {
            json += asString(value_description_5.source)
          } else {
            json += asString(value_description_5.toString())
          }
        } else {
          json += asString(value_description_5)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookEndpoint/properties/description' does not match schema definition.`)
  
      } else {
        throw new Error('"description" is required!')
      }
      
      const value_enabled_6 = obj["enabled"]
      if (value_enabled_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"enabled\":"
        json += asBoolean(value_enabled_6)
      } else {
        throw new Error('"enabled" is required!')
      }
      
      const value_disabledReason_7 = obj["disabledReason"]
      if (value_disabledReason_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"disabledReason\":"
        
          if (value_disabledReason_7 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_disabledReason_7 === "string" ||
            value_disabledReason_7 === null ||
            value_disabledReason_7 instanceof Date ||
            value_disabledReason_7 instanceof RegExp ||
            (
              typeof value_disabledReason_7 === "object" &&
              typeof value_disabledReason_7.toString === "function" &&
              value_disabledReason_7.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_disabledReason_7 !== 'string') {
          if (value_disabledReason_7 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_disabledReason_7 instanceof Date) {
            json += JSON_STR_QUOTE + value_disabledReason_7.toISOString() + JSON_STR_QUOTE
          } else if (value_disabledReason_7 instanceof RegExp) {
            json += asString(value_disabledReason_7.source)
          } else {
            json += asString(value_disabledReason_7.toString())
          }
        } else {
          json += asString(value_disabledReason_7)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookEndpoint/properties/disabledReason' does not match schema definition.`)
  
      } else {
        throw new Error('"disabledReason" is required!')
      }
      
      const value_createdAt_8 = obj["createdAt"]
      if (value_createdAt_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_8)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_updatedAt_9 = obj["updatedAt"]
      if (value_updatedAt_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"updatedAt\":"
        json += asDateTime(value_updatedAt_9)
      } else {
        throw new Error('"updatedAt" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const getWebhookEndpoint__400__0 = createApiKey__400__0;

export const getWebhookEndpoint__401__0 = createApiKey__400__0;

export const getWebhookEndpoint__403__0 = createApiKey__400__0;

export const getWebhookEndpoint__404__0 = createApiKey__400__0;

export const getWebhookEndpoint__414__0 = createApiKey__400__0;

export const getWebhookEndpoint__429__0 = createApiKey__400__0;

export const getWebhookEndpoint__500__0 = createApiKey__400__0;

export const getWebhookEndpoint__503__0 = createApiKey__400__0;

export const listApiKeys__200__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/ApiKey
      function anonymous2 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_3 = obj["id"]
      if (value_id_3 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_3 !== 'string') {
          if (value_id_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_3.toISOString() + JSON_STR_QUOTE
          } else if (value_id_3 instanceof RegExp) {
            json += asString(value_id_3.source)
          } else {
            json += asString(value_id_3.toString())
          }
        } else {
          json += asString(value_id_3)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_name_4 = obj["name"]
      if (value_name_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"name\":"
        
        if (typeof value_name_4 !== 'string') {
          if (value_name_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_name_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_name_4.toISOString() + JSON_STR_QUOTE
          } else if (value_name_4 instanceof RegExp) {
            json += asString(value_name_4.source)
          } else {
            json += asString(value_name_4.toString())
          }
        } else {
          json += asString(value_name_4)
        }
        
      } else {
        throw new Error('"name" is required!')
      }
      
      const value_role_5 = obj["role"]
      if (value_role_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"role\":"
        
        if (typeof value_role_5 !== 'string') {
          if (value_role_5 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_role_5 instanceof Date) {
            json += JSON_STR_QUOTE + value_role_5.toISOString() + JSON_STR_QUOTE
          } else if (value_role_5 instanceof RegExp) {
            json += asString(value_role_5.source)
          } else {
            json += asString(value_role_5.toString())
          }
        } else {
          json += asString(value_role_5)
        }
        
      } else {
        throw new Error('"role" is required!')
      }
      
      const value_prefix_6 = obj["prefix"]
      if (value_prefix_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"prefix\":"
        
        if (typeof value_prefix_6 !== 'string') {
          if (value_prefix_6 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_prefix_6 instanceof Date) {
            json += JSON_STR_QUOTE + value_prefix_6.toISOString() + JSON_STR_QUOTE
          } else if (value_prefix_6 instanceof RegExp) {
            json += asString(value_prefix_6.source)
          } else {
            json += asString(value_prefix_6.toString())
          }
        } else {
          json += asString(value_prefix_6)
        }
        
      } else {
        throw new Error('"prefix" is required!')
      }
      
      const value_rateLimitPerMinute_7 = obj["rateLimitPerMinute"]
      if (value_rateLimitPerMinute_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"rateLimitPerMinute\":"
        json += asInteger(value_rateLimitPerMinute_7)
      } else {
        throw new Error('"rateLimitPerMinute" is required!')
      }
      
      const value_revoked_8 = obj["revoked"]
      if (value_revoked_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"revoked\":"
        json += asBoolean(value_revoked_8)
      } else {
        throw new Error('"revoked" is required!')
      }
      
      const value_revokedAt_9 = obj["revokedAt"]
      if (value_revokedAt_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"revokedAt\":"
        
          if (value_revokedAt_9 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_revokedAt_9 === "string" ||
            value_revokedAt_9 === null ||
            value_revokedAt_9 instanceof Date ||
            value_revokedAt_9 instanceof RegExp ||
            (
              typeof value_revokedAt_9 === "object" &&
              typeof value_revokedAt_9.toString === "function" &&
              value_revokedAt_9.toString !== Object.prototype.toString
            )
          ) {
            json += asDateTime(value_revokedAt_9)
          }
        
    else throw new TypeError(`The value of '#/$defs/ApiKey/properties/revokedAt' does not match schema definition.`)
  
      } else {
        throw new Error('"revokedAt" is required!')
      }
      
      const value_createdAt_10 = obj["createdAt"]
      if (value_createdAt_10 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_10)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_lastUsedAt_11 = obj["lastUsedAt"]
      if (value_lastUsedAt_11 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"lastUsedAt\":"
        
          if (value_lastUsedAt_11 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_lastUsedAt_11 === "string" ||
            value_lastUsedAt_11 === null ||
            value_lastUsedAt_11 instanceof Date ||
            value_lastUsedAt_11 instanceof RegExp ||
            (
              typeof value_lastUsedAt_11 === "object" &&
              typeof value_lastUsedAt_11.toString === "function" &&
              value_lastUsedAt_11.toString !== Object.prototype.toString
            )
          ) {
            json += asDateTime(value_lastUsedAt_11)
          }
        
    else throw new TypeError(`The value of '#/$defs/ApiKey/properties/lastUsedAt' does not match schema definition.`)
  
      } else {
        throw new Error('"lastUsedAt" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous1 (obj) {
      // #/$defs/ApiKeyList/properties/apiKeys
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/ApiKeyList/properties/apiKeys' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        json += anonymous2(value)
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          json += anonymous2(value)
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/ApiKeyList
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_apiKeys_1 = obj["apiKeys"]
      if (value_apiKeys_1 !== undefined) {
        
        json += "\"apiKeys\":"
        json += anonymous1(value_apiKeys_1)
      } else {
        throw new Error('"apiKeys" is required!')
      }
      
      const value_total_12 = obj["total"]
      if (value_total_12 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"total\":"
        json += asInteger(value_total_12)
      } else {
        throw new Error('"total" is required!')
      }
      
      const value_page_13 = obj["page"]
      if (value_page_13 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"page\":"
        json += asInteger(value_page_13)
      } else {
        throw new Error('"page" is required!')
      }
      
      const value_pages_14 = obj["pages"]
      if (value_pages_14 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"pages\":"
        json += asInteger(value_pages_14)
      } else {
        throw new Error('"pages" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const listApiKeys__400__0 = createApiKey__400__0;

export const listApiKeys__401__0 = createApiKey__400__0;

export const listApiKeys__403__0 = createApiKey__400__0;

export const listApiKeys__429__0 = createApiKey__400__0;

export const listApiKeys__500__0 = createApiKey__400__0;

export const listApiKeys__503__0 = createApiKey__400__0;

export const listUsers__200__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/Profile
      function anonymous3 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_bio_12 = obj["bio"]
      if (value_bio_12 !== undefined) {
        
        json += "\"bio\":"
        
          if (value_bio_12 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_bio_12 === "string" ||
            value_bio_12 === null ||
            value_bio_12 instanceof Date ||
            value_bio_12 instanceof RegExp ||
            (
              typeof value_bio_12 === "object" &&
              typeof value_bio_12.toString === "function" &&
              value_bio_12.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_bio_12 !== 'string') {
          if (value_bio_12 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_bio_12 instanceof Date) {
            json += JSON_STR_QUOTE + value_bio_12.toISOString() + JSON_STR_QUOTE
          } else if (value_bio_12 instanceof RegExp) {
            json += asString(value_bio_12.source)
          } else {
            json += asString(value_bio_12.toString())
          }
        } else {
          json += asString(value_bio_12)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/Profile/properties/bio' does not match schema definition.`)
  
      } else {
        throw new Error('"bio" is required!')
      }
      
      const value_avatarUrl_13 = obj["avatarUrl"]
      if (value_avatarUrl_13 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"avatarUrl\":"
        
          if (value_avatarUrl_13 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_avatarUrl_13 === "string" ||
            value_avatarUrl_13 === null ||
            value_avatarUrl_13 instanceof Date ||
            value_avatarUrl_13 instanceof RegExp ||
            (
              typeof value_avatarUrl_13 === "object" &&
              typeof value_avatarUrl_13.toString === "function" &&
              value_avatarUrl_13.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_avatarUrl_13 !== 'string') {
          if (value_avatarUrl_13 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_avatarUrl_13 instanceof Date) {
            json += JSON_STR_QUOTE + value_avatarUrl_13.toISOString() + JSON_STR_QUOTE
          } else if (value_avatarUrl_13 instanceof RegExp) {
            json += asString(value_avatarUrl_13.source)
          } else {
            json += asString(value_avatarUrl_13.toString())
          }
        } else {
          json += asString(value_avatarUrl_13)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/Profile/properties/avatarUrl' does not match schema definition.`)
  
      } else {
        throw new Error('"avatarUrl" is required!')
      }
      
      const value_location_14 = obj["location"]
      if (value_location_14 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"location\":"
        
          if (value_location_14 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_location_14 === "string" ||
            value_location_14 === null ||
            value_location_14 instanceof Date ||
            value_location_14 instanceof RegExp ||
            (
              typeof value_location_14 === "object" &&
              typeof value_location_14.toString === "function" &&
              value_location_14.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_location_14 !== 'string') {
          if (value_location_14 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_location_14 instanceof Date) {
            json += JSON_STR_QUOTE + value_location_14.toISOString() + JSON_STR_QUOTE
          } else if (value_location_14 instanceof RegExp) {
            json += asString(value_location_14.source)
          } else {
            json += asString(value_location_14.toString())
          }
        } else {
          json += asString(value_location_14)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/Profile/properties/location' does not match schema definition.`)
  
      } else {
        throw new Error('"location" is required!')
      }
      
      const value_website_15 = obj["website"]
      if (value_website_15 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"website\":"
        
          if (value_website_15 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_website_15 === "string" ||
            value_website_15 === null ||
            value_website_15 instanceof Date ||
            value_website_15 instanceof RegExp ||
            (
              typeof value_website_15 === "object" &&
              typeof value_website_15.toString === "function" &&
              value_website_15.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_website_15 !== 'string') {
          if (value_website_15 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_website_15 instanceof Date) {
            json += JSON_STR_QUOTE + value_website_15.toISOString() + JSON_STR_QUOTE
          } else if (value_website_15 instanceof RegExp) {
            json += asString(value_website_15.source)
          } else {
            json += asString(value_website_15.toString())
          }
        } else {
          json += asString(value_website_15)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/Profile/properties/website' does not match schema definition.`)
  
      } else {
        throw new Error('"website" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

      // #/$defs/Settings
      function anonymous4 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_theme_18 = obj["theme"]
      if (value_theme_18 !== undefined) {
        
        json += "\"theme\":"
        
        if (typeof value_theme_18 !== 'string') {
          if (value_theme_18 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_theme_18 instanceof Date) {
            json += JSON_STR_QUOTE + value_theme_18.toISOString() + JSON_STR_QUOTE
          } else if (value_theme_18 instanceof RegExp) {
            json += asString(value_theme_18.source)
          } else {
            json += asString(value_theme_18.toString())
          }
        } else {
          json += asString(value_theme_18)
        }
        
      } else {
        throw new Error('"theme" is required!')
      }
      
      const value_locale_19 = obj["locale"]
      if (value_locale_19 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"locale\":"
        
        if (typeof value_locale_19 !== 'string') {
          if (value_locale_19 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_locale_19 instanceof Date) {
            json += JSON_STR_QUOTE + value_locale_19.toISOString() + JSON_STR_QUOTE
          } else if (value_locale_19 instanceof RegExp) {
            json += asString(value_locale_19.source)
          } else {
            json += asString(value_locale_19.toString())
          }
        } else {
          json += asString(value_locale_19)
        }
        
      } else {
        throw new Error('"locale" is required!')
      }
      
      const value_timezone_20 = obj["timezone"]
      if (value_timezone_20 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"timezone\":"
        
        if (typeof value_timezone_20 !== 'string') {
          if (value_timezone_20 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_timezone_20 instanceof Date) {
            json += JSON_STR_QUOTE + value_timezone_20.toISOString() + JSON_STR_QUOTE
          } else if (value_timezone_20 instanceof RegExp) {
            json += asString(value_timezone_20.source)
          } else {
            json += asString(value_timezone_20.toString())
          }
        } else {
          json += asString(value_timezone_20)
        }
        
      } else {
        throw new Error('"timezone" is required!')
      }
      
      const value_emailNotifications_21 = obj["emailNotifications"]
      if (value_emailNotifications_21 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"emailNotifications\":"
        json += asBoolean(value_emailNotifications_21)
      } else {
        throw new Error('"emailNotifications" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous5 (obj) {
      // #/$defs/User/properties/permissions
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/User/properties/permissions' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/User
      function anonymous2 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_3 = obj["id"]
      if (value_id_3 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_3 !== 'string') {
          if (value_id_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_3.toISOString() + JSON_STR_QUOTE
          } else if (value_id_3 instanceof RegExp) {
            json += asString(value_id_3.source)
          } else {
            json += asString(value_id_3.toString())
          }
        } else {
          json += asString(value_id_3)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_name_4 = obj["name"]
      if (value_name_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"name\":"
        
        if (typeof value_name_4 !== 'string') {
          if (value_name_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_name_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_name_4.toISOString() + JSON_STR_QUOTE
          } else if (value_name_4 instanceof RegExp) {
            json += asString(value_name_4.source)
          } else {
            json += asString(value_name_4.toString())
          }
        } else {
          json += asString(value_name_4)
        }
        
      } else {
        throw new Error('"name" is required!')
      }
      
      const value_email_5 = obj["email"]
      if (value_email_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"email\":"
        
        if (typeof value_email_5 !== 'string') {
          if (value_email_5 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_email_5 instanceof Date) {
            json += JSON_STR_QUOTE + value_email_5.toISOString() + JSON_STR_QUOTE
          } else if (value_email_5 instanceof RegExp) {
            json += asString(value_email_5.source)
          } else {
            json += asString(value_email_5.toString())
          }
        } else {
          json += asString(value_email_5)
        }
        
      } else {
        throw new Error('"email" is required!')
      }
      
      const value_role_6 = obj["role"]
      if (value_role_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"role\":"
        
        if (typeof value_role_6 !== 'string') {
          if (value_role_6 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_role_6 instanceof Date) {
            json += JSON_STR_QUOTE + value_role_6.toISOString() + JSON_STR_QUOTE
          } else if (value_role_6 instanceof RegExp) {
            json += asString(value_role_6.source)
          } else {
            json += asString(value_role_6.toString())
          }
        } else {
          json += asString(value_role_6)
        }
        
      } else {
        throw new Error('"role" is required!')
      }
      
      const value_active_7 = obj["active"]
      if (value_active_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"active\":"
        json += asBoolean(value_active_7)
      } else {
        throw new Error('"active" is required!')
      }
      
      const value_createdAt_8 = obj["createdAt"]
      if (value_createdAt_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_8)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_updatedAt_9 = obj["updatedAt"]
      if (value_updatedAt_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"updatedAt\":"
        json += asDateTime(value_updatedAt_9)
      } else {
        throw new Error('"updatedAt" is required!')
      }
      
      const value_profile_10 = obj["profile"]
      if (value_profile_10 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"profile\":"
        json += anonymous3(value_profile_10)
      }

      const value_settings_16 = obj["settings"]
      if (value_settings_16 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"settings\":"
        json += anonymous4(value_settings_16)
      }

      const value_permissions_22 = obj["permissions"]
      if (value_permissions_22 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"permissions\":"
        json += anonymous5(value_permissions_22)
      }

    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous1 (obj) {
      // #/$defs/UserList/properties/users
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/UserList/properties/users' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        json += anonymous2(value)
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          json += anonymous2(value)
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/UserList
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_users_1 = obj["users"]
      if (value_users_1 !== undefined) {
        
        json += "\"users\":"
        json += anonymous1(value_users_1)
      } else {
        throw new Error('"users" is required!')
      }
      
      const value_total_23 = obj["total"]
      if (value_total_23 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"total\":"
        json += asInteger(value_total_23)
      } else {
        throw new Error('"total" is required!')
      }
      
      const value_page_24 = obj["page"]
      if (value_page_24 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"page\":"
        json += asInteger(value_page_24)
      } else {
        throw new Error('"page" is required!')
      }
      
      const value_pages_25 = obj["pages"]
      if (value_pages_25 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"pages\":"
        json += asInteger(value_pages_25)
      } else {
        throw new Error('"pages" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const listUsers__400__0 = createApiKey__400__0;

export const listUsers__401__0 = createApiKey__400__0;

export const listUsers__429__0 = createApiKey__400__0;

export const listUsers__500__0 = createApiKey__400__0;

export const listUsers__503__0 = createApiKey__400__0;

export const listWebhookDeliveries__200__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/WebhookDelivery/properties/payload
      function anonymous3 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT
let addComma_9 = false

    for (const key of Object.keys(obj)) {
      if (
        
        obj[key] === undefined ||
        typeof obj[key] === 'function' ||
        typeof obj[key] === 'symbol'
      ) continue
      const value = obj[key]
  
        !addComma_9 && (addComma_9 = true) || (json += JSON_STR_COMMA)
        json += asString(key) + JSON_STR_COLONS + JSON.stringify(value)
      
    }
  
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

      // #/$defs/WebhookDeliveryAttempt
      function anonymous5 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_attemptedAt_12 = obj["attemptedAt"]
      if (value_attemptedAt_12 !== undefined) {
        
        json += "\"attemptedAt\":"
        json += asDateTime(value_attemptedAt_12)
      } else {
        throw new Error('"attemptedAt" is required!')
      }
      
      const value_statusCode_13 = obj["statusCode"]
      if (value_statusCode_13 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"statusCode\":"
        
          if (value_statusCode_13 === null) {
            json += JSON_STR_NULL
          }
          
          else if(Number.isInteger(value_statusCode_13) || value_statusCode_13 === null) {
            json += asInteger(value_statusCode_13)
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookDeliveryAttempt/properties/statusCode' does not match schema definition.`)
  
      } else {
        throw new Error('"statusCode" is required!')
      }
      
      const value_latencyMs_14 = obj["latencyMs"]
      if (value_latencyMs_14 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"latencyMs\":"
        json += asInteger(value_latencyMs_14)
      } else {
        throw new Error('"latencyMs" is required!')
      }
      
      const value_error_15 = obj["error"]
      if (value_error_15 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"error\":"
        
          if (value_error_15 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_error_15 === "string" ||
            value_error_15 === null ||
            value_error_15 instanceof Date ||
            value_error_15 instanceof RegExp ||
            (
              typeof value_error_15 === "object" &&
              typeof value_error_15.toString === "function" &&
              value_error_15.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_error_15 !== 'string') {
          if (value_error_15 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_error_15 instanceof Date) {
            json += JSON_STR_QUOTE + value_error_15.toISOString() + JSON_STR_QUOTE
          } else if (value_error_15 instanceof RegExp) {
            json += asString(value_error_15.source)
          } else {
            json += asString(value_error_15.toString())
          }
        } else {
          json += asString(value_error_15)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookDeliveryAttempt/properties/error' does not match schema definition.`)
  
      } else {
        throw new Error('"error" is required!')
      }
      
      const value_responseBody_16 = obj["responseBody"]
      if (value_responseBody_16 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"responseBody\":"
        
          if (value_responseBody_16 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_responseBody_16 === "string" ||
            value_responseBody_16 === null ||
            value_responseBody_16 instanceof Date ||
            value_responseBody_16 instanceof RegExp ||
            (
              typeof value_responseBody_16 === "object" &&
              typeof value_responseBody_16.toString === "function" &&
              value_responseBody_16.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_responseBody_16 !== 'string') {
          if (value_responseBody_16 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_responseBody_16 instanceof Date) {
            json += JSON_STR_QUOTE + value_responseBody_16.toISOString() + JSON_STR_QUOTE
          } else if (value_responseBody_16 instanceof RegExp) {
            json += asString(value_responseBody_16.source)
          } else {
            json += asString(value_responseBody_16.toString())
          }
        } else {
          json += asString(value_responseBody_16)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookDeliveryAttempt/properties/responseBody' does not match schema definition.`)
  
      } else {
        throw new Error('"responseBody" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous4 (obj) {
      // #/$defs/WebhookDelivery/properties/attempts
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/WebhookDelivery/properties/attempts' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        json += anonymous5(value)
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          json += anonymous5(value)
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/WebhookDelivery
      function anonymous2 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_3 = obj["id"]
      if (value_id_3 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_3 !== 'string') {
          if (value_id_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_3.toISOString() + JSON_STR_QUOTE
          } else if (value_id_3 instanceof RegExp) {
            json += asString(value_id_3.source)
          } else {
            json += asString(value_id_3.toString())
          }
        } else {
          json += asString(value_id_3)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_endpointId_4 = obj["endpointId"]
      if (value_endpointId_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"endpointId\":"
        
        if (typeof value_endpointId_4 !== 'string') {
          if (value_endpointId_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_endpointId_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_endpointId_4.toISOString() + JSON_STR_QUOTE
          } else if (value_endpointId_4 instanceof RegExp) {
            json += asString(value_endpointId_4.source)
          } else {
            json += asString(value_endpointId_4.toString())
          }
        } else {
          json += asString(value_endpointId_4)
        }
        
      } else {
        throw new Error('"endpointId" is required!')
      }
      
      const value_event_5 = obj["event"]
      if (value_event_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"event\":"
        
        if (typeof value_event_5 !== 'string') {
          if (value_event_5 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_event_5 instanceof Date) {
            json += JSON_STR_QUOTE + value_event_5.toISOString() + JSON_STR_QUOTE
          } else if (value_event_5 instanceof RegExp) {
            json += asString(value_event_5.source)
          } else {
            json += asString(value_event_5.toString())
          }
        } else {
          json += asString(value_event_5)
        }
        
      } else {
        throw new Error('"event" is required!')
      }
      
      const value_status_6 = obj["status"]
      if (value_status_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"status\":"
        
        if (typeof value_status_6 !== 'string') {
          if (value_status_6 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_status_6 instanceof Date) {
            json += JSON_STR_QUOTE + value_status_6.toISOString() + JSON_STR_QUOTE
          } else if (value_status_6 instanceof RegExp) {
            json += asString(value_status_6.source)
          } else {
            json += asString(value_status_6.toString())
          }
        } else {
          json += asString(value_status_6)
        }
        
      } else {
        throw new Error('"status" is required!')
      }
      
      const value_test_7 = obj["test"]
      if (value_test_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"test\":"
        json += asBoolean(value_test_7)
      } else {
        throw new Error('"test" is required!')
      }
      
      const value_payload_8 = obj["payload"]
      if (value_payload_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"payload\":"
        json += anonymous3(value_payload_8)
      } else {
        throw new Error('"payload" is required!')
      }
      
      const value_attempts_10 = obj["attempts"]
      if (value_attempts_10 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"attempts\":"
        json += anonymous4(value_attempts_10)
      } else {
        throw new Error('"attempts" is required!')
      }
      
      const value_nextAttemptAt_17 = obj["nextAttemptAt"]
      if (value_nextAttemptAt_17 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"nextAttemptAt\":"
        
          if (value_nextAttemptAt_17 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_nextAttemptAt_17 === "string" ||
            value_nextAttemptAt_17 === null ||
            value_nextAttemptAt_17 instanceof Date ||
            value_nextAttemptAt_17 instanceof RegExp ||
            (
              typeof value_nextAttemptAt_17 === "object" &&
              typeof value_nextAttemptAt_17.toString === "function" &&
              value_nextAttemptAt_17.toString !== Object.prototype.toString
            )
          ) {
            json += asDateTime(value_nextAttemptAt_17)
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookDelivery/properties/nextAttemptAt' does not match schema definition.`)
  
      } else {
        throw new Error('"nextAttemptAt" is required!')
      }
      
      const value_createdAt_18 = obj["createdAt"]
      if (value_createdAt_18 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_18)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous1 (obj) {
      // #/$defs/WebhookDeliveryList/properties/deliveries
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/WebhookDeliveryList/properties/deliveries' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        json += anonymous2(value)
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          json += anonymous2(value)
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/WebhookDeliveryList
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_deliveries_1 = obj["deliveries"]
      if (value_deliveries_1 !== undefined) {
        
        json += "\"deliveries\":"
        json += anonymous1(value_deliveries_1)
      } else {
        throw new Error('"deliveries" is required!')
      }
      
      const value_total_19 = obj["total"]
      if (value_total_19 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"total\":"
        json += asInteger(value_total_19)
      } else {
        throw new Error('"total" is required!')
      }
      
      const value_page_20 = obj["page"]
      if (value_page_20 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"page\":"
        json += asInteger(value_page_20)
      } else {
        throw new Error('"page" is required!')
      }
      
      const value_pages_21 = obj["pages"]
      if (value_pages_21 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"pages\":"
        json += asInteger(value_pages_21)
      } else {
        throw new Error('"pages" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const listWebhookDeliveries__400__0 = createApiKey__400__0;

export const listWebhookDeliveries__401__0 = createApiKey__400__0;

export const listWebhookDeliveries__403__0 = createApiKey__400__0;

export const listWebhookDeliveries__404__0 = createApiKey__400__0;

export const listWebhookDeliveries__414__0 = createApiKey__400__0;

export const listWebhookDeliveries__429__0 = createApiKey__400__0;

export const listWebhookDeliveries__500__0 = createApiKey__400__0;

export const listWebhookDeliveries__503__0 = createApiKey__400__0;

export const listWebhookEndpoints__200__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
    function anonymous3 (obj) {
      // #/$defs/WebhookEvents
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/WebhookEvents' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/WebhookEndpoint
      function anonymous2 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_3 = obj["id"]
      if (value_id_3 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_3 !== 'string') {
          if (value_id_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_3.toISOString() + JSON_STR_QUOTE
          } else if (value_id_3 instanceof RegExp) {
            json += asString(value_id_3.source)
          } else {
            json += asString(value_id_3.toString())
          }
        } else {
          json += asString(value_id_3)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_url_4 = obj["url"]
      if (value_url_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"url\":"
        
        if (typeof value_url_4 !== 'string') {
          if (value_url_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_url_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_url_4.toISOString() + JSON_STR_QUOTE
          } else if (value_url_4 instanceof RegExp) {
            json += asString(value_url_4.source)
          } else {
            json += asString(value_url_4.toString())
          }
        } else {
          json += asString(value_url_4)
        }
        
      } else {
        throw new Error('"url" is required!')
      }
      
      const value_events_5 = obj["events"]
      if (value_events_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"events\":"
        json += anonymous3(value_events_5)
      } else {
        throw new Error('"events" is required!')
      }
      
      const value_payloadVersion_6 = obj["payloadVersion"]
      if (value_payloadVersion_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"payloadVersion\":"
        
        if (typeof value_payloadVersion_6 !== 'string') {
          if (value_payloadVersion_6 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_payloadVersion_6 instanceof Date) {
            json += JSON_STR_QUOTE + value_payloadVersion_6.toISOString() + JSON_STR_QUOTE
          } else if (value_payloadVersion_6 instanceof RegExp) {
            json += asString(value_payloadVersion_6.source)
          } else {
            json += asString(value_payloadVersion_6.toString())
          }
        } else {
          json += asString(value_payloadVersion_6)
        }
        
      } else {
        throw new Error('"payloadVersion" is required!')
      }
      
      const value_description_7 = obj["description"]
      if (value_description_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"description\":"
        
          if (value_description_7 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_description_7 === "string" ||
            value_description_7 === null ||
            value_description_7 instanceof Date ||
            value_description_7 instanceof RegExp ||
            (
              typeof value_description_7 === "object" &&
              typeof value_description_7.toString === "function" &&
              value_description_7.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_description_7 !== 'string') {
          if (value_description_7 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_description_7 instanceof Date) {
            json += JSON_STR_QUOTE + value_description_7.toISOString() + JSON_STR_QUOTE
          } else if (value_description_7 instanceof RegExp) {
            json += asString(value_description_7.source)
          } else {
            json += asString(value_description_7.toString())
          }
        } else {
          json += asString(value_description_7)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookEndpoint/properties/description' does not match schema definition.`)
  
      } else {
        throw new Error('"description" is required!')
      }
      
      const value_enabled_8 = obj["enabled"]
      if (value_enabled_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"enabled\":"
        json += asBoolean(value_enabled_8)
      } else {
        throw new Error('"enabled" is required!')
      }
      
      const value_disabledReason_9 = obj["disabledReason"]
      if (value_disabledReason_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"disabledReason\":"
        
          if (value_disabledReason_9 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_disabledReason_9 === "string" ||
            value_disabledReason_9 === null ||
            value_disabledReason_9 instanceof Date ||
            value_disabledReason_9 instanceof RegExp ||
            (
              typeof value_disabledReason_9 === "object" &&
              typeof value_disabledReason_9.toString === "function" &&
              value_disabledReason_9.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_disabledReason_9 !== 'string') {
          if (value_disabledReason_9 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_disabledReason_9 instanceof Date) {
            json += JSON_STR_QUOTE + value_disabledReason_9.toISOString() + JSON_STR_QUOTE
          } else if (value_disabledReason_9 instanceof RegExp) {
            json += asString(value_disabledReason_9.source)
          } else {
            json += asString(value_disabledReason_9.toString())
          }
        } else {
          json += asString(value_disabledReason_9)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookEndpoint/properties/disabledReason' does not match schema definition.`)
  
      } else {
        throw new Error('"disabledReason" is required!')
      }
      
      const value_createdAt_10 = obj["createdAt"]
      if (value_createdAt_10 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_10)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_updatedAt_11 = obj["updatedAt"]
      if (value_updatedAt_11 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"updatedAt\":"
        json += asDateTime(value_updatedAt_11)
      } else {
        throw new Error('"updatedAt" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous1 (obj) {
      // #/$defs/WebhookEndpointList/properties/endpoints
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/WebhookEndpointList/properties/endpoints' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        json += anonymous2(value)
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          json += anonymous2(value)
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/WebhookEndpointList
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_endpoints_1 = obj["endpoints"]
      if (value_endpoints_1 !== undefined) {
        
        json += "\"endpoints\":"
        json += anonymous1(value_endpoints_1)
      } else {
        throw new Error('"endpoints" is required!')
      }
      
      const value_total_12 = obj["total"]
      if (value_total_12 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"total\":"
        json += asInteger(value_total_12)
      } else {
        throw new Error('"total" is required!')
      }
      
      const value_page_13 = obj["page"]
      if (value_page_13 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"page\":"
        json += asInteger(value_page_13)
      } else {
        throw new Error('"page" is required!')
      }
      
      const value_pages_14 = obj["pages"]
      if (value_pages_14 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"pages\":"
        json += asInteger(value_pages_14)
      } else {
        throw new Error('"pages" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const listWebhookEndpoints__400__0 = createApiKey__400__0;

export const listWebhookEndpoints__401__0 = createApiKey__400__0;

export const listWebhookEndpoints__403__0 = createApiKey__400__0;

export const listWebhookEndpoints__429__0 = createApiKey__400__0;

export const listWebhookEndpoints__500__0 = createApiKey__400__0;

export const listWebhookEndpoints__503__0 = createApiKey__400__0;

export const retryWebhookDelivery__202__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
      // #/$defs/WebhookDelivery/properties/payload
      function anonymous1 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT
let addComma_7 = false

    for (const key of Object.keys(obj)) {
      if (
        
        obj[key] === undefined ||
        typeof obj[key] === 'function' ||
        typeof obj[key] === 'symbol'
      ) continue
      const value = obj[key]
  
        !addComma_7 && (addComma_7 = true) || (json += JSON_STR_COMMA)
        json += asString(key) + JSON_STR_COLONS + JSON.stringify(value)
      
    }
  
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

      // #/$defs/WebhookDeliveryAttempt
      function anonymous3 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_attemptedAt_10 = obj["attemptedAt"]
      if (value_attemptedAt_10 !== undefined) {
        
        json += "\"attemptedAt\":"
        json += asDateTime(value_attemptedAt_10)
      } else {
        throw new Error('"attemptedAt" is required!')
      }
      
      const value_statusCode_11 = obj["statusCode"]
      if (value_statusCode_11 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"statusCode\":"
        
          if (value_statusCode_11 === null) {
            json += JSON_STR_NULL
          }
          
          else if(Number.isInteger(value_statusCode_11) || value_statusCode_11 === null) {
            json += asInteger(value_statusCode_11)
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookDeliveryAttempt/properties/statusCode' does not match schema definition.`)
  
      } else {
        throw new Error('"statusCode" is required!')
      }
      
      const value_latencyMs_12 = obj["latencyMs"]
      if (value_latencyMs_12 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"latencyMs\":"
        json += asInteger(value_latencyMs_12)
      } else {
        throw new Error('"latencyMs" is required!')
      }
      
      const value_error_13 = obj["error"]
      if (value_error_13 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"error\":"
        
          if (value_error_13 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_error_13 === "string" ||
            value_error_13 === null ||
            value_error_13 instanceof Date ||
            value_error_13 instanceof RegExp ||
            (
              typeof value_error_13 === "object" &&
              typeof value_error_13.toString === "function" &&
              value_error_13.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_error_13 !== 'string') {
          if (value_error_13 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_error_13 instanceof Date) {
            json += JSON_STR_QUOTE + value_error_13.toISOString() + JSON_STR_QUOTE
          } else if (value_error_13 instanceof RegExp) {
            json += asString(value_error_13.source)
          } else {
            json += asString(value_error_13.toString())
          }
        } else {
          json += asString(value_error_13)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookDeliveryAttempt/properties/error' does not match schema definition.`)
  
      } else {
        throw new Error('"error" is required!')
      }
      
      const value_responseBody_14 = obj["responseBody"]
      if (value_responseBody_14 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"responseBody\":"
        
          if (value_responseBody_14 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_responseBody_14 === "string" ||
            value_responseBody_14 === null ||
            value_responseBody_14 instanceof Date ||
            value_responseBody_14 instanceof RegExp ||
            (
              typeof value_responseBody_14 === "object" &&
              typeof value_responseBody_14.toString === "function" &&
              value_responseBody_14.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_responseBody_14 !== 'string') {
          if (value_responseBody_14 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_responseBody_14 instanceof Date) {
            json += JSON_STR_QUOTE + value_responseBody_14.toISOString() + JSON_STR_QUOTE
          } else if (value_responseBody_14 instanceof RegExp) {
            json += asString(value_responseBody_14.source)
          } else {
            json += asString(value_responseBody_14.toString())
          }
        } else {
          json += asString(value_responseBody_14)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookDeliveryAttempt/properties/responseBody' does not match schema definition.`)
  
      } else {
        throw new Error('"responseBody" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous2 (obj) {
      // #/$defs/WebhookDelivery/properties/attempts
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/WebhookDelivery/properties/attempts' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        json += anonymous3(value)
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          json += anonymous3(value)
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/WebhookDelivery
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_1 = obj["id"]
      if (value_id_1 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_1 !== 'string') {
          if (value_id_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_1.toISOString() + JSON_STR_QUOTE
          } else if (value_id_1 instanceof RegExp) {
            json += asString(value_id_1.source)
          } else {
            json += asString(value_id_1.toString())
          }
        } else {
          json += asString(value_id_1)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_endpointId_2 = obj["endpointId"]
      if (value_endpointId_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"endpointId\":"
        
        if (typeof value_endpointId_2 !== 'string') {
          if (value_endpointId_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_endpointId_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_endpointId_2.toISOString() + JSON_STR_QUOTE
          } else if (value_endpointId_2 instanceof RegExp) {
            json += asString(value_endpointId_2.source)
          } else {
            json += asString(value_endpointId_2.toString())
          }
        } else {
          json += asString(value_endpointId_2)
        }
        
      } else {
        throw new Error('"endpointId" is required!')
      }
      
      const value_event_3 = obj["event"]
      if (value_event_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"event\":"
        
        if (typeof value_event_3 !== 'string') {
          if (value_event_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_event_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_event_3.toISOString() + JSON_STR_QUOTE
          } else if (value_event_3 instanceof RegExp) {
            json += asString(value_event_3.source)
          } else {
            json += asString(value_event_3.toString())
          }
        } else {
          json += asString(value_event_3)
        }
        
      } else {
        throw new Error('"event" is required!')
      }
      
      const value_status_4 = obj["status"]
      if (value_status_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"status\":"
        
        if (typeof value_status_4 !== 'string') {
          if (value_status_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_status_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_status_4.toISOString() + JSON_STR_QUOTE
          } else if (value_status_4 instanceof RegExp) {
            json += asString(value_status_4.source)
          } else {
            json += asString(value_status_4.toString())
          }
        } else {
          json += asString(value_status_4)
        }
        
      } else {
        throw new Error('"status" is required!')
      }
      
      const value_test_5 = obj["test"]
      if (value_test_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"test\":"
        json += asBoolean(value_test_5)
      } else {
        throw new Error('"test" is required!')
      }
      
      const value_payload_6 = obj["payload"]
      if (value_payload_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"payload\":"
        json += anonymous1(value_payload_6)
      } else {
        throw new Error('"payload" is required!')
      }
      
      const value_attempts_8 = obj["attempts"]
      if (value_attempts_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"attempts\":"
        json += anonymous2(value_attempts_8)
      } else {
        throw new Error('"attempts" is required!')
      }
      
      const value_nextAttemptAt_15 = obj["nextAttemptAt"]
      if (value_nextAttemptAt_15 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"nextAttemptAt\":"
        
          if (value_nextAttemptAt_15 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_nextAttemptAt_15 === "string" ||
            value_nextAttemptAt_15 === null ||
            value_nextAttemptAt_15 instanceof Date ||
            value_nextAttemptAt_15 instanceof RegExp ||
            (
              typeof value_nextAttemptAt_15 === "object" &&
              typeof value_nextAttemptAt_15.toString === "function" &&
              value_nextAttemptAt_15.toString !== Object.prototype.toString
            )
          ) {
            json += asDateTime(value_nextAttemptAt_15)
          }
        
    else throw new TypeError(`The value of '#/$defs/WebhookDelivery/properties/nextAttemptAt' does not match schema definition.`)
  
      } else {
        throw new Error('"nextAttemptAt" is required!')
      }
      
      const value_createdAt_16 = obj["createdAt"]
      if (value_createdAt_16 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_16)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const retryWebhookDelivery__400__0 = createApiKey__400__0;

export const retryWebhookDelivery__401__0 = createApiKey__400__0;

export const retryWebhookDelivery__403__0 = createApiKey__400__0;

export const retryWebhookDelivery__404__0 = createApiKey__400__0;

export const retryWebhookDelivery__414__0 = createApiKey__400__0;

export const retryWebhookDelivery__429__0 = createApiKey__400__0;

export const retryWebhookDelivery__500__0 = createApiKey__400__0;

export const retryWebhookDelivery__503__0 = createApiKey__400__0;

export const revokeApiKey__200__0 = getApiKey__200__0;

export const revokeApiKey__400__0 = createApiKey__400__0;

export const revokeApiKey__401__0 = createApiKey__400__0;

export const revokeApiKey__403__0 = createApiKey__400__0;

export const revokeApiKey__404__0 = createApiKey__400__0;

export const revokeApiKey__409__0 = createApiKey__400__0;

export const revokeApiKey__414__0 = createApiKey__400__0;

export const revokeApiKey__429__0 = createApiKey__400__0;

export const revokeApiKey__500__0 = createApiKey__400__0;

export const revokeApiKey__503__0 = createApiKey__400__0;

export const revokeToken__400__0 = createApiKey__400__0;

export const revokeToken__401__0 = createApiKey__400__0;

export const revokeToken__429__0 = createApiKey__400__0;

export const revokeToken__500__0 = createApiKey__400__0;

export const revokeToken__503__0 = createApiKey__400__0;

export const rotateApiKey__200__0 = createApiKey__201__0;

export const rotateApiKey__400__0 = createApiKey__400__0;

export const rotateApiKey__401__0 = createApiKey__400__0;

export const rotateApiKey__403__0 = createApiKey__400__0;

export const rotateApiKey__404__0 = createApiKey__400__0;

export const rotateApiKey__409__0 = createApiKey__400__0;

export const rotateApiKey__414__0 = createApiKey__400__0;

export const rotateApiKey__429__0 = createApiKey__400__0;

export const rotateApiKey__500__0 = createApiKey__400__0;

export const rotateApiKey__503__0 = createApiKey__400__0;

export const sendTestWebhook__202__0 = retryWebhookDelivery__202__0;

export const sendTestWebhook__400__0 = createApiKey__400__0;

export const sendTestWebhook__401__0 = createApiKey__400__0;

export const sendTestWebhook__403__0 = createApiKey__400__0;

export const sendTestWebhook__404__0 = createApiKey__400__0;

export const sendTestWebhook__413__0 = createApiKey__400__0;

export const sendTestWebhook__414__0 = createApiKey__400__0;

export const sendTestWebhook__415__0 = createApiKey__400__0;

export const sendTestWebhook__429__0 = createApiKey__400__0;

export const sendTestWebhook__500__0 = createApiKey__400__0;

export const sendTestWebhook__503__0 = createApiKey__400__0;

export const updateUser__200__0 = getUser__200__0;

export const updateUser__400__0 = createApiKey__400__0;

export const updateUser__401__0 = createApiKey__400__0;

export const updateUser__403__0 = createApiKey__400__0;

export const updateUser__404__0 = createApiKey__400__0;

export const updateUser__409__0 = createApiKey__400__0;

export const updateUser__413__0 = createApiKey__400__0;

export const updateUser__414__0 = createApiKey__400__0;

export const updateUser__415__0 = createApiKey__400__0;

export const updateUser__429__0 = createApiKey__400__0;

export const updateUser__500__0 = createApiKey__400__0;

export const updateUser__503__0 = createApiKey__400__0;

export const updateWebhookEndpoint__200__0 = load((module, require) => {
'use strict'

  const Serializer = require('fast-json-stringify/lib/serializer')
  const serializerState = {"mode":"standalone"}
  const serializer = Serializer.restoreFromState(serializerState)

  const validator = null


  module.exports = function anonymous(validator,serializer
) {

    
const {
  asString,
  asNumber,
  asBoolean,
  asDateTime,
  asDate,
  asTime,
  asUnsafeString
} = serializer

const asInteger = serializer.asInteger.bind(serializer)


    const JSON_STR_BEGIN_OBJECT = '{'
    const JSON_STR_END_OBJECT = '}'
    const JSON_STR_BEGIN_ARRAY = '['
    const JSON_STR_END_ARRAY = ']'
    const JSON_STR_COMMA = ','
    const JSON_STR_COLONS = ':'
    const JSON_STR_QUOTE = '"'
    const JSON_STR_EMPTY_OBJECT = JSON_STR_BEGIN_OBJECT + JSON_STR_END_OBJECT
    const JSON_STR_EMPTY_ARRAY = JSON_STR_BEGIN_ARRAY + JSON_STR_END_ARRAY
    const JSON_STR_EMPTY_STRING = JSON_STR_QUOTE + JSON_STR_QUOTE
    const JSON_STR_NULL = 'null'
  
    
    function anonymous1 (obj) {
      // #/$defs/WebhookEvents
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/WebhookEvents' does not match schema definition.`)
    }
    const arrayLength = obj.length
  
    json += JSON_STR_BEGIN_ARRAY
  
      if (arrayLength > 0) {
        const value = obj[0]
        
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        for (let i = 1; i < arrayLength; i++) {
          json += JSON_STR_COMMA
          const value = obj[i]
          
        if (typeof value !== 'string') {
          if (value === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value instanceof Date) {
            json += JSON_STR_QUOTE + value.toISOString() + JSON_STR_QUOTE
          } else if (value instanceof RegExp) {
            json += asString(value.source)
          } else {
            json += asString(value.toString())
          }
        } else {
          json += asString(value)
        }
        
        }
      }
      return json + JSON_STR_END_ARRAY
    }

      // #/$defs/UpdatedWebhookEndpoint
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_id_1 = obj["id"]
      if (value_id_1 !== undefined) {
        
        json += "\"id\":"
        
        if (typeof value_id_1 !== 'string') {
          if (value_id_1 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_id_1 instanceof Date) {
            json += JSON_STR_QUOTE + value_id_1.toISOString() + JSON_STR_QUOTE
          } else if (value_id_1 instanceof RegExp) {
            json += asString(value_id_1.source)
          } else {
            json += asString(value_id_1.toString())
          }
        } else {
          json += asString(value_id_1)
        }
        
      } else {
        throw new Error('"id" is required!')
      }
      
      const value_url_2 = obj["url"]
      if (value_url_2 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"url\":"
        
        if (typeof value_url_2 !== 'string') {
          if (value_url_2 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_url_2 instanceof Date) {
            json += JSON_STR_QUOTE + value_url_2.toISOString() + JSON_STR_QUOTE
          } else if (value_url_2 instanceof RegExp) {
            json += asString(value_url_2.source)
          } else {
            json += asString(value_url_2.toString())
          }
        } else {
          json += asString(value_url_2)
        }
        
      } else {
        throw new Error('"url" is required!')
      }
      
      const value_events_3 = obj["events"]
      if (value_events_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"events\":"
        json += anonymous1(value_events_3)
      } else {
        throw new Error('"events" is required!')
      }
      
      const value_payloadVersion_4 = obj["payloadVersion"]
      if (value_payloadVersion_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"payloadVersion\":"
        
        if (typeof value_payloadVersion_4 !== 'string') {
          if (value_payloadVersion_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_payloadVersion_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_payloadVersion_4.toISOString() + JSON_STR_QUOTE
          } else if (value_payloadVersion_4 instanceof RegExp) {
            json += asString(value_payloadVersion_4.source)
          } else {
            json += asString(value_payloadVersion_4.toString())
          }
        } else {
          json += asString(value_payloadVersion_4)
        }
        
      } else {
        throw new Error('"payloadVersion" is required!')
      }
      
      const value_description_5 = obj["description"]
      if (value_description_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"description\":"
        
          if (value_description_5 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_description_5 === "string" ||
            value_description_5 === null ||
            value_description_5 instanceof Date ||
            value_description_5 instanceof RegExp ||
            (
              typeof value_description_5 === "object" &&
              typeof value_description_5.toString === "function" &&
              value_description_5.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_description_5 !== 'string') {
          if (value_description_5 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_description_5 instanceof Date) {
            json += JSON_STR_QUOTE + value_description_5.toISOString() + JSON_STR_QUOTE
          } else if (value_description_5 instanceof RegExp) {
            json += asString(value_description_5.source)
          } else {
            json += asString(value_description_5.toString())
          }
        } else {
          json += asString(value_description_5)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/UpdatedWebhookEndpoint/properties/description' does not match schema definition.`)
  
      } else {
        throw new Error('"description" is required!')
      }
      
      const value_enabled_6 = obj["enabled"]
      if (value_enabled_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"enabled\":"
        json += asBoolean(value_enabled_6)
      } else {
        throw new Error('"enabled" is required!')
      }
      
      const value_disabledReason_7 = obj["disabledReason"]
      if (value_disabledReason_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"disabledReason\":"
        
          if (value_disabledReason_7 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_disabledReason_7 === "string" ||
            value_disabledReason_7 === null ||
            value_disabledReason_7 instanceof Date ||
            value_disabledReason_7 instanceof RegExp ||
            (
              typeof value_disabledReason_7 === "object" &&
              typeof value_disabledReason_7.toString === "function" &&
              value_disabledReason_7.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_disabledReason_7 !== 'string') {
          if (value_disabledReason_7 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_disabledReason_7 instanceof Date) {
            json += JSON_STR_QUOTE + value_disabledReason_7.toISOString() + JSON_STR_QUOTE
          } else if (value_disabledReason_7 instanceof RegExp) {
            json += asString(value_disabledReason_7.source)
          } else {
            json += asString(value_disabledReason_7.toString())
          }
        } else {
          json += asString(value_disabledReason_7)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/UpdatedWebhookEndpoint/properties/disabledReason' does not match schema definition.`)
  
      } else {
        throw new Error('"disabledReason" is required!')
      }
      
      const value_createdAt_8 = obj["createdAt"]
      if (value_createdAt_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"createdAt\":"
        json += asDateTime(value_createdAt_8)
      } else {
        throw new Error('"createdAt" is required!')
      }
      
      const value_updatedAt_9 = obj["updatedAt"]
      if (value_updatedAt_9 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"updatedAt\":"
        json += asDateTime(value_updatedAt_9)
      } else {
        throw new Error('"updatedAt" is required!')
      }
      
      const value_secret_10 = obj["secret"]
      if (value_secret_10 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"secret\":"
        
        if (typeof value_secret_10 !== 'string') {
          if (value_secret_10 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_secret_10 instanceof Date) {
            json += JSON_STR_QUOTE + value_secret_10.toISOString() + JSON_STR_QUOTE
          } else if (value_secret_10 instanceof RegExp) {
            json += asString(value_secret_10.source)
          } else {
            json += asString(value_secret_10.toString())
          }
        } else {
          json += asString(value_secret_10)
        }
        
      }

      const value_previousSecretExpiresAt_11 = obj["previousSecretExpiresAt"]
      if (value_previousSecretExpiresAt_11 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"previousSecretExpiresAt\":"
        json += asDateTime(value_previousSecretExpiresAt_11)
      }

    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const updateWebhookEndpoint__400__0 = createApiKey__400__0;

export const updateWebhookEndpoint__401__0 = createApiKey__400__0;

export const updateWebhookEndpoint__403__0 = createApiKey__400__0;

export const updateWebhookEndpoint__404__0 = createApiKey__400__0;

export const updateWebhookEndpoint__413__0 = createApiKey__400__0;

export const updateWebhookEndpoint__414__0 = createApiKey__400__0;

export const updateWebhookEndpoint__415__0 = createApiKey__400__0;

export const updateWebhookEndpoint__429__0 = createApiKey__400__0;

export const updateWebhookEndpoint__500__0 = createApiKey__400__0;

export const updateWebhookEndpoint__503__0 = createApiKey__400__0;
