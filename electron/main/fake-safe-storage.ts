// Test support: a working stand-in for the OS keystore (Electron's safeStorage cannot load in
// Node). Reversible, but a file written through it never holds the plain text.
import type { SafeStorageLike } from './os-encryption';

export class FakeSafeStorage implements SafeStorageLike {
  available = true;
  backend = 'gnome_libsecret';
  rotated = false;
  encryptions = 0;
  private readonly secret = 0x5a;
  isAsyncEncryptionAvailable() {
    return Promise.resolve(this.available);
  }
  encryptStringAsync(plainText: string) {
    this.encryptions += 1;
    return Promise.resolve(Buffer.from([...Buffer.from(`v1:${plainText}`)].map((b) => b ^ this.secret)));
  }
  decryptStringAsync(encrypted: Buffer) {
    const text = Buffer.from([...encrypted].map((b) => b ^ this.secret)).toString();
    if (!text.startsWith('v1:')) return Promise.reject(new Error('Error while decrypting the ciphertext'));
    return Promise.resolve({ result: text.slice(3), shouldReEncrypt: this.rotated });
  }
  getSelectedStorageBackend() {
    return this.backend;
  }
}
