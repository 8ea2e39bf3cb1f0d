// Desktop build: main (ESM), preload (CJS, because a sandboxed preload cannot load ESM)
// and the renderer built with the "electron" import condition so "#bridge" resolves
// to the preload-backed implementation.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { pdfjsData } from './scripts/vite-plugin-pdfjs-data';
import { recordValidators } from './scripts/vite-plugin-record-validators';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(here, 'out/main'),
      rolldownOptions: { input: { index: resolve(here, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(here, 'out/preload'),
      rolldownOptions: {
        input: { index: resolve(here, 'electron/preload/index.ts') },
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(here, 'renderer'),
    plugins: [react(), recordValidators(), pdfjsData()],
    // The 文书 templates (resources/templates), bundled as data (features/documents/template-source.ts).
    assetsInclude: ['**/*.docx'],
    resolve: { conditions: ['electron', 'module', 'browser', 'development|production'] },
    build: {
      outDir: resolve(here, 'out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { input: { index: resolve(here, 'renderer/index.html') } },
    },
  },
});
