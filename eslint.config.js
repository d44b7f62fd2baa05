// Lint: typescript-eslint's recommended type-aware rules, plus the "never become the leak" guard:
// detectors are pure, so they may not log or touch I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/corpus/*.jsonl'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['detectors/**/*.ts'],
    rules: {
      'no-console': 'error',
      // node:module is allowed: solicitation.ts loads compromise lazily with createRequire.
      'no-restricted-imports': ['error', { patterns: ['node:*', '!node:module', 'fs', 'path', 'http', 'https', 'net', 'child_process'] }],
    },
  },
);
