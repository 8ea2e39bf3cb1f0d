// Reads and writes of attachment bytes (decision 009). Invariants:
// - an upload belongs to one township; its progress and parts are invisible to every other;
// - each part is one transaction, taken under a per-(township, file) lock, so a part lands whole
//   or not at all and two devices of one township cannot interleave at one offset;
// - a file becomes readable only after its bytes hashed to its name; bytes are never rewritten;
// - a township reads a file only if it uploaded it and one of its records references it.
import { createHash } from 'node:crypto';
import { fileLimits } from '#shared/files/index';
import type { Database, Queryable } from '../db/database';
import type { DeviceIdentity } from '../sync/rights';
import { inScope } from '../sync/scope';
import { FileFailure } from './file-failure';

/** Advisory-lock namespace of per-upload locks (4242 = documents, 4243 = files). */
const UPLOAD_LOCK_NAMESPACE = 4243;

export interface UploadState {
  /** Bytes the server holds of this township's upload (the whole size once complete). */
  offset: number;
  /** Known once an upload began or the township holds the file. */
  length?: number;
  complete: boolean;
}

export interface PartInput {
  /** Where these bytes go (Upload-Offset). */
  offset: number;
  /** The whole file's size (Upload-Length). */
  fileSize: number;
  bytes: Buffer;
}

const scopeOf = (device: DeviceIdentity) => ({ role: device.role, townshipId: device.townshipId });

function uploaderTownship(device: DeviceIdentity): string {
  if (device.role !== 'township' || !device.townshipId) throw new FileFailure('UPLOAD_FORBIDDEN');
  return device.townshipId;
}

export class FileStore {
  constructor(
    private readonly db: Database,
    private readonly useAppRole: boolean,
  ) {}

  private scoped<T>(device: DeviceIdentity, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return inScope(this.db, this.useAppRole, scopeOf(device), fn);
  }

  async uploadState(device: DeviceIdentity, sha256: string): Promise<UploadState> {
    const township = uploaderTownship(device);
    return this.scoped(device, (tx) => readUploadState(tx, township, sha256));
  }

  async appendPart(device: DeviceIdentity, sha256: string, part: PartInput): Promise<UploadState> {
    const township = uploaderTownship(device);
    if (part.fileSize > fileLimits.maxFileBytes) throw new FileFailure('FILE_TOO_LARGE', { maxBytes: fileLimits.maxFileBytes });
    const outcome = await this.scoped(device, async (tx): Promise<UploadState | 'mismatch'> => {
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [UPLOAD_LOCK_NAMESPACE, `${township}:${sha256}`]);
      const state = await readUploadState(tx, township, sha256);
      // The file is already here for this township (another of its devices, or a retry after a lost answer).
      if (state.complete) {
        if (state.length !== part.fileSize) throw new FileFailure('UPLOAD_LENGTH_MISMATCH', { length: state.length });
        return state;
      }
      if (state.length !== undefined && state.length !== part.fileSize) throw new FileFailure('UPLOAD_LENGTH_MISMATCH', { length: state.length });
      if (part.offset !== state.offset) throw new FileFailure('UPLOAD_OFFSET_MISMATCH', { offset: state.offset });
      if (part.offset + part.bytes.length > part.fileSize) throw new FileFailure('UPLOAD_LENGTH_MISMATCH', { length: part.fileSize });
      if (state.length === undefined) {
        await tx.query('INSERT INTO file_uploads (township_id, sha256, size, started_by) VALUES ($1, $2, $3, $4)', [township, sha256, part.fileSize, device.id]);
      }
      const received = part.offset + part.bytes.length;
      if (part.bytes.length > 0) {
        await tx.query(
          'INSERT INTO file_upload_parts (township_id, sha256, part_offset, part_size, data) VALUES ($1, $2, $3, $4, $5)',
          [township, sha256, part.offset, part.bytes.length, part.bytes],
        );
        await tx.query('UPDATE file_uploads SET received = $3, updated_at = now() WHERE township_id = $1 AND sha256 = $2', [township, sha256, received]);
      }
      if (received < part.fileSize) return { offset: received, length: part.fileSize, complete: false };
      if (!(await finishUpload(tx, township, sha256, part.fileSize, device.id))) return 'mismatch';
      return { offset: part.fileSize, length: part.fileSize, complete: true };
    });
    // Refused after the transaction committed the discarded upload, so the next try starts from zero.
    if (outcome === 'mismatch') throw new FileFailure('FILE_HASH_MISMATCH');
    return outcome;
  }

  /** The size of a file this device may read, or undefined (unknown and forbidden look the same). */
  async readableSize(device: DeviceIdentity, sha256: string): Promise<number | undefined> {
    return this.scoped(device, async (tx) => {
      const grant = device.role === 'county' ? '' : 'AND EXISTS (SELECT 1 FROM file_grants g WHERE g.sha256 = f.sha256 AND g.township_id = $2)';
      const townshipFilter = device.role === 'county' ? '' : 'AND (d.township_id = $2)';
      const result = await tx.query<{ size: string }>(
        `SELECT f.size::text AS size FROM files f
         WHERE f.sha256 = $1 ${grant}
           AND EXISTS (SELECT 1 FROM documents d
                       WHERE d.collection IN ('mediationCase', 'studySession', 'enforcementCase')
                         AND document_file_refs(d.body) @> ARRAY[f.sha256] ${townshipFilter})`,
        device.role === 'county' ? [sha256] : [sha256, device.townshipId],
      );
      const size = result.rows[0]?.size;
      return size === undefined ? undefined : Number(size);
    });
  }

  /** Bytes start..end (inclusive) of a stored file, part by part, each read in the device's scope. */
  async *readRange(device: DeviceIdentity, sha256: string, start: number, end: number): AsyncGenerator<Buffer> {
    let position = start;
    while (position <= end) {
      const part = await this.scoped(device, async (tx) => {
        const result = await tx.query<{ part_offset: string; data: Uint8Array }>(
          `SELECT part_offset::text AS part_offset, data FROM file_parts
           WHERE sha256 = $1 AND part_offset <= $2 AND part_offset + part_size > $2`,
          [sha256, position],
        );
        return result.rows[0];
      });
      // Row-level security hid it, or the parts are damaged: end the body short; the client resumes or reports.
      if (!part) throw new Error('FILE_PART_MISSING');
      const data = Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);
      const from = position - Number(part.part_offset);
      const to = Math.min(data.length, end - Number(part.part_offset) + 1);
      const slice = data.subarray(from, to);
      yield slice;
      position += slice.length;
    }
  }
}

