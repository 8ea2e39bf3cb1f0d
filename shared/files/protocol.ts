// The file endpoints of the county server (docs/sync-api.md § Files): paths, headers and limits,
// shared by the app's file sync and the server so the numbers cannot drift apart.

export const filePaths = {
  /** HEAD → upload progress; PATCH → append a part; GET → the bytes (Range supported). */
  file: (sha256: string) => `/v1/files/${sha256}`,
} as const;

export const fileHeaders = {
  /** Bytes of this file the server holds from this township (HEAD, PATCH answer); the offset a PATCH writes at. */
  offset: 'upload-offset',
  /** The file's whole size, sent with every PATCH; answered once an upload has begun. */
  length: 'upload-length',
} as const;

/** The body type of a PATCH (as in tus): raw bytes at `Upload-Offset`. */
export const PART_CONTENT_TYPE = 'application/offset+octet-stream';

export const fileLimits = {
  /** A scan of a long agreement at 300 dpi is ~10–20 MiB; a phone video is not an attachment. */
  maxFileBytes: 50 * 1024 * 1024,
  /** One PATCH body. A cut connection loses at most this much; 4 MiB passes a slow county link in seconds. */
  maxPartBytes: 4 * 1024 * 1024,
} as const;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A file's name on the wire: 64 lower-case hex digits. */
export const isSha256Hex = (value: string): boolean => SHA256_HEX.test(value);

/** The body of a PATCH answer: where the upload stands after this part. */
export interface UploadProgress {
  offset: number;
  length: number;
  /** The server holds the whole file, verified against its SHA-256. */
  complete: boolean;
}

/** Reads `bytes=a-b` / `bytes=a-` of a file of `size` bytes: the range, 'unsatisfiable', or undefined (serve it whole). */
export function parseByteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes=(\d{1,16})-(\d{0,16})$/.exec(header.trim());
  // Several ranges or suffix ranges: RFC 9110 lets a server ignore Range and answer 200.
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}
