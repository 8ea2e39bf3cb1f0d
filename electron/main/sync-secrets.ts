// The county server's device token (and its ID-hash key), kept like the data key: encrypted by
// the OS keystore (safeStorage) in a file in userData, written atomically, never in the clear.
// Unlike the data key it can be replaced: a lost token costs a new enrollment code, not data.
import type { BridgeResult, SyncSecrets } from '#shared/bridge';
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write';
import { bridgeFailure } from './bridge-errors';
import { checkSyncSecrets } from './bridge-input';
import { isMissingFile, osProtection, type SafeStorageLike } from './os-encryption';

export const SYNC_SECRETS_FILE = 'sync-secrets.bin';

export interface SyncSecretsDeps {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  file: string;
  fs: AtomicWriteFs & { readFile(path: string): Promise<Buffer>; rm(path: string, options: { force: true }): Promise<void> };
  warn(message: string): void;
}

export interface SyncSecretsStore {
  get(): Promise<BridgeResult<SyncSecrets | null>>;
  /** Takes what the renderer sent (unknown) and checks it before writing. */
  set(input: unknown): Promise<BridgeResult<void>>;
}

async function encryptAndWrite(deps: SyncSecretsDeps, secrets: SyncSecrets): Promise<void> {
  await writeFileAtomic(deps.fs, deps.file, await deps.safeStorage.encryptStringAsync(JSON.stringify(secrets)));
}

async function read(deps: SyncSecretsDeps): Promise<BridgeResult<SyncSecrets | null>> {
  let stored: Buffer;
  try {
    stored = await deps.fs.readFile(deps.file);
  } catch (error) {
    if (isMissingFile(error)) return { ok: true, value: null };
    return bridgeFailure('SYNC_SECRETS_UNREADABLE', String(error));
  }
  if ((await osProtection(deps, 'the sync token')) === null) return bridgeFailure('SYNC_SECRETS_NO_ENCRYPTION');
  let decrypted: { result: string; shouldReEncrypt: boolean };
  let parsed: unknown;
  try {
    decrypted = await deps.safeStorage.decryptStringAsync(stored);
    parsed = JSON.parse(decrypted.result);
  } catch (error) {
    return bridgeFailure('SYNC_SECRETS_UNREADABLE', String(error));
  }
  const checked = checkSyncSecrets(parsed);
  if (!checked.ok || checked.value === null) return bridgeFailure('SYNC_SECRETS_UNREADABLE');
  if (decrypted.shouldReEncrypt) {
    // The keystore rotated its own key; the old copy still works if this fails.
    try {
      await encryptAndWrite(deps, checked.value);
    } catch (error) {
      deps.warn(`Could not re-encrypt the sync token: ${String(error)}`);
    }
  }
  return { ok: true, value: checked.value };
}

async function write(deps: SyncSecretsDeps, input: unknown): Promise<BridgeResult<void>> {
  const checked = checkSyncSecrets(input);
  if (!checked.ok) return checked;
  try {
    if (checked.value === null) {
      await deps.fs.rm(deps.file, { force: true });
      return { ok: true, value: undefined };
    }
    if ((await osProtection(deps, 'the sync token')) === null) return bridgeFailure('SYNC_SECRETS_NO_ENCRYPTION');
    await encryptAndWrite(deps, checked.value);
  } catch (error) {
    return bridgeFailure('SYNC_SECRETS_WRITE_FAILED', String(error));
  }
  return { ok: true, value: undefined };
}

/**
 * Reads and writes one at a time, so a read never sees a half-finished set and two sets never
 * race on the temporary file. `set` takes untrusted input and checks it.
 */
export function createSyncSecretsStore(deps: SyncSecretsDeps): SyncSecretsStore {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    get: () => serial(() => read(deps)),
    set: (input) => serial(() => write(deps, input)),
  };
}
