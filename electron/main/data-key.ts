// The key that encrypts personal data in the local database (docs/design.md §6). Made once per
// installation, kept only encrypted by the OS keystore (safeStorage) in userData.
// Losing it makes the local data unreadable, so an unreadable key is reported, never replaced.
import type { BridgeResult, DataKey } from '#shared/bridge';
import type { AtomicWriteFs } from './atomic-write';
import { writeFileAtomic } from './atomic-write';
import { bridgeFailure } from './bridge-errors';
import { isMissingFile, osProtection, type SafeStorageLike } from './os-encryption';

export { keyProtectionFor, type SafeStorageLike } from './os-encryption';

export const DATA_KEY_FILE = 'data-key.bin';
const KEY_BYTES = 32;

export interface DataKeyDeps {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  keyFile: string;
  fs: AtomicWriteFs & { readFile(path: string): Promise<Buffer> };
  randomBytes(size: number): Uint8Array;
  warn(message: string): void;
}

function isWellFormedKey(key: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(key) && Buffer.from(key, 'base64').byteLength === KEY_BYTES;
}

export async function loadOrCreateDataKey(deps: DataKeyDeps): Promise<BridgeResult<DataKey>> {
  let stored: Buffer | null;
  try {
    stored = await deps.fs.readFile(deps.keyFile);
  } catch (error) {
    if (!isMissingFile(error)) return bridgeFailure('DATA_KEY_UNREADABLE', String(error));
    stored = null;
  }

  const protection = await osProtection(deps, 'the data key');
  if (protection === null) return bridgeFailure('DATA_KEY_NO_ENCRYPTION');

  if (stored !== null) {
    let decrypted: { result: string; shouldReEncrypt: boolean };
    try {
      decrypted = await deps.safeStorage.decryptStringAsync(stored);
    } catch (error) {
      return bridgeFailure('DATA_KEY_UNREADABLE', String(error));
    }
    if (!isWellFormedKey(decrypted.result)) return bridgeFailure('DATA_KEY_UNREADABLE');
    if (decrypted.shouldReEncrypt) {
      // The keystore rotated its own key: store ours under the new one; the old copy still works if this fails.
      try {
        await writeFileAtomic(deps.fs, deps.keyFile, await deps.safeStorage.encryptStringAsync(decrypted.result));
      } catch (error) {
        deps.warn(`Could not re-encrypt the data key: ${String(error)}`);
      }
    }
    return { ok: true, value: { key: decrypted.result, protection } };
  }

  const key = Buffer.from(deps.randomBytes(KEY_BYTES)).toString('base64');
  try {
    await writeFileAtomic(deps.fs, deps.keyFile, await deps.safeStorage.encryptStringAsync(key));
  } catch (error) {
    return bridgeFailure('DATA_KEY_WRITE_FAILED', String(error));
  }
  return { ok: true, value: { key, protection } };
}

/**
 * One key per installation even when the renderer asks twice at once on first run: callers
 * share the pending answer. A failure is not kept, so a retry after unlocking the keyring works.
 */
export function createDataKeyProvider(deps: DataKeyDeps): () => Promise<BridgeResult<DataKey>> {
  let pending: Promise<BridgeResult<DataKey>> | null = null;
  return () => {
    pending ??= loadOrCreateDataKey(deps).then((result) => {
      if (!result.ok) pending = null;
      return result;
    });
    return pending;
  };
}
