// [S44] Every later chmod of a path below a data folder keeps only the owner's bits: PGlite's file
// system (Emscripten's NODEFS) chmods each file it creates to 0666 itself, whatever the umask.
// Plain JavaScript, because the embedded database's own thread loads it too (pglite-worker.mjs): each
// thread has its own `fs`, so the thread that writes the files must be the one patched.
import fs from 'node:fs';
import { resolve, sep } from 'node:path';

const GROUP_OR_OTHER = 0o077;

/** The folders below which this thread's chmods are kept private; undefined until the first. */
let roots;

/** @param {string} dir an absolute folder */
export function keepChmodsPrivate(dir) {
  if (roots) {
    if (!roots.includes(dir)) roots.push(dir);
    return;
  }
  roots = [dir];
  const own = roots;
  const below = (path) => {
    const text = resolve(String(path));
    return own.some((root) => text === root || text.startsWith(root + sep));
  };
  const chmodSync = fs.chmodSync;
  fs.chmodSync = (path, mode) => chmodSync(path, below(path) ? Number(mode) & ~GROUP_OR_OTHER : mode);
}
