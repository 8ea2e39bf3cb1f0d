// Vite plugin serving `virtual:record-validators`: ajv standalone validators for every schema in
// shared/domain/schemas (collectionSchemas, and the earlier versions a store migrates from), generated when Vite builds or serves, so the renderer
// validates under `script-src 'self'` without eval. Used by vite, electron-vite and vitest configs.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { recordValidatorsModule, storageSchemas } from './record-validators-code';

const virtualId = 'virtual:record-validators';
const resolvedId = `\0${virtualId}`;
// By the package's subpath import: electron-vite bundles its config without rewriting
// import.meta.dirname, so a path relative to this file would point elsewhere there.
const schemasIndex = '#shared/domain/schemas/index';

export function recordValidators(): Plugin {
  return {
    name: 'taizhang-record-validators',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      const imported: string[] = [];
      // tsImport loads the schema files afresh on each call, so a watched rebuild sees edits.
      const { collectionSchemas, previousSchemaVersions } = (await tsImport(schemasIndex, {
        parentURL: import.meta.url,
        onImport: (url) => { if (url.startsWith('file:') && !url.includes('/node_modules/')) imported.push(url); },
      })) as { collectionSchemas: Record<string, unknown>; previousSchemaVersions: Record<string, unknown> };
      for (const url of imported) this.addWatchFile(fileURLToPath(url.split('?')[0] ?? url));
      return recordValidatorsModule(storageSchemas(collectionSchemas, previousSchemaVersions));
    },
  };
}
