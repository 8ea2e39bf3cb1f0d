// Builds the county server for an IT person's install (decision 035): `npm run build:server` writes
// out/server/ = main.js (the server and every pure-JS package it uses, bundled by esbuild),
// migrations/ (the SQL it applies at start), the embedded database's worker files and package.json, whose `dependencies` are only the two
// database drivers that cannot be bundled (PGlite loads its .wasm/.data beside its own module; pg
// optionally loads pg-native). On the server: `npm install --omit=dev` in that folder, then
// `node main.js`. The root package.json's `dependencies` stay empty: electron-builder packs those
// into the desktop app, and the desktop app needs none of the server's packages.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
/** out/server, or the folder given: `node build/build-server.mjs <folder>` (tests build into their own). */
const outDir = resolve(process.argv[2] ?? join(root, 'out', 'server'));
/** Installed beside the bundle, not bundled; their versions come from the root package.json. */
export const serverRuntimePackages = ['@electric-sql/pglite', 'pg'];
/** Plain JavaScript a worker thread loads as files, not bundled: the embedded database's thread. */
export const serverWorkerFiles = ['pglite-worker.mjs', 'private-chmod.mjs'];

const rootPackage = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const versionOf = (name) => {
  const version = rootPackage.dependencies?.[name] ?? rootPackage.devDependencies?.[name];
  if (!version) throw new Error(`package.json does not list ${name}`);
  return version;
};

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
await build({
  entryPoints: [join(root, 'server', 'main.ts')],
  outfile: join(outDir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external: [...serverRuntimePackages, 'pg-native'],
  // Bundled CommonJS packages (fastify and friends) call require() for Node's own modules.
  banner: { js: "import { createRequire as __taizhangRequire } from 'node:module'; const require = __taizhangRequire(import.meta.url);" },
  legalComments: 'external',
  logLevel: 'warning',
});
await cp(join(root, 'server', 'migrations'), join(outDir, 'migrations'), { recursive: true });
// The embedded database's thread loads its own files beside main.js (server/db/pglite-database.ts, decision 046).
for (const file of serverWorkerFiles) await cp(join(root, 'server', 'db', file), join(outDir, file));
await writeFile(
  join(outDir, 'package.json'),
  `${JSON.stringify(
    {
      name: 'taizhang-server',
      version: rootPackage.version,
      description: '台账县服务器 (Taizhang county server)',
      private: true,
      type: 'module',
      main: 'main.js',
      engines: { node: '>=20.19.0' },
      scripts: { start: 'node main.js' },
      dependencies: Object.fromEntries(serverRuntimePackages.map((name) => [name, versionOf(name)])),
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${outDir}`);
