import { defineConfig } from 'vitest/config';
import { recordValidators } from './scripts/vite-plugin-record-validators';

export default defineConfig({
  plugins: [recordValidators()],
  test: {
    include: ['shared/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts', 'test/sync-faults/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
