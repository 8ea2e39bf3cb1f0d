// POST /v1/enroll: a one-time code becomes a device token. Rate-limited per address, since
// the caller has no device yet and codes must not be guessable by trying.
import type { FastifyInstance } from 'fastify';
import { hasUnstorableText } from '#shared/domain/text/storable-text';
import { syncPaths, type EnrollResponse } from '#shared/sync/index';
import { enrollDevice } from '../auth/devices';
import type { Database } from '../db/database';
import { SyncFailure } from '../sync/failure';
import type { FailedAuthLimiter } from './failed-auth';
import { checkFailedAuth } from './guards';

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim().length > 0 && value.length <= max;

export function registerEnrollRoutes(app: FastifyInstance, db: Database, perMinute: number, failedAuth: FailedAuthLimiter): void {
  app.post(
    syncPaths.enroll,
    { config: { protocol: true, rateLimit: { max: perMinute, timeWindow: 60_000 } } },
    async (request, reply): Promise<EnrollResponse> => {
      const body = request.body as Record<string, unknown> | null;
      if (body === null || typeof body !== 'object' || !isText(body.code, 40) || !isText(body.deviceName, 60)) {
        throw new SyncFailure('INVALID_REQUEST', { expected: '{code: string, deviceName: string (≤ 60)}' });
      }
      checkFailedAuth(request, failedAuth);
      // [S39] Refused before the code is claimed, so the code stays usable with a clean name.
      if (hasUnstorableText(body.deviceName)) {
        throw new SyncFailure('DEVICE_NAME_UNSTORABLE', { field: 'deviceName' });
      }
      const enrolled = await enrollDevice(db, body.code, body.deviceName.trim());
      if (!enrolled) {
        failedAuth.recordFailure(request.ip);
        throw new SyncFailure('ENROLLMENT_CODE_INVALID');
      }
      request.log.info({ deviceId: enrolled.deviceId, role: enrolled.role, townshipId: enrolled.townshipId }, 'device enrolled');
      void reply.code(201);
      return enrolled;
    },
  );
}
