// Devices and their enrollment: one-time codes issued by the county administrator, exchanged
// once for a device token; tokens listed and revoked by command (docs/sync-api.md).
import { v7 as uuidv7 } from 'uuid';
import type { DeviceRole, EnrollResponse } from '#shared/sync/index';
import type { Database, Queryable } from '../db/database';
import type { DeviceIdentity } from '../sync/rights';
import { newDeviceToken, newEnrollmentCode, normalizeEnrollmentCode, sha256Hex } from './secrets';

export const TOWNSHIP_CODE_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;
export const DEFAULT_CODE_TTL_HOURS = 72;

export interface IssuedCode {
  code: string;
  role: DeviceRole;
  townshipId: string | null;
  expiresAt: string;
}

export interface DeviceRow {
  id: string;
  name: string;
  role: DeviceRole;
  townshipId: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

export type Authentication = { device: DeviceIdentity } | { refused: 'UNAUTHENTICATED' | 'DEVICE_REVOKED' };

export const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

/** The columns of `devices` a DeviceRow is read from, for a SELECT (device-health.ts reads more beside them). */
export const deviceColumns = 'id, name, role, township_id, created_at, last_seen_at, revoked_at';

/** A row of `devices` as the database gives it. */
export interface DeviceTableRow {
  id: string; name: string; role: DeviceRole; township_id: string | null; created_at: unknown; last_seen_at: unknown; revoked_at: unknown;
}

export const deviceRowOf = (row: DeviceTableRow): DeviceRow => ({
  id: row.id,
  name: row.name,
  role: row.role,
  townshipId: row.township_id,
  createdAt: iso(row.created_at) ?? '',
  lastSeenAt: iso(row.last_seen_at),
  revokedAt: iso(row.revoked_at),
});

export async function issueEnrollmentCode(
  db: Database,
  target: { role: DeviceRole; townshipId: string | null; ttlHours?: number },
): Promise<IssuedCode> {
  if (target.role === 'township' && !TOWNSHIP_CODE_PATTERN.test(target.townshipId ?? '')) {
    throw new Error(`乡镇代码格式不正确：${target.townshipId ?? ''}（应为小写拼音，如 zhongren）`);
  }
  const townshipId = target.role === 'county' ? null : target.townshipId;
  const code = newEnrollmentCode();
  const hours = target.ttlHours ?? DEFAULT_CODE_TTL_HOURS;
  const result = await db.query<{ expires_at: string }>(
    `INSERT INTO enrollment_codes (code_hash, role, township_id, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING expires_at`,
    [sha256Hex(code), target.role, townshipId, Math.round(hours * 3600)],
  );
  return { code, role: target.role, townshipId, expiresAt: iso(result.rows[0]?.expires_at) ?? '' };
}

/** The county's ID-number hash key, made once by migration 002 (docs/decisions/008). */
export async function countyIdHashKey(db: Queryable): Promise<string> {
  const result = await db.query<{ value: string }>(`SELECT value FROM server_secrets WHERE name = 'id_hash_key'`);
  const key = result.rows[0]?.value;
  if (!key) throw new Error('SERVER_SECRET_MISSING: id_hash_key is missing from server_secrets (migration 002)');
  return key;
}

/** Exchanges a code for a device token; undefined when the code is unknown, used or expired. */
export async function enrollDevice(db: Database, code: string, deviceName: string): Promise<EnrollResponse | undefined> {
  return db.transaction(async (tx) => {
    // One UPDATE both checks and consumes the code, so two devices racing with one code cannot both win.
    const claimed = await tx.query<{ role: DeviceRole; township_id: string | null; code_hash: string }>(
      `UPDATE enrollment_codes SET used_at = now()
       WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING role, township_id, code_hash`,
      [sha256Hex(normalizeEnrollmentCode(code))],
    );
    const grant = claimed.rows[0];
    if (!grant) return undefined;
    const deviceId = uuidv7();
    const token = newDeviceToken();
    await tx.query(`INSERT INTO devices (id, name, role, township_id, token_hash) VALUES ($1, $2, $3, $4, $5)`, [
      deviceId,
      deviceName,
      grant.role,
      grant.township_id,
      sha256Hex(token),
    ]);
    await tx.query('UPDATE enrollment_codes SET used_by_device = $1 WHERE code_hash = $2', [deviceId, grant.code_hash]);
    return { deviceId, token, role: grant.role, townshipId: grant.township_id, idHashKey: await countyIdHashKey(tx) };
  });
}

/** Looked up on every request (no cache), so a revocation bites on the very next one. */
export async function authenticateToken(db: Database, token: string): Promise<Authentication> {
  // One round trip: the lookup, and last_seen_at for an active device at most once a minute (so a
  // busy device does not write on every request; a data-modifying CTE runs although unreferenced).
  const result = await db.query<{ id: string; name: string; role: DeviceRole; township_id: string | null; revoked_at: unknown }>(
    `WITH found AS (SELECT id, name, role, township_id, revoked_at FROM devices WHERE token_hash = $1),
     seen AS (UPDATE devices AS d SET last_seen_at = now() FROM found
              WHERE d.id = found.id AND found.revoked_at IS NULL AND (d.last_seen_at IS NULL OR d.last_seen_at < now() - interval '1 minute'))
     SELECT * FROM found`,
    [sha256Hex(token)],
  );
  const row = result.rows[0];
  if (!row) return { refused: 'UNAUTHENTICATED' };
  if (row.revoked_at !== null) return { refused: 'DEVICE_REVOKED' };
  return { device: { id: row.id, name: row.name, role: row.role, townshipId: row.township_id } };
}

export async function isDeviceActive(db: Database, deviceId: string): Promise<boolean> {
  const result = await db.query('SELECT 1 FROM devices WHERE id = $1 AND revoked_at IS NULL', [deviceId]);
  return result.rowCount > 0;
}

export async function listDevices(db: Database): Promise<DeviceRow[]> {
  const result = await db.query<DeviceTableRow>(`SELECT ${deviceColumns} FROM devices ORDER BY created_at, id`);
  return result.rows.map(deviceRowOf);
}

/** true when the device existed and was active. */
export async function revokeDevice(db: Database, deviceId: string): Promise<boolean> {
  const result = await db.query('UPDATE devices SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id', [deviceId]);
  return result.rowCount > 0;
}
