// generated from spec/v1/openapi.yaml - do not edit
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

/** Runs one fast-json-stringify standalone (CommonJS) module and returns its export. */
function load(factory) {
  const module = { exports: {} };
  factory(module, require);
  return module.exports;
}

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
      
      const value_username_3 = obj["username"]
      if (value_username_3 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"username\":"
        
          if (value_username_3 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_username_3 === "string" ||
            value_username_3 === null ||
            value_username_3 instanceof Date ||
            value_username_3 instanceof RegExp ||
            (
              typeof value_username_3 === "object" &&
              typeof value_username_3.toString === "function" &&
              value_username_3.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_username_3 !== 'string') {
          if (value_username_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_username_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_username_3.toISOString() + JSON_STR_QUOTE
          } else if (value_username_3 instanceof RegExp) {
            json += asString(value_username_3.source)
          } else {
            json += asString(value_username_3.toString())
          }
        } else {
          json += asString(value_username_3)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/User/properties/username' does not match schema definition.`)
  
      } else {
        throw new Error('"username" is required!')
      }
      
      const value_email_4 = obj["email"]
      if (value_email_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"email\":"
        
        if (typeof value_email_4 !== 'string') {
          if (value_email_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_email_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_email_4.toISOString() + JSON_STR_QUOTE
          } else if (value_email_4 instanceof RegExp) {
            json += asString(value_email_4.source)
          } else {
            json += asString(value_email_4.toString())
          }
        } else {
          json += asString(value_email_4)
        }
        
      } else {
        throw new Error('"email" is required!')
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
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const createUser__400__0 = load((module, require) => {
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
      function anonymous3 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_field_7 = obj["field"]
      if (value_field_7 !== undefined) {
        
        json += "\"field\":"
        
        if (typeof value_field_7 !== 'string') {
          if (value_field_7 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_field_7 instanceof Date) {
            json += JSON_STR_QUOTE + value_field_7.toISOString() + JSON_STR_QUOTE
          } else if (value_field_7 instanceof RegExp) {
            json += asString(value_field_7.source)
          } else {
            json += asString(value_field_7.toString())
          }
        } else {
          json += asString(value_field_7)
        }
        
      } else {
        throw new Error('"field" is required!')
      }
      
      const value_message_8 = obj["message"]
      if (value_message_8 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"message\":"
        
        if (typeof value_message_8 !== 'string') {
          if (value_message_8 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_message_8 instanceof Date) {
            json += JSON_STR_QUOTE + value_message_8.toISOString() + JSON_STR_QUOTE
          } else if (value_message_8 instanceof RegExp) {
            json += asString(value_message_8.source)
          } else {
            json += asString(value_message_8.toString())
          }
        } else {
          json += asString(value_message_8)
        }
        
      } else {
        throw new Error('"message" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

    function anonymous2 (obj) {
      // #/$defs/Error/properties/error/properties/details
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/Error/properties/error/properties/details' does not match schema definition.`)
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

      // #/$defs/Error/properties/error
      function anonymous1 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_code_3 = obj["code"]
      if (value_code_3 !== undefined) {
        
        json += "\"code\":"
        
        if (typeof value_code_3 !== 'string') {
          if (value_code_3 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_code_3 instanceof Date) {
            json += JSON_STR_QUOTE + value_code_3.toISOString() + JSON_STR_QUOTE
          } else if (value_code_3 instanceof RegExp) {
            json += asString(value_code_3.source)
          } else {
            json += asString(value_code_3.toString())
          }
        } else {
          json += asString(value_code_3)
        }
        
      } else {
        throw new Error('"code" is required!')
      }
      
      const value_message_4 = obj["message"]
      if (value_message_4 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"message\":"
        
        if (typeof value_message_4 !== 'string') {
          if (value_message_4 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_message_4 instanceof Date) {
            json += JSON_STR_QUOTE + value_message_4.toISOString() + JSON_STR_QUOTE
          } else if (value_message_4 instanceof RegExp) {
            json += asString(value_message_4.source)
          } else {
            json += asString(value_message_4.toString())
          }
        } else {
          json += asString(value_message_4)
        }
        
      } else {
        throw new Error('"message" is required!')
      }
      
      const value_details_5 = obj["details"]
      if (value_details_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"details\":"
        json += anonymous2(value_details_5)
      }

    json += JSON_STR_END_OBJECT
  
        return json
      }
    

      // #/$defs/Error
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_error_1 = obj["error"]
      if (value_error_1 !== undefined) {
        
        json += "\"error\":"
        json += anonymous1(value_error_1)
      } else {
        throw new Error('"error" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const createUser__401__0 = createUser__400__0;

export const createUser__403__0 = createUser__400__0;

export const createUser__409__0 = createUser__400__0;

export const createUser__413__0 = createUser__400__0;

export const createUser__415__0 = createUser__400__0;

export const createUser__429__0 = createUser__400__0;

export const createUser__500__0 = createUser__400__0;

export const createUser__503__0 = createUser__400__0;

export const deleteUser__400__0 = createUser__400__0;

export const deleteUser__401__0 = createUser__400__0;

export const deleteUser__404__0 = createUser__400__0;

export const deleteUser__414__0 = createUser__400__0;

export const deleteUser__429__0 = createUser__400__0;

export const deleteUser__500__0 = createUser__400__0;

export const deleteUser__503__0 = createUser__400__0;

export const getUser__200__0 = createUser__201__0;

export const getUser__400__0 = createUser__400__0;

export const getUser__401__0 = createUser__400__0;

export const getUser__404__0 = createUser__400__0;

export const getUser__414__0 = createUser__400__0;

export const getUser__429__0 = createUser__400__0;

export const getUser__500__0 = createUser__400__0;

export const getUser__503__0 = createUser__400__0;

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
      
      const value_username_5 = obj["username"]
      if (value_username_5 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"username\":"
        
          if (value_username_5 === null) {
            json += JSON_STR_NULL
          }
          
          else if(
            typeof value_username_5 === "string" ||
            value_username_5 === null ||
            value_username_5 instanceof Date ||
            value_username_5 instanceof RegExp ||
            (
              typeof value_username_5 === "object" &&
              typeof value_username_5.toString === "function" &&
              value_username_5.toString !== Object.prototype.toString
            )
          ) {
            
        if (typeof value_username_5 !== 'string') {
          if (value_username_5 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_username_5 instanceof Date) {
            json += JSON_STR_QUOTE + value_username_5.toISOString() + JSON_STR_QUOTE
          } else if (value_username_5 instanceof RegExp) {
            json += asString(value_username_5.source)
          } else {
            json += asString(value_username_5.toString())
          }
        } else {
          json += asString(value_username_5)
        }
        
          }
        
    else throw new TypeError(`The value of '#/$defs/User/properties/username' does not match schema definition.`)
  
      } else {
        throw new Error('"username" is required!')
      }
      
      const value_email_6 = obj["email"]
      if (value_email_6 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"email\":"
        
        if (typeof value_email_6 !== 'string') {
          if (value_email_6 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_email_6 instanceof Date) {
            json += JSON_STR_QUOTE + value_email_6.toISOString() + JSON_STR_QUOTE
          } else if (value_email_6 instanceof RegExp) {
            json += asString(value_email_6.source)
          } else {
            json += asString(value_email_6.toString())
          }
        } else {
          json += asString(value_email_6)
        }
        
      } else {
        throw new Error('"email" is required!')
      }
      
      const value_role_7 = obj["role"]
      if (value_role_7 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"role\":"
        
        if (typeof value_role_7 !== 'string') {
          if (value_role_7 === null) {
            json += JSON_STR_EMPTY_STRING
          } else if (value_role_7 instanceof Date) {
            json += JSON_STR_QUOTE + value_role_7.toISOString() + JSON_STR_QUOTE
          } else if (value_role_7 instanceof RegExp) {
            json += asString(value_role_7.source)
          } else {
            json += asString(value_role_7.toString())
          }
        } else {
          json += asString(value_role_7)
        }
        
      } else {
        throw new Error('"role" is required!')
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
    

    function anonymous1 (obj) {
      // #/$defs/UserList/properties/data
      let json = ''
  
    if (obj === null) return JSON_STR_EMPTY_ARRAY
    if (!Array.isArray(obj)) {
      throw new TypeError(`The value of '#/$defs/UserList/properties/data' does not match schema definition.`)
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

      // #/$defs/Pagination
      function anonymous3 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_limit_12 = obj["limit"]
      if (value_limit_12 !== undefined) {
        
        json += "\"limit\":"
        json += asInteger(value_limit_12)
      } else {
        throw new Error('"limit" is required!')
      }
      
      const value_offset_13 = obj["offset"]
      if (value_offset_13 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"offset\":"
        json += asInteger(value_offset_13)
      } else {
        throw new Error('"offset" is required!')
      }
      
      const value_total_14 = obj["total"]
      if (value_total_14 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"total\":"
        json += asInteger(value_total_14)
      } else {
        throw new Error('"total" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    

      // #/$defs/UserList
      function anonymous0 (input) {
        const obj = (input && typeof input.toJSON === 'function')
    ? input.toJSON()
    : input
  
        if (obj === null) return JSON_STR_EMPTY_OBJECT
        let json = ''

        json += JSON_STR_BEGIN_OBJECT

      const value_data_1 = obj["data"]
      if (value_data_1 !== undefined) {
        
        json += "\"data\":"
        json += anonymous1(value_data_1)
      } else {
        throw new Error('"data" is required!')
      }
      
      const value_pagination_10 = obj["pagination"]
      if (value_pagination_10 !== undefined) {
        json += JSON_STR_COMMA
        json += "\"pagination\":"
        json += anonymous3(value_pagination_10)
      } else {
        throw new Error('"pagination" is required!')
      }
      
    json += JSON_STR_END_OBJECT
  
        return json
      }
    
    const main = anonymous0
    return main
    
}(validator, serializer)
});

export const listUsers__400__0 = createUser__400__0;

export const listUsers__401__0 = createUser__400__0;

export const listUsers__429__0 = createUser__400__0;

export const listUsers__500__0 = createUser__400__0;

export const listUsers__503__0 = createUser__400__0;

export const updateUser__200__0 = createUser__201__0;

export const updateUser__400__0 = createUser__400__0;

export const updateUser__401__0 = createUser__400__0;

export const updateUser__403__0 = createUser__400__0;

export const updateUser__404__0 = createUser__400__0;

export const updateUser__409__0 = createUser__400__0;

export const updateUser__413__0 = createUser__400__0;

export const updateUser__414__0 = createUser__400__0;

export const updateUser__415__0 = createUser__400__0;

export const updateUser__429__0 = createUser__400__0;

export const updateUser__500__0 = createUser__400__0;

export const updateUser__503__0 = createUser__400__0;
