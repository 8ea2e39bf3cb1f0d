// The backup file (decision 032): a versioned container around a zip (fflate) of the profile, encrypted
// with AES-256-GCM under a key derived from the official's backup password (PBKDF2-SHA-256, then HKDF
// splits it into the encryption key and a password check). Layout:
//   "TZBACKUP" | u32 LE header length | header JSON (UTF-8) | AES-GCM ciphertext (with its 16-byte tag)
// The header (format, app version, created-at, KDF parameters, salt, nonce, ciphertext length, password
// check) is the GCM additional data, so changing any byte of the file makes opening fail.
// Opening checks in this order, each with its own message: magic, length, version, password, tag.
import { unzipSync, zipSync, type Zippable } from 'fflate';

export const BACKUP_MAGIC = 'TZBACKUP';
/** The container format this build writes and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 1;
/** OWASP 2023 for PBKDF2-HMAC-SHA-256. */
export const BACKUP_KDF_ITERATIONS = 600_000;
export const MIN_BACKUP_PASSWORD_LENGTH = 8;
/** The file name ending (desktop dialogs filter on it). */
export const BACKUP_EXTENSION = 'tzbak';

export interface BackupHeader {
  format: number;
  appVersion: string;
  createdAt: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number };
  /** base64 */
  salt: string;
  /** base64, 12 bytes */
  nonce: string;
  /** Bytes of ciphertext after the header: a shorter file was cut off. */
  cipherLength: number;
  /** base64 of 16 bytes derived beside the key: tells a wrong password from a damaged file. */
  check: string;
}

export type BackupRefusalCode = 'BACKUP_NOT_A_BACKUP' | 'BACKUP_TRUNCATED' | 'BACKUP_TAMPERED' | 'BACKUP_WRONG_PASSWORD' | 'BACKUP_TOO_NEW' | 'BACKUP_PASSWORD_TOO_SHORT';

const refusalMessages: Record<BackupRefusalCode, string> = {
  BACKUP_NOT_A_BACKUP: '这个文件不是台账的备份文件，请选择扩展名为 .tzbak 的备份文件。本机数据没有任何改动。',
  BACKUP_TRUNCATED: '这个备份文件不完整（可能复制时中断或U盘已损坏），无法恢复。请换一份备份。本机数据没有任何改动。',
  BACKUP_TAMPERED: '这个备份文件已损坏或被改动过，无法恢复。请换一份备份。本机数据没有任何改动。',
  BACKUP_WRONG_PASSWORD: '备份密码不对，请重新输入制作备份时设置的密码。本机数据没有任何改动。',
  BACKUP_TOO_NEW: '这个备份由更新版本的台账制作，本程序打不开。请先把台账升级到新版本再恢复。本机数据没有任何改动。',
  BACKUP_PASSWORD_TOO_SHORT: `备份密码至少要 ${MIN_BACKUP_PASSWORD_LENGTH} 个字符。`,
};

/** Thrown by sealing and opening: `code` for programs, `message` (Chinese) for the official. */
export class BackupRefusal extends Error {
  constructor(readonly code: BackupRefusalCode, detail?: string) {
    super(detail ? `${refusalMessages[code]}（${detail}）` : refusalMessages[code]);
    this.name = 'BackupRefusal';
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const MAGIC_BYTES = encoder.encode(BACKUP_MAGIC);
const PREFIX = MAGIC_BYTES.length + 4;
/** A header is a few hundred bytes; a larger length field means the file is something else. */
const MAX_HEADER = 4096;
const TAG_BYTES = 16;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

interface DerivedKeys {
  key: Awaited<ReturnType<typeof crypto.subtle.deriveKey>>;
  check: Uint8Array;
}

async function deriveKeys(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<DerivedKeys> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const master = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 256);
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const noSalt = new Uint8Array(0);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: encoder.encode('taizhang backup aes-gcm v1') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const check = new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: noSalt, info: encoder.encode('taizhang backup password check v1') }, hkdf, 128));
  return { key, check };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}

export interface SealOptions {
  password: string;
  appVersion: string;
  createdAt: Date;
  /** Tests lower it; files keep their own count, so any count opens. */
  iterations?: number;
}

/** Entries: path → bytes. Paths under `files/` are stored (attachments are already compressed), the rest deflated. */
export type BackupEntries = Record<string, Uint8Array>;

export async function sealBackup(entries: BackupEntries, options: SealOptions): Promise<Uint8Array> {
  if ([...options.password].length < MIN_BACKUP_PASSWORD_LENGTH) throw new BackupRefusal('BACKUP_PASSWORD_TOO_SHORT');
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(entries)) zippable[path] = [bytes, { level: path.startsWith('files/') ? 0 : 6 }];
  const plain = zipSync(zippable, { mtime: options.createdAt });
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const iterations = options.iterations ?? BACKUP_KDF_ITERATIONS;
  const { key, check } = await deriveKeys(options.password, salt, iterations);
  const header: BackupHeader = {
    format: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: options.createdAt.toISOString(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations },
    salt: toBase64(salt),
    nonce: toBase64(nonce),
    cipherLength: plain.length + TAG_BYTES,
    check: toBase64(check),
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const prefix = new Uint8Array(PREFIX + headerBytes.length);
  prefix.set(MAGIC_BYTES, 0);
  new DataView(prefix.buffer).setUint32(MAGIC_BYTES.length, headerBytes.length, true);
  prefix.set(headerBytes, PREFIX);
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: prefix }, key, plain));
  const file = new Uint8Array(prefix.length + cipher.length);
  file.set(prefix, 0);
  file.set(cipher, prefix.length);
  return file;
}

