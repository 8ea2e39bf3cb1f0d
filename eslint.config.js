// Lint is also where the layer rules of DESIGN §3 live: each folder may import only
// what the table there allows. tsconfig per folder is the second guard.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layerMessage = (from, allowed) => `Bad layering: ${from}/ may import only ${allowed} (DESIGN §3).`;

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'url', 'util', 'stream'];

export default defineConfig(
  globalIgnores(['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.ci/**', '.profile/**', '.bench/**']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs', 'test/bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No .only in committed tests.' },
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'No .skip in committed tests.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'react', 'react-*', 'react/*', '@mui/*', 'rxdb', 'rxdb/*', 'dexie', 'fastify', '@electric-sql/*', 'pg', ...nodeBuiltins], message: layerMessage('shared', 'pure libraries') },
          { group: ['#bridge', '**/renderer/**', '**/electron/**', '**/server/**', '**/test/**'], message: layerMessage('shared', 'shared/') },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    extends: [reactHooks.configs.flat['recommended-latest']],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'fastify', 'pg', '@electric-sql/*', ...nodeBuiltins], message: layerMessage('renderer', 'shared/ and browser libraries') },
          { group: ['**/electron/**', '**/server/**', '**/test/**'], message: layerMessage('renderer', 'shared/') },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', '@mui/*', 'rxdb', 'rxdb/*', 'dexie', '#bridge'], message: layerMessage('electron', 'shared/ and Node/Electron') },
          { group: ['**/renderer/**', '**/server/**', '**/test/**'], message: layerMessage('electron', 'shared/') },
        ],
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // A sandboxed preload can require only 'electron'; shared/ is allowed for types and constants that the bundler inlines.
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!electron$|#shared/).*', message: 'A sandboxed preload may import only electron and #shared/ (DESIGN §6).' }],
      }],
    },
  },
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'react', 'react-*', 'react/*', '@mui/*', 'rxdb', 'rxdb/*', 'dexie', '#bridge'], message: layerMessage('server', 'shared/ and Node') },
          { group: ['**/renderer/**', '**/electron/**', '**/test/**'], message: layerMessage('server', 'shared/') },
        ],
      }],
    },
  },
  {
    files: ['**/*.{js,mjs}', '*.config.ts', 'test/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
