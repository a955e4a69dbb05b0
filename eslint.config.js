// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules of the pure core: they never touch the disk, the network or the Actions runtime. */
const pureCore = ['src/form/**', 'src/paper/**', 'src/list/**', 'src/plan/**', 'src/config/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: pureCore,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fs',
                'node:fs',
                'fs/*',
                'node:fs/*',
                'child_process',
                'node:child_process',
                'http',
                'node:http',
                'https',
                'node:https',
                'net',
                'node:net',
                '@actions/*',
                '@octokit/*',
                '**/github/**',
                '**/commands/**',
              ],
              message: 'The pure core (form, paper, list, plan, config) does no I/O.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'fetch'],
    },
  },
);
