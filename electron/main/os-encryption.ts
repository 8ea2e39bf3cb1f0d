// What the data key and the sync secrets share: the OS keystore (safeStorage) behind a small
// interface, and the honest answer to "how well is a secret protected on this machine".
import type { KeyProtection } from '#shared/bridge';

/** The async safeStorage API of Electron ≥ 45 (the sync one is deprecated). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
  getSelectedStorageBackend(): string;
}

/**
 * On Linux without a secret service, safeStorage falls back to 'basic_text': a password
 * hard-coded in Chromium, i.e. obfuscation. 'unknown' means it was asked before ready; treat it
 * as the weaker case rather than claim protection we cannot vouch for.
 */
export function keyProtectionFor(platform: NodeJS.Platform, backend: string): KeyProtection {
  if (platform !== 'linux') return 'os';
  return backend === 'basic_text' || backend === 'unknown' ? 'basic_text' : 'os';
}

/**
 * How a secret encrypted now would be protected, or null when the OS cannot encrypt at all
 * (callers then refuse rather than write it in the clear). Warns once per call on basic_text.
 */
export async function osProtection(
  deps: { safeStorage: SafeStorageLike; platform: NodeJS.Platform; warn(message: string): void },
  what: string,
): Promise<KeyProtection | null> {
  if (!(await deps.safeStorage.isAsyncEncryptionAvailable())) return null;
  // getSelectedStorageBackend exists on Linux only; elsewhere the OS keystore is always used.
  const backend = deps.platform === 'linux' ? deps.safeStorage.getSelectedStorageBackend() : 'os';
  const protection = keyProtectionFor(deps.platform, backend);
  if (protection === 'basic_text') {
    deps.warn(`safeStorage uses basic_text: no secret store (gnome-keyring/KWallet) is running, so ${what} is only obfuscated on disk.`);
  }
  return protection;
}

export function isMissingFile(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
}
