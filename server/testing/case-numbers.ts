// Test helper: POST /v1/case-numbers/reserve through inject.
import type { LightMyRequestResponse } from 'fastify';
import { syncPaths, type CaseNumberReserveRequest } from '#shared/sync/index';
import type { TaizhangServer } from '../server';
import type { TestDevice } from './client';

let counter = 0;
/** A fresh request id, as the app makes one (uuid-like; tests only need it unique). */
export const newRequestId = (): string => `req-${process.pid}-${Date.now().toString(36)}-${++counter}`;

export const reserve = (
  server: TaizhangServer,
  device: TestDevice,
  body: Partial<CaseNumberReserveRequest> | Record<string, unknown> | string,
): Promise<LightMyRequestResponse> =>
  server.app.inject({
    method: 'POST',
    url: syncPaths.reserveCaseNumbers,
    // A string is sent as a raw JSON text (hostile-input tests).
    headers: typeof body === 'string' ? { ...device.headers, 'content-type': 'application/json' } : device.headers,
    payload: body,
  });
