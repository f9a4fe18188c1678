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
    // an error's status comes from its code's table (the framework's or the service's catalogue), so a code no table
    // holds cannot be raised
    files: ['src/**/*.ts'],
    ignores: ['src/framework/http-error.ts', 'src/**/*.test.ts', 'src/**/testing/**', 'src/framework/fixtures/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='HttpError']", message: 'Raise a catalogued code with its raiser (frameworkError, apiError, v1Error, v2Error), not new HttpError.' },
      ],
    },
  },
);
