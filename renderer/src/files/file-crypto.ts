// Attachment bytes are scans of signed agreements with names, ID numbers and fingerprints: they are
// kept encrypted at rest, chunk by chunk, with AES-GCM under a key derived from the device's data key.
// Web Crypto is fine here (the RxDB encryption plugin does not apply: this is not RxDB).

const encoder = new TextEncoder();

export interface ChunkCipher {
  seal(sha256: string, index: number, plain: Uint8Array): Promise<{ iv: Uint8Array; data: ArrayBuffer }>;
  /** Throws when the chunk was altered or belongs to another file or position. */
  open(sha256: string, index: number, iv: Uint8Array, data: ArrayBuffer): Promise<Uint8Array>;
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `dataKey`: the bridge's 32 random bytes in base64. HKDF gives a key used for files only. */
export async function createChunkCipher(dataKey: string): Promise<ChunkCipher> {
  const material = await crypto.subtle.importKey('raw', base64Bytes(dataKey), 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('taizhang-files'), info: encoder.encode('attachment chunks v1') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  // Binds each chunk to its file and place: a chunk copied elsewhere fails to decrypt.
  const aad = (sha256: string, index: number) => encoder.encode(`${sha256}:${index}`);
  return {
    async seal(sha256, index, plain) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(sha256, index) }, key, plain as Uint8Array<ArrayBuffer>);
      return { iv, data };
    },
    async open(sha256, index, iv, data) {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: aad(sha256, index) }, key, data);
      return new Uint8Array(plain);
    },
  };
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
