// A tiny test client over Fastify inject (and a real port for SSE): enroll, pull, push.
import type { LightMyRequestResponse } from 'fastify';
import { issueEnrollmentCode } from '../auth/devices';
import type { TaizhangServer } from '../server';
import { countyScope, inScope } from '../sync/scope';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, syncPaths, type DeviceRole, type EnrollResponse, type PushRow, type SyncDocument } from '#shared/sync/index';

export interface TestDevice extends EnrollResponse {
  headers: Record<string, string>;
}

export const protocolHeaders = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

export async function enroll(server: TaizhangServer, role: DeviceRole, townshipId: string | null = null, deviceName = '测试电脑'): Promise<TestDevice> {
  const { code } = await issueEnrollmentCode(server.db, { role, townshipId });
  const response = await server.app.inject({ method: 'POST', url: syncPaths.enroll, headers: protocolHeaders, payload: { code, deviceName } });
  if (response.statusCode !== 201) throw new Error(`enroll failed: ${response.body}`);
  const enrolled = response.json<EnrollResponse>();
  return { ...enrolled, headers: { ...protocolHeaders, authorization: `Bearer ${enrolled.token}` } };
}

export const pull = (server: TaizhangServer, device: TestDevice, collection: string, checkpoint: number, batchSize: number): Promise<LightMyRequestResponse> =>
  server.app.inject({ method: 'GET', url: `${syncPaths.pull(collection)}?checkpoint=${checkpoint}&batchSize=${batchSize}`, headers: device.headers });

export const push = (server: TaizhangServer, device: TestDevice, collection: string, rows: PushRow[] | object | string, query = ''): Promise<LightMyRequestResponse> =>
  server.app.inject({ method: 'POST', url: `${syncPaths.push(collection)}${query ? `?${query}` : ''}`, headers: device.headers, payload: rows });

/** Pulls a collection to the end in batches; returns every document in order and the final checkpoint. */
export async function pullAll(server: TaizhangServer, device: TestDevice, collection: string, batchSize = 100, from = 0) {
  const documents: SyncDocument[] = [];
  let checkpoint = from;
  for (;;) {
    const response = await pull(server, device, collection, checkpoint, batchSize);
    if (response.statusCode !== 200) throw new Error(`pull failed: ${response.body}`);
    const page = response.json<{ documents: SyncDocument[]; checkpoint: { seq: number } }>();
    documents.push(...page.documents);
    checkpoint = page.checkpoint.seq;
    if (page.documents.length < batchSize) return { documents, checkpoint };
  }
}

/** Counts stored documents of a collection as the county sees them (every township). */
export async function storedCount(server: TaizhangServer, collection: string): Promise<number> {
  return inScope(server.db, server.appRole, countyScope, async (tx) => {
    const result = await tx.query<{ n: string }>('SELECT count(*)::text AS n FROM documents WHERE collection = $1', [collection]);
    return Number(result.rows[0]?.n ?? 0);
  });
}
