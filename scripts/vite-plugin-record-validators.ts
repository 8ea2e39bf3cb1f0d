// Vite plugin serving `virtual:record-validators`: ajv standalone validators for every schema in
// shared/domain/schemas (collectionSchemas), generated when Vite builds or serves, so the renderer
// validates under `script-src 'self'` without eval. Used by vite, electron-vite and vitest configs.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { recordValidatorsModule, storageSchemas } from './record-validators-code';

const virtualId = 'virtual:record-validators';
const resolvedId = `\0${virtualId}`;
const schemasIndex = resolve(import.meta.dirname, '../shared/domain/schemas/index.ts');

export function recordValidators(): Plugin {
  return {
    name: 'taizhang-record-validators',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const imported: string[] = [];
      // tsImport loads the schema files afresh on each call, so a watched rebuild sees edits.
      const { collectionSchemas } = (await tsImport(pathToFileURL(schemasIndex).href, {
        parentURL: import.meta.url,
        onImport: (url) => { if (url.startsWith('file:') && !url.includes('/node_modules/')) imported.push(url); },
      })) as { collectionSchemas: Record<string, unknown> };
      for (const url of imported) this.addWatchFile(fileURLToPath(url.split('?')[0] ?? url));
      return recordValidatorsModule(storageSchemas(collectionSchemas));
    },
  };
}
