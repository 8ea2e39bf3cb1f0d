// The renderer as a plain web page: `npm run web` (dev server) and the build the
// end-to-end tests and the benchmark drive in Chromium. The desktop build is
// electron.vite.config.ts; both pick the bridge through the "#bridge" import condition.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { recordValidators } from './scripts/vite-plugin-record-validators';

export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react(), recordValidators()],
  // The 文书 templates (resources/templates), bundled as data (features/documents/template-source.ts).
  assetsInclude: ['**/*.docx'],
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        main: resolve(import.meta.dirname, 'renderer/index.html'),
        // Developer pages driven by `npm run bench` / `npm run seed` (test/bench); the desktop build leaves them out.
        bench: resolve(import.meta.dirname, 'renderer/bench.html'),
        seed: resolve(import.meta.dirname, 'renderer/seed.html'),
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
