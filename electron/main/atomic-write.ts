// Writes a file so that a power cut leaves either the old or the new content, never half of
// each: write a temporary sibling, then rename over the target (atomic on the same volume).
import { dirname } from 'node:path';

export interface AtomicWriteFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: Uint8Array | string, options: { mode: number; flush?: boolean }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/** mode 0o600: the owner only (ignored on Windows, where the profile folder's ACL protects it). */
export async function writeFileAtomic(fs: AtomicWriteFs, path: string, data: Uint8Array | string, mode = 0o600): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await fs.writeFile(temporary, data, { mode, flush: true });
  await fs.rename(temporary, path);
}
