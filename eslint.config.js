import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'generated/', 'src/framework/fixtures/*/generated/', 'data/', '.scratch/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/api/**', '../api/*'], message: 'Nothing imports src/api (DESIGN.md: imports flow one way).' }] },
      ],
    },
  },
  {
    files: ['src/framework/**/*.ts'],
    ignores: ['src/framework/**/*.test.ts', 'src/framework/**/*.test-d.ts', 'src/framework/fixtures/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/domain/**', '**/db/**', '**/webhooks/**', '**/generated/**', '**/api/**'], message: 'The framework is generic: it imports libraries only.' }] },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/webhooks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/api/**', '**/graphql/**', '**/framework/**', 'fastify', '@fastify/*'], message: 'Domain code has no HTTP types (DESIGN.md).' }] },
      ],
    },
  },
);
