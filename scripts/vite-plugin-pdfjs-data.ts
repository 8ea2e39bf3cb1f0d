// Vite plugin putting the data files pdf.js fetches at run time beside the app, under `pdfjs/` (decision 027):
// the JavaScript decoders of JBIG2 / CCITT (black-and-white office scans) and JPEG 2000 — pdf.js's WebAssembly
// decoders would need 'wasm-unsafe-eval', which the app's CSP does not allow — the CMaps of Chinese PDF fonts
// that are not embedded (宋体 in a Word export), and the standard fonts. Served in `vite` dev, emitted by a build.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The URL folder, relative to index.html, that the renderer's pdf.js options point at (pdf-document.ts). */
export const pdfjsDataFolder = 'pdfjs';

/** Folders of pdfjs-dist copied whole, and of `wasm/` only the non-WebAssembly fallbacks. */
const copied: Record<string, (name: string) => boolean> = {
  cmaps: () => true,
  standard_fonts: () => true,
  wasm: (name) => name.endsWith('_nowasm_fallback.js'),
};

function packageRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/** Each file served: its path under `pdfjs/` → its path on disk. */
function dataFiles(): Map<string, string> {
  const root = packageRoot();
  const files = new Map<string, string>();
  for (const [folder, wanted] of Object.entries(copied)) {
    for (const name of readdirSync(join(root, folder)).filter(wanted)) files.set(`${folder}/${name}`, join(root, folder, name));
  }
  return files;
}

export function pdfjsData(): Plugin {
  return {
    name: 'taizhang-pdfjs-data',
    configureServer(server) {
      const files = dataFiles();
      server.middlewares.use(`/${pdfjsDataFolder}/`, (request, response, next) => {
        const file = files.get(decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\//, '')));
        if (!file) { next(); return; }
        response.setHeader('Content-Type', file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [name, file] of dataFiles()) this.emitFile({ type: 'asset', fileName: `${pdfjsDataFolder}/${name}`, source: readFileSync(file) });
    },
  };
}
