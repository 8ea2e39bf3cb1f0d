// Reads and writes of what PCs report of themselves (migration 005, docs/decisions/026).
import type { DeviceHealthRow, DeviceListResponse, DeviceReport } from '#shared/sync/index';
import type { Database } from '../db/database';
import { deviceColumns, deviceRowOf, iso, type DeviceTableRow } from './devices';

export async function saveDeviceReport(db: Database, deviceId: string, report: DeviceReport): Promise<void> {
  await db.query(
    'UPDATE devices SET reported_waiting = $2, reported_app_version = $3, reported_at = now() WHERE id = $1',
    [deviceId, report.waiting, report.appVersion],
  );
}

/** Every PC, township PCs by township then name, the county's last; at most `limit` (one more is read to tell). */
export async function listDeviceHealth(db: Database, limit: number): Promise<DeviceListResponse> {
  const result = await db.query<DeviceTableRow & { reported_waiting: number | null; reported_app_version: string | null; reported_at: unknown }>(
    `SELECT ${deviceColumns}, reported_waiting, reported_app_version, reported_at
     FROM devices ORDER BY role DESC, township_id, name, id LIMIT $1`,
    [limit + 1],
  );
  const devices: DeviceHealthRow[] = result.rows.slice(0, limit).map((r) => ({
    ...deviceRowOf(r),
    waiting: r.reported_waiting,
    appVersion: r.reported_app_version,
    reportedAt: iso(r.reported_at),
  }));
  return { devices, truncated: result.rows.length > limit };
}
