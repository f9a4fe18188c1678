import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { deref, type JsonSchema } from './openapi.ts';
import { accessView } from './access-view.ts';
import { addSpecFormats } from '../formats.ts';

const SPEC_ID = 'fuzz-spec';

/** `#/...` references made absolute to the document registered with Ajv. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${SPEC_ID}${value}` : anchored(value)]),
  );
}

export interface SchemaProblem {
  /** JSON pointer of the failing value inside the checked one (`/email`, `/tags/0`). */
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
}

/** Which side of an exchange values are checked for: requests may not hold `readOnly` properties, responses `writeOnly` ones. */
export type SchemaDirection = 'request' | 'response';

/** Validates values against the spec's schemas, compiled with Ajv at fuzz time (once per distinct schema). */
export class SchemaValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly document: Record<string, unknown>;
  /** The schema as this direction reads it (an operation's schemas come from the original document). */
  private readonly inDirection: (schema: unknown) => unknown;

  constructor(document: Record<string, unknown>, direction: SchemaDirection) {
    const view = accessView(document, direction === 'request' ? 'readOnly' : 'writeOnly');
    this.document = view.document;
    this.inDirection = view.schema;
    this.ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: true, logger: false });
    // the formats as the generated validators check them (email per RFC 5321), so a response the server may send passes
    addSpecFormats(this.ajv);
    this.ajv.addSchema({ ...this.document, $id: SPEC_ID } as object);
  }

  resolve<T = JsonSchema>(schema: unknown): T {
    return deref<T>(this.document, this.inDirection(schema));
  }

  problems(schema: JsonSchema, value: unknown): SchemaProblem[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(anchored(this.inDirection(schema)) as object);
      this.compiled.set(key, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, message: `${e.instancePath || '/'} ${e.message ?? e.keyword}` }));
  }

  isValid(schema: JsonSchema, value: unknown): boolean {
    return this.problems(schema, value).length === 0;
  }
}
