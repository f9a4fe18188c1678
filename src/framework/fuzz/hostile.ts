/** Strings that break careless code: stores that refuse NUL, broken UTF-16, bidi controls, injection fragments, size. */
export const HOSTILE_STRINGS: readonly { readonly name: string; readonly value: string }[] = [
  { name: 'NUL', value: 'a\u0000b' },
  { name: 'lone surrogate', value: 'a\ud800b' },
  { name: 'right-to-left override', value: '\u202egnp.exe' },
  { name: 'zero-width and combining', value: 'e\u0301\u200b\ufeff' },
  { name: 'SQL fragment', value: "' OR 1=1; DROP TABLE users; --" },
  { name: 'HTML fragment', value: '<script>alert(1)</script>' },
  { name: 'format string', value: '%s%n%x${7*7}{{7*7}}' },
  { name: 'path traversal', value: '../../../../etc/passwd' },
  { name: 'control characters', value: '\u0001\u0007\u001b[31m\r\n' },
  { name: 'astral plane', value: '\u{1F600}\u{10FFFF}' },
  { name: 'very long', value: 'x'.repeat(10_000) },
];
