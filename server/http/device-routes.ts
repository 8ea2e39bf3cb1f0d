// POST /v1/device-report (any enrolled PC: what it knows and the server cannot) and GET /v1/devices
// (the county only: every PC's last contact, what it reported, revoked or not), docs/decisions/026.
// The report is checked field by field and unknown fields are refused; the list is bounded.
import type { FastifyInstance } from 'fastify';
import {
  APP_VERSION_PATTERN, deviceReportLimits, syncPaths, type DeviceListResponse, type DeviceReport,
} from '#shared/sync/index';
import type { Database } from '../db/database';
import { SyncFailure } from '../sync/failure';
import { listDeviceHealth, saveDeviceReport } from '../auth/device-health';

const fields = new Set(['waiting', 'appVersion']);
const expected = { expected: `{waiting: 0–${deviceReportLimits.maxWaiting}, appVersion: 1–${deviceReportLimits.maxAppVersionLength} letters, digits or . + - _}` };

function readReport(body: unknown): DeviceReport {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new SyncFailure('INVALID_REQUEST', expected);
  const b = body as Record<string, unknown>;
  const valid = Object.keys(b).every((key) => fields.has(key))
    && typeof b.waiting === 'number' && Number.isInteger(b.waiting) && b.waiting >= 0 && b.waiting <= deviceReportLimits.maxWaiting
    && typeof b.appVersion === 'string' && APP_VERSION_PATTERN.test(b.appVersion);
  if (!valid) throw new SyncFailure('INVALID_REQUEST', expected);
  return { waiting: b.waiting as number, appVersion: b.appVersion as string };
}

export function registerDeviceRoutes(app: FastifyInstance, db: Database): void {
  app.post(syncPaths.deviceReport, { config: { protocol: true, auth: true } }, async (request, reply) => {
    const device = request.device;
    if (!device) throw new SyncFailure('UNAUTHENTICATED');
    await saveDeviceReport(db, device.id, readReport(request.body));
    return reply.code(204).send();
  });

  app.get(syncPaths.devices, { config: { protocol: true, auth: true } }, async (request): Promise<DeviceListResponse> => {
    const device = request.device;
    if (!device) throw new SyncFailure('UNAUTHENTICATED');
    if (device.role !== 'county') throw new SyncFailure('DEVICES_FORBIDDEN');
    return listDeviceHealth(db, deviceReportLimits.maxListed);
  });
}
