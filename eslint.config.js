// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Modules of the pure core: they never touch the disk, the network, the clock, the environment
 * or the Actions runtime. The messages are pure too: text in, text out.
 */
const pureCore = [
  'src/form/**',
  'src/paper/**',
  'src/list/**',
  'src/plan/**',
  'src/config/**',
  'src/messages/**',
  'src/metadata/**',
  'src/infer/**',
];

/**
 * What the pure core may import: an allow-list, so a new dependency has to be added here on
 * purpose. Everything else (node:*, the CLI, the commands, Octokit...) is refused.
 */
const pureCoreImports = new RegExp(
  `^(?!(${[
    String.raw`\./[\w.-]+\.js`,
    String.raw`\.\./(form|paper|list|plan|config|messages|metadata|infer)/[\w.-]+\.js`,
    // Type-only: checked by the second pattern below.
    String.raw`\.\./github/gateway\.js`,
    'yaml',
    '@rgrove/parse-xml',
    'zod/mini',
    'zod/v4/core',
    'mdast',
    'mdast-util-from-markdown',
    'mdast-util-gfm',
    'mdast-util-to-string',
    'micromark-extension-gfm',
  ].join('|')})$)`,
).source;

/** The rules that hold the pure core's line; a test probes each leak they close. */
export const pureCoreRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          regex: pureCoreImports,
          message: 'The pure core imports only its own modules, yaml, zod and mdast/micromark.',
        },
        {
          group: ['../github/*'],
          allowTypeImports: true,
          message: "The pure core may name the gateway's data types, never call it.",
        },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    { selector: 'ImportExpression', message: 'The pure core loads no module at run time.' },
    {
      selector: "NewExpression[callee.name='Function']",
      message: 'The pure core runs no code made at run time.',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'The pure core keeps no time: take the date as a parameter.',
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'The pure core keeps no time.' },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'process',
      'fetch',
      'globalThis',
      'global',
      'require',
      'eval',
      'setTimeout',
      'setInterval',
      'setImmediate',
      'queueMicrotask',
      'performance',
      'crypto',
    ].map((name) => ({
      name,
      message: 'The pure core does no I/O and keeps no time: take the value as a parameter.',
    })),
  ],
};

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
  { files: pureCore, rules: pureCoreRules },
  {
    // Small files and functions a reader can hold in mind.
    files: ['src/**'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 60 }],
    },
  },
);
