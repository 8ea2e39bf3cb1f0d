import { defineConfig } from 'vitest/config';
import { recordValidators } from './scripts/vite-plugin-record-validators';

export default defineConfig({
  plugins: [recordValidators()],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['shared/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts', 'server/**/*.test.ts'] } },
      {
        // Cross-part tests (docs/design.md §3 test/): several simulated PCs in one process, each importing
        // RxDB in a module registry of its own (vi.resetModules), which needs RxDB inlined — RxDB's
        // open-collection budget is per JS realm, and one app has nine collections.
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/hostile/**'],
          server: { deps: { inline: ['rxdb'] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The hostile-input suite loads the server with 10,000 requests per backend: it runs after
        // every other project, alone, so its load does not slow the other tests (and theirs not its
        // trickled-connection deadlines).
        extends: true,
        test: { name: 'hostile', include: ['test/hostile/**/*.test.ts'], sequence: { groupOrder: 1 }, testTimeout: 240_000, hookTimeout: 120_000 },
      },
    ],
  },
});
