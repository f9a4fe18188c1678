import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const GENERATED = ['**/generated/**'];

/**
 * One import-specifier style: a relative import names the file as it is on disk, so a TypeScript source is imported
 * as `.ts` (tsx runs it, `tsc -p tsconfig.build.json` rewrites it to `.js`). The only JavaScript modules imported
 * are the generated validators and serializers.
 */
const TS_SOURCE_AS_JS = String.raw`^\.\.?/(?:.*/)?(?!(?:validators\.[a-z]+|serializers)\.js$)[^/]+\.js$`;
const SPECIFIER_MESSAGE = 'Import TypeScript sources with their .ts extension.';
const specifierStyle = {
  'no-restricted-imports': ['error', { patterns: [{ regex: TS_SOURCE_AS_JS, message: SPECIFIER_MESSAGE }] }],
  'no-restricted-syntax': ['error', { selector: `ImportExpression[source.value=/${TS_SOURCE_AS_JS.replaceAll('/', '\\/')}/]`, message: SPECIFIER_MESSAGE }],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '.scratch/', 'coverage/', 'dist/', 'generated/prisma/', 'generated/client-package/dist/', ...GENERATED.map((glob) => `${glob}/*.js`)] },
  ...[js.configs.recommended, ...tseslint.configs.recommended].map((config) => ({ ...config, ignores: [...(config.ignores ?? []), ...GENERATED] })),
  { ignores: GENERATED, languageOptions: { globals: globals.node } },
  {
    ignores: GENERATED,
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // generated code is checked for the specifier style only
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: specifierStyle },
  {
    // an error's status comes from its code's table (the framework's or the service's catalogue), so a code no table
    // holds cannot be raised
    files: ['src/**/*.ts'],
    ignores: ['src/framework/http-error.ts', 'src/**/*.test.ts', 'src/**/testing/**', 'src/framework/fixtures/**'],
    rules: {
      'no-restricted-syntax': [
        ...specifierStyle['no-restricted-syntax'],
        { selector: "NewExpression[callee.name='HttpError']", message: 'Raise a catalogued code with its raiser (frameworkError, apiError, v1Error, v2Error), not new HttpError.' },
      ],
    },
  },
);