async function readUploadState(tx: Queryable, township: string, sha256: string): Promise<UploadState> {
  const granted = await tx.query<{ size: string }>(
    'SELECT f.size::text AS size FROM file_grants g JOIN files f ON f.sha256 = g.sha256 WHERE g.sha256 = $1 AND g.township_id = $2',
    [sha256, township],
  );
  const done = granted.rows[0];
  if (done) return { offset: Number(done.size), length: Number(done.size), complete: true };
  const upload = await tx.query<{ size: string; received: string }>(
    'SELECT size::text AS size, received::text AS received FROM file_uploads WHERE township_id = $1 AND sha256 = $2',
    [township, sha256],
  );
  const row = upload.rows[0];
  return row ? { offset: Number(row.received), length: Number(row.size), complete: false } : { offset: 0, complete: false };
}

/**
 * Hashes the township's parts; on a match the bytes become the file (unless stored already) and the
 * township's grant. false: they did not hash to the name, and the upload is discarded.
 */
async function finishUpload(tx: Queryable, township: string, sha256: string, size: number, deviceId: string): Promise<boolean> {
  const hash = createHash('sha256');
  let position = 0;
  for (;;) {
    const result = await tx.query<{ part_offset: string; data: Uint8Array }>(
      `SELECT part_offset::text AS part_offset, data FROM file_upload_parts
       WHERE township_id = $1 AND sha256 = $2 AND part_offset = $3`,
      [township, sha256, position],
    );
    const part = result.rows[0];
    if (!part) break;
    hash.update(part.data);
    position += part.data.byteLength;
  }
  if (position !== size || hash.digest('hex') !== sha256) {
    await tx.query('DELETE FROM file_uploads WHERE township_id = $1 AND sha256 = $2', [township, sha256]);
    return false;
  }
  // First township to finish stores the bytes; a later one (same bytes, by the hash) only gets its grant.
  const stored = await tx.query('INSERT INTO files (sha256, size) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING RETURNING sha256', [sha256, size]);
  if (stored.rowCount > 0) {
    await tx.query(
      `INSERT INTO file_parts (sha256, part_offset, part_size, data)
       SELECT sha256, part_offset, part_size, data FROM file_upload_parts WHERE township_id = $1 AND sha256 = $2`,
      [township, sha256],
    );
  }
  await tx.query('INSERT INTO file_grants (sha256, township_id, device_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [sha256, township, deviceId]);
  await tx.query('DELETE FROM file_uploads WHERE township_id = $1 AND sha256 = $2', [township, sha256]);
  return true;
}
