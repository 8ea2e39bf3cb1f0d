// Where installers live: <data folder>/releases/<version>/<file>, folders 0700 and files 0600 (rule S44),
// written under a temporary name and renamed only once whole, hashed (SHA-512, base64) while copied.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredInstaller {
  sha512: string;
  size: number;
}

export const installerPath = (releasesDir: string, version: string, fileName: string): string => join(releasesDir, version, fileName);

async function privateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  await chmod(path, 0o700);
}

/** Copies `source` into the releases folder; the copy is complete, hashed and private, or absent. */
export async function storeInstaller(releasesDir: string, version: string, fileName: string, source: string): Promise<StoredInstaller> {
  await privateFolder(releasesDir);
  await privateFolder(join(releasesDir, version));
  const target = installerPath(releasesDir, version, fileName);
  const partial = `${target}.partial`;
  const hash = createHash('sha512');
  let size = 0;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(source), hashing, createWriteStream(partial, { mode: 0o600 }));
    // On disk before the rename names it: a power cut never leaves a short installer under the real name.
    const handle = await open(partial, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { sha512: hash.digest('base64'), size };
}

/** The installer's size on disk, or undefined when it is missing (deleted by hand). */
export async function installerSize(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}
