import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'var/**', 'coverage/**', 'bench/results/**', 'apps/web/dist/**', 'apps/web/src/*/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    // A regular expression that backtracks super-linearly lets one long input stall the process.
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false }],
      // Style only: the patterns say what they accept in the spelling their readers know.
      'regexp/prefer-w': 'off',
      'regexp/use-ignore-case': 'off',
      'regexp/optimal-quantifier-concatenation': 'off',
      'regexp/no-unused-capturing-group': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through AppConfig (libs/config).' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // A field resolver with parameter decorators goes through Nest's context creator and the
          // global pipes on every call; without them it is bound directly (parent, args, context).
          selector:
            "MethodDefinition:has(Decorator[expression.callee.name='ResolveField']):not(:has(Decorator[expression.callee.name='Args'])) FunctionExpression > Identifier > Decorator",
          message:
            'A field resolver without arguments takes (parent, _args, context) with no parameter decorators, so that Nest binds it directly.',
        },
      ],
    },
  },
  {
    // The one place that reads the environment, and the tests (which choose the servers they use).
    files: [
      'libs/config/src/**/*.ts',
      'apps/*/src/main.ts',
      'apps/*/src/tracing.ts',
      'apps/worker/src/cli.ts',
      'test/**/*.ts',
      'bench/**/*.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The web app: React's rules of hooks, and the browser's globals are its own business.
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // Doors between the libraries: a library never reaches into an app, nor into another
    // library's files (only its index, `@app/<name>`), and it reads and changes another library's
    // data through that library's services, never its repositories or entities.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/**', '@app/*/*'], message: 'A library imports other libraries by their index (@app/<name>), never apps.' },
            {
              group: ['@app/*'],
              importNamePattern: '(Repository|Entity)$',
              message: "Go through the owning library's services: its repositories and entities are its own.",
            },
          ],
        },
      ],
    },
  },
  {
    // Files and functions a reader can hold in their head: a longer one says why in a comment.
    files: ['libs/**/*.ts', 'apps/api/src/**/*.ts', 'apps/worker/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'libs/database/src/migrations/**'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
);
