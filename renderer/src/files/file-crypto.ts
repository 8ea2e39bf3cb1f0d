// Attachment bytes are scans of signed agreements with names, ID numbers and fingerprints: they are
// kept encrypted at rest, chunk by chunk, with AES-GCM under a key derived from the device's data key.
// Web Crypto is fine here (the RxDB encryption plugin does not apply: this is not RxDB).
import { createDataKeyCipher } from '../encryption/data-key-cipher';

export interface ChunkCipher {
  seal(sha256: string, index: number, plain: Uint8Array): Promise<{ iv: Uint8Array; data: ArrayBuffer }>;
  /** Throws when the chunk was altered or belongs to another file or position. */
  open(sha256: string, index: number, iv: Uint8Array, data: ArrayBuffer): Promise<Uint8Array>;
}

/** `dataKey`: the bridge's 32 random bytes in base64. The derived key is used for files only. */
export async function createChunkCipher(dataKey: string): Promise<ChunkCipher> {
  // Salt and info are those of the first release: chunks already stored must still open.
  const cipher = await createDataKeyCipher(dataKey, { salt: 'taizhang-files', info: 'attachment chunks v1' });
  // Binds each chunk to its file and place: a chunk copied elsewhere fails to decrypt.
  const place = (sha256: string, index: number) => `${sha256}:${index}`;
  return {
    seal: (sha256, index, plain) => cipher.seal(plain, place(sha256, index)),
    open: (sha256, index, iv, data) => cipher.open(iv, data, place(sha256, index)),
  };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
