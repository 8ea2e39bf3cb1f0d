// Lint is also where the layer rules of docs/design.md §3 live: each folder may import only
// what the table there allows. tsconfig per folder is the second guard.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layerMessage = (from, allowed) => `Bad layering: ${from}/ may import only ${allowed} (docs/design.md §3).`;

const noFocusedTests = [
  { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No .only in committed tests.' },
  { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'No .skip in committed tests.' },
];

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
      'no-restricted-syntax': ['error', ...noFocusedTests],
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
    // "Now" comes from the injected clock (the store's, AppStore.clock) so a test can set the date.
    // Only the places that make the default clock may read the machine's time.
    files: ['renderer/src/**/*.{ts,tsx}', 'shared/**/*.ts'],
    ignores: [
      '**/*.test.{ts,tsx}', 'renderer/src/bench/**', 'renderer/src/app/testing/**', 'renderer/src/store/test-support.ts',
      'renderer/src/app-clock.ts', 'renderer/src/store/open-store.ts', 'renderer/src/sync/sync-client.ts',
      'renderer/src/files/local-file-store.ts', 'renderer/src/components/form/draft-storage.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...noFocusedTests,
        { selector: "CallExpression[callee.name='dayjs'][arguments.length=0]", message: 'Today comes from the injected clock: useToday() / localDateOf(store.clock()).' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Now comes from the injected clock: useClock() / store.clock().' },
      ],
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
        patterns: [{ regex: '^(?!electron$|#shared/).*', message: 'A sandboxed preload may import only electron and #shared/ (docs/design.md §6).' }],
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
    // The shared e2e county server holds the cases sync.spec.ts counts: another spec enrolling there makes it flaky.
    files: ['test/e2e/**/*.spec.ts'],
    ignores: ['test/e2e/sync.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: './sync-server', importNames: ['issueCode'], message: 'Only sync.spec.ts enrolls on the shared county server; take a countyServer of your own (test/e2e/county-server.ts).' }],
      }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
