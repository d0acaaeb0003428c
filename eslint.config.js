import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const platformImports = [
  { name: 'react', message: 'engine/ is pure TypeScript: no React.' },
  { name: 'react-dom', message: 'engine/ is pure TypeScript: no React.' },
  { name: 'electron', message: 'engine/ is pure TypeScript: no Electron.' },
];
const platformPatterns = [
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto'],
    message: 'engine/ must run in the browser: no Node-only modules.',
  },
  {
    group: ['react/*', 'react-dom/*', 'electron/*', '**/renderer/**', '**/electron/**'],
    message: 'engine/ may not import platform code.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', '.vite/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['engine/**/*.ts', 'pricing-data/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: platformImports, patterns: platformPatterns }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to main only through window.cloudsizer (preload).',
            },
          ],
        },
      ],
    },
  },
);
