import type { FieldShape, ObjectShape, ScalarKind } from './route-definition.ts';

/** JSON's number grammar (RFC 8259): no sign but `-`, no leading zeros, no hex, no spaces, no Infinity or NaN. */
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;
/** An integer as JSON writes one without fraction or exponent: `1e3` and `5.0` are not integers on the wire. */
const JSON_INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/**
 * Raw text to the type the spec declares, strictly: what does not parse stays text, so the schema validator
 * refuses it with the field named. Integers outside the exactly representable range stay text too.
 */
export function parseScalar(kind: ScalarKind, text: string): unknown {
  switch (kind) {
    case 'string':
      return text;
    case 'integer': {
      if (!JSON_INTEGER.test(text)) return text;
      const value = Number(text);
      return Number.isSafeInteger(value) ? value : text;
    }
    case 'number': {
      if (!JSON_NUMBER.test(text)) return text;
      const value = Number(text);
      return Number.isFinite(value) ? value : text;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
  }
}

/** A scalar that arrived more than once stays an array, which its schema refuses. */
export function parseScalarValue(kind: ScalarKind, raw: unknown): unknown {
  return typeof raw === 'string' ? parseScalar(kind, raw) : raw;
}

export function parseList(kind: ScalarKind, items: readonly string[]): unknown[] {
  return kind === 'string' ? items.slice() : items.map((item) => parseScalar(kind, item));
}

export function parseField(shape: FieldShape, raw: unknown): unknown {
  if (shape.kind === 'scalar') return parseScalarValue(shape.scalar, raw);
  if (typeof raw === 'string') return [parseScalar(shape.items, raw)];
  return Array.isArray(raw) ? raw.map((item) => parseScalarValue(shape.items, item)) : raw;
}

/** The shape of one property of an object-valued parameter or form body; undefined when the schema forbids it. */
export function propertyShape(shape: ObjectShape, name: string): FieldShape | undefined {
  const declared = Object.hasOwn(shape.properties, name) ? shape.properties[name] : undefined;
  if (declared) return declared;
  return shape.additional === undefined ? undefined : { kind: 'scalar', scalar: shape.additional };
}
