// The schemas' `encrypted` fields at rest (R7), as an RxDB storage wrapper of our own: AES-GCM with a
// 256-bit key in Web Crypto (native, asynchronous; every document of a bulk write is encrypted at
// once), a fresh random 96-bit IV per value. It replaces RxDB's crypto-js plugin, whose values it
// still reads: a database written before decision 040 opens with every field, and a value is
// written anew (AES-GCM) by the record's next save. Wraps every storage instance RxDB makes of an
// encrypted schema, so RxDB's replication copies (`docData` of its meta instance) are encrypted too.
import {
  hasEncryption,
  newRxError,
  wrapRxStorageInstance,
  type RxDocumentData,
  type RxDocumentWriteData,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageInstanceCreationParams,
} from 'rxdb';
import { arrayBufferToBase64, base64ToArrayBuffer, clone, ensureNotFalsy, flatClone, getProperty, setProperty } from 'rxdb/plugins/utils';

/** What a value written by this wrapper starts with (a crypto-js value is base64 of "Salted__…": `U2FsdGVkX1…`). */
export const GCM_PREFIX = 'tz1:';
const IV_BYTES = 12;
/** RxDB's own minimum (EN2); the app's data key is 32 random bytes in base64. */
const MINIMUM_PASSWORD_LENGTH = 8;
const KEY_SALT = 'taizhang/field-encryption/aes-gcm/v1';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keys = new Map<string, Promise<CryptoKey>>();

/**
 * The AES-GCM key of a database password. The password is the bridge's data key (32 random bytes), not
 * something a person chose, so HKDF is the right derivation: no stretching needed, and it costs nothing at open.
 */
export function fieldKeyOf(password: string): Promise<CryptoKey> {
  let key = keys.get(password);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(password), 'HKDF', false, ['deriveKey']).then((material) => crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(KEY_SALT), info: new Uint8Array() },
      material,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    ));
    keys.set(password, key);
  }
  return key;
}

export async function encryptValue(key: CryptoKey, value: unknown): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(JSON.stringify(value))));
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return GCM_PREFIX + arrayBufferToBase64(out.buffer);
}

function unreadable(cause: unknown): Error {
  return new Error('PERSONAL_FIELD_UNREADABLE: 个人信息（身份证号、电话、住址）无法解密：数据可能已损坏，或本机的数据密钥与写入时不同。请联系县司法局技术人员，不要删除本机数据。', { cause });
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw unreadable(error);
  }
}

/** A stored value back: AES-GCM, or a crypto-js value of a database written before decision 040. */
export async function decryptValue(key: CryptoKey, password: string, stored: unknown): Promise<unknown> {
  if (typeof stored !== 'string') throw unreadable(new Error(`not a string: ${typeof stored}`));
  if (!stored.startsWith(GCM_PREFIX)) return parsed(await decryptLegacy(stored, password));
  try {
    const bytes = new Uint8Array(base64ToArrayBuffer(stored.slice(GCM_PREFIX.length)));
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, IV_BYTES) }, key, bytes.subarray(IV_BYTES));
    return JSON.parse(decoder.decode(plain)) as unknown;
  } catch (error) {
    throw unreadable(error);
  }
}

/** Loaded only when a value written before decision 040 is met: a new profile never loads crypto-js. */
async function decryptLegacy(stored: string, password: string): Promise<string> {
  const { decryptString } = await import('rxdb/plugins/encryption-crypto-js');
  let text: string;
  try {
    text = decryptString(stored, password);
  } catch (error) {
    throw unreadable(error);
  }
  if (text === '') throw unreadable(new Error('crypto-js gave no text'));
  return text;
}

/** The schema the wrapped storage sees: each encrypted field is a string (its type-specific keywords do not apply). */
function storedSchemaOf<T>(schema: RxJsonSchema<RxDocumentData<T>>, paths: readonly string[]): RxJsonSchema<RxDocumentData<T>> {
  const stored = clone(schema);
  delete stored.encrypted;
  for (const path of paths) {
    const parts = path.split('.');
    let level = stored as unknown as { properties: Record<string, unknown> };
    for (const part of parts.slice(0, -1)) level = level.properties[part] as typeof level;
    level.properties[parts.at(-1) ?? path] = { type: 'string' };
  }
  return stored;
}

/** A deep copy of the document but not of its attachments' data (as RxDB's own plugin does). */
function copyOf<T>(doc: RxDocumentWriteData<T>): RxDocumentData<T> {
  const attachments = doc._attachments;
  const rest: Partial<RxDocumentWriteData<T>> = flatClone(doc);
  delete rest._attachments;
  const copy = clone<RxDocumentData<T>>(rest as RxDocumentData<T>);
  copy._attachments = attachments;
  return copy;
}

/** RxDB's own checks of a database password (EN1, EN2); undefined when the database has none. */
function passwordOf(password: unknown): string | undefined {
  if (password === undefined) return undefined;
  if (typeof password !== 'string') throw newRxError('EN1', { passwordType: typeof password });
  if (password.length < MINIMUM_PASSWORD_LENGTH) throw newRxError('EN2', { minPassLength: MINIMUM_PASSWORD_LENGTH, passwordLength: password.length });
  return password;
}

export function wrappedFieldEncryptionStorage<Internals, Options>(args: { storage: RxStorage<Internals, Options> }): RxStorage<Internals, Options> {
  return {
    ...args.storage,
    name: `field-encryption-${args.storage.name}`,
    async createStorageInstance<T>(params: RxStorageInstanceCreationParams<T, Options>) {
      const password = passwordOf(params.password as unknown);
      if (!hasEncryption(params.schema)) return args.storage.createStorageInstance(params);
      if (!password) throw newRxError('EN3', { database: params.databaseName, collection: params.collectionName, schema: params.schema });
      // No schema of this app has RxDB attachments; refusing beats storing them in plain text.
      if (params.schema.attachments?.encrypted) throw new Error('ENCRYPTED_ATTACHMENTS_UNSUPPORTED: 不支持加密附件');
      const paths = ensureNotFalsy(params.schema.encrypted);
      const key = await fieldKeyOf(password);
      const instance = await args.storage.createStorageInstance({ ...params, schema: storedSchemaOf(params.schema, paths) });

      const toStorage = async (doc: RxDocumentWriteData<T>): Promise<RxDocumentData<T>> => {
        const copy = copyOf(doc);
        await Promise.all(paths.map(async (path) => {
          const value = getProperty(copy, path) as unknown;
          if (value !== undefined) setProperty(copy, path, await encryptValue(key, value));
        }));
        return copy;
      };
      const fromStorage = async (doc: RxDocumentData<unknown>): Promise<RxDocumentData<T>> => {
        const copy = copyOf(doc as RxDocumentWriteData<T>);
        await Promise.all(paths.map(async (path) => {
          const value = getProperty(copy, path) as unknown;
          if (value !== undefined) setProperty(copy, path, await decryptValue(key, password, value));
        }));
        return copy;
      };
      return wrapRxStorageInstance(params.schema, instance, toStorage, fromStorage);
    },
  };
}