function isHeader(value: unknown): value is BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  return (
    typeof header === 'object' && header !== null &&
    typeof header.format === 'number' && typeof header.appVersion === 'string' && typeof header.createdAt === 'string' &&
    typeof header.kdf === 'object' && header.kdf !== null && header.kdf.name === 'PBKDF2' && header.kdf.hash === 'SHA-256' &&
    Number.isInteger(header.kdf.iterations) && header.kdf.iterations >= 1 && header.kdf.iterations <= 10_000_000 &&
    typeof header.salt === 'string' && typeof header.nonce === 'string' && typeof header.check === 'string' &&
    Number.isInteger(header.cipherLength) && (header.cipherLength as number) >= TAG_BYTES
  );
}

/** The parts of a file, or why it is not one; nothing is decrypted yet (no password needed). */
export function readBackupHeader(input: Uint8Array): { header: BackupHeader; prefix: Uint8Array<ArrayBuffer>; cipher: Uint8Array<ArrayBuffer> } {
  // Files come from a read or a download, never from shared memory.
  const file = input as Uint8Array<ArrayBuffer>;
  if (file.length < PREFIX || !sameBytes(file.subarray(0, MAGIC_BYTES.length), MAGIC_BYTES)) throw new BackupRefusal('BACKUP_NOT_A_BACKUP');
  const headerLength = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(MAGIC_BYTES.length, true);
  if (headerLength > MAX_HEADER) throw new BackupRefusal('BACKUP_TAMPERED');
  if (file.length < PREFIX + headerLength) throw new BackupRefusal('BACKUP_TRUNCATED');
  let header: unknown;
  try {
    header = JSON.parse(decoder.decode(file.subarray(PREFIX, PREFIX + headerLength)));
  } catch {
    throw new BackupRefusal('BACKUP_TAMPERED');
  }
  // A newer format may lay its header out differently: say "too new" before judging the rest.
  const format = (header as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > BACKUP_FORMAT_VERSION) throw new BackupRefusal('BACKUP_TOO_NEW', `备份格式 ${format}`);
  if (!isHeader(header)) throw new BackupRefusal('BACKUP_TAMPERED');
  const cipher = file.subarray(PREFIX + headerLength);
  if (cipher.length < header.cipherLength) throw new BackupRefusal('BACKUP_TRUNCATED');
  if (cipher.length > header.cipherLength) throw new BackupRefusal('BACKUP_TAMPERED');
  return { header, prefix: file.subarray(0, PREFIX + headerLength), cipher };
}

/** Compares dotted version numbers ("0.10.2" > "0.9"); null when either is not one (e.g. "dev"). */
export function compareVersions(a: string, b: string): number | null {
  const parse = (v: string) => (/^\d+(\.\d+)*$/.test(v) ? v.split('.').map(Number) : null);
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

export interface OpenedBackup {
  header: BackupHeader;
  entries: BackupEntries;
}

/** Checks and decrypts a backup file; throws BackupRefusal. Changes nothing anywhere. */
export async function openBackup(file: Uint8Array, password: string, appVersion: string): Promise<OpenedBackup> {
  const { header, prefix, cipher } = readBackupHeader(file);
  if ((compareVersions(header.appVersion, appVersion) ?? 0) > 0) throw new BackupRefusal('BACKUP_TOO_NEW', `备份来自台账 ${header.appVersion}，本程序是 ${appVersion}`);
  let salt: Uint8Array<ArrayBuffer>;
  let nonce: Uint8Array<ArrayBuffer>;
  let check: Uint8Array;
  try {
    salt = fromBase64(header.salt);
    nonce = fromBase64(header.nonce);
    check = fromBase64(header.check);
  } catch {
    throw new BackupRefusal('BACKUP_TAMPERED');
  }
  if (nonce.length !== 12) throw new BackupRefusal('BACKUP_TAMPERED');
  const keys = await deriveKeys(password, salt, header.kdf.iterations);
  if (!sameBytes(keys.check, check)) throw new BackupRefusal('BACKUP_WRONG_PASSWORD');
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: nonce, additionalData: prefix }, keys.key, cipher));
  } catch {
    throw new BackupRefusal('BACKUP_TAMPERED');
  }
  try {
    return { header, entries: unzipSync(plain) };
  } catch {
    // Authenticated, yet not our zip: made by something else with our format.
    throw new BackupRefusal('BACKUP_TAMPERED');
  }
}
