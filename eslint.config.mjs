// Lint: typescript-eslint's recommended rules, plus the architecture rule that
// keeps the core free of the editor and of Node (it also runs in a browser worker).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-console': 'off',
    },
  },
  {
    // The test-runner and no-op extensions are plain CommonJS loaded by the extension host.
    files: ['test/integration/runner/*.js', 'test/integration/noop/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', exports: 'writable', process: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', setTimeout: 'readonly' } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode'], message: 'src/core must not depend on VS Code: convert at the edge in src/vscode/convert.ts.' },
            { group: ['node:*', 'fs', 'path', 'os', 'http', 'https', 'net', 'child_process'], message: 'src/core runs in a browser worker too: no Node built-ins.' },
            { group: ['../indexer/*', '../vscode/*'], message: 'Data flows one way: core imports nothing from indexer or vscode.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/indexer/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode'], message: 'The indexer is a build-time tool.' }] }],
    },
  },
);
