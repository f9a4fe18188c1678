import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'generated/', 'src/framework/fixtures/*/generated/', 'data/', '.scratch/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    // the benchmark builds a plain-Fastify twin of the v1 routes from the same pieces
    ignores: ['src/app.ts', 'src/api/**', 'src/graphql/**', 'scripts/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/api/**'], message: 'Only src/app.ts composes the APIs: nothing else imports src/api.' }] },
      ],
    },
  },
  {
    files: ['src/graphql/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/api/v1/**', '**/api/v2/**'], message: 'GraphQL shares only src/api/shared (credentials, rate limits) with the REST APIs.' }] },
      ],
    },
  },
  {
    files: ['src/api/v2/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/v1/**'], message: 'v2 never imports v1.' }] }],
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
        { patterns: [{ group: ['**/api/**', '**/graphql/**', '**/framework/**', 'fastify', '@fastify/*'], message: 'Domain code has no HTTP types.' }] },
      ],
    },
  },
);
