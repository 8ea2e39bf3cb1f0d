// Reads and writes of what PCs report of themselves (migration 005, docs/decisions/026).
import type { DeviceHealthRow, DeviceListResponse, DeviceReport, DeviceRole } from '#shared/sync/index';
import type { Database } from '../db/database';

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());

export async function saveDeviceReport(db: Database, deviceId: string, report: DeviceReport): Promise<void> {
  await db.query(
    'UPDATE devices SET reported_waiting = $2, reported_app_version = $3, reported_at = now() WHERE id = $1',
    [deviceId, report.waiting, report.appVersion],
  );
}

/** Every PC, township PCs by township then name, the county's last; at most `limit` (one more is read to tell). */
export async function listDeviceHealth(db: Database, limit: number): Promise<DeviceListResponse> {
  const result = await db.query<{
    id: string; name: string; role: DeviceRole; township_id: string | null; created_at: unknown; last_seen_at: unknown;
    revoked_at: unknown; reported_waiting: number | null; reported_app_version: string | null; reported_at: unknown;
  }>(
    `SELECT id, name, role, township_id, created_at, last_seen_at, revoked_at, reported_waiting, reported_app_version, reported_at
     FROM devices ORDER BY role DESC, township_id, name, id LIMIT $1`,
    [limit + 1],
  );
  const devices: DeviceHealthRow[] = result.rows.slice(0, limit).map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    townshipId: r.township_id,
    createdAt: iso(r.created_at) ?? '',
    lastSeenAt: iso(r.last_seen_at),
    revokedAt: iso(r.revoked_at),
    waiting: r.reported_waiting,
    appVersion: r.reported_app_version,
    reportedAt: iso(r.reported_at),
  }));
  return { devices, truncated: result.rows.length > limit };
}
