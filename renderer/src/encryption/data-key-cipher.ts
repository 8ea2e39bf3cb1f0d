// AES-256-GCM (Web Crypto) under a key derived with HKDF-SHA-256 from the device's data key, one key
// per purpose: what attachments seal, drafts cannot open, and the other way round. GCM authenticates:
// altered bytes, another key or another `context` make `open` throw instead of returning garbage.

const encoder = new TextEncoder();

/** Names the derived key; changing either value makes everything sealed before unreadable. */
export interface CipherPurpose {
  salt: string;
  info: string;
}

export interface DataKeyCipher {
  /** `context` (additional data) binds the sealed bytes to where they belong, e.g. a file chunk's place. */
  seal(plain: Uint8Array, context: string): Promise<{ iv: Uint8Array; data: ArrayBuffer }>;
  /** Throws when the bytes were altered, or sealed under another key or context. */
  open(iv: Uint8Array, data: ArrayBuffer, context: string): Promise<Uint8Array>;
}

export function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** `dataKey`: the bridge's 32 random bytes in base64. */
export async function createDataKeyCipher(dataKey: string, purpose: CipherPurpose): Promise<DataKeyCipher> {
  const material = await crypto.subtle.importKey('raw', base64Bytes(dataKey), 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(purpose.salt), info: encoder.encode(purpose.info) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return {
    async seal(plain, context) {
      // 96-bit random IV: the GCM standard size; collisions stay negligible at our message counts.
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, plain as Uint8Array<ArrayBuffer>);
      return { iv, data };
    },
    async open(iv, data, context) {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: encoder.encode(context) }, key, data);
      return new Uint8Array(plain);
    },
  };
}
