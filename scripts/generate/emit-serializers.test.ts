import { describe, expect, it } from 'vitest';
import { addPet__200__0 as writePet, findPets__200__0 as writePets } from '../../src/framework/fixtures/petstore-expanded/generated/serializers.js';

const STRINGS = [
  '',
  'plain',
  'quote " and backslash \\',
  'new\nline, tab\t, NUL \u0000, unit separator \u001f',
  'DEL \u007f, line separator \u2028, é, 中文',
  'pair 😀 (a surrogate pair)',
  'lone high \ud83d and lone low \ude00',
  'x'.repeat(41),
  'x'.repeat(42),
  `${'long '.repeat(20)}"escaped"`,
  `${'long '.repeat(20)}\ud800`,
  'long '.repeat(2000),
];
const NUMBERS = [0, -0, 1, -1, 1.5, 2 ** 53, 1e21, 1e-7, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

describe('generated serializers', () => {
  it('write every string as JSON.stringify does: escapes, control characters, surrogate pairs and lone surrogates', () => {
    for (const name of STRINGS) {
      const pet = { name, tag: name, id: 1 };
      expect(writePet(pet), JSON.stringify(name)).toBe(JSON.stringify(pet));
    }
  });

  it('write every number as JSON.stringify does, non-finite ones as null', () => {
    for (const id of NUMBERS) expect(writePet({ id, name: 'n' }), String(id)).toBe(JSON.stringify({ name: 'n', id }));
  });

  it('write a value of another type than the schema says as JSON.stringify does, leaving the check to the response check', () => {
    // properties in the schema's order (name, tag, id), which is the order the serializer writes them in
    const odd = [{ name: 12, tag: true, id: '7' }, { name: ['a'], tag: { nested: 'x' }, id: null }, { name: false, id: 1n.toString() }];
    for (const pet of odd) expect(writePet(pet)).toBe(JSON.stringify(pet));
    expect(writePets([{ id: 1, name: 'a' }, undefined, { id: 2, name: 'b', extra: 'dropped' }])).toBe('[{"name":"a","id":1},null,{"name":"b","id":2}]');
  });

  it('leave out what JSON leaves out: a property holding a function or symbol is omitted, such an array item is null', () => {
    const pet = { name: () => 'x', tag: Symbol('t'), id: 3 };
    expect(writePet(pet)).toBe(JSON.stringify(pet));
    const items = [{ name: 'a', id: 1 }, () => 1, Symbol('s'), { toJSON: () => undefined }];
    expect(writePets(items)).toBe(JSON.stringify(items));
    expect(writePet({ name: 'a', tag: { toJSON: () => 'from toJSON' }, id: 1 })).toBe('{"name":"a","tag":"from toJSON","id":1}');
  });
});
