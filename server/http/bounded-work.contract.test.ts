// [S40] [S42] [S46]: the issue 8 reproductions that need no real port. Junk is refused by its
// shape before it is parsed; failed authentications are limited per address; the admin command
// issues codes only for townships that exist.
import { expect, it } from 'vitest';
import { syncPaths, type SyncError } from '#shared/sync/index';
import { runAdminCommand } from '../admin/commands';
import { issueEnrollmentCode } from '../auth/devices';
import { describeEachBackend } from '../testing/backends';
import { enroll, protocolHeaders, push, storedCount } from '../testing/client';
import { mediationCase } from '../testing/documents';

const chinese = /[\u4e00-\u9fff]/;

describeEachBackend('bounded work per request', (backend) => {
  /** A push body built as text: the junk must never exist as objects in the test either. */
  const pushText = async (townshipId: string, text: string) => {
    const device = await enroll(backend.server(), 'township', townshipId);
    return backend.server().app.inject({
      method: 'POST',
      url: syncPaths.push('mediationCase'),
      headers: { ...device.headers, 'content-type': 'application/json' },
      payload: text,
    });
  };
  const docText = (id: string, townshipId: string, mediators: string) =>
    JSON.stringify(mediationCase(id, townshipId)).replace('"mediators":["王五"]', `"mediators":${mediators}`);

  it('[S40] an 8 MB push whose mediators hold 4,000,000 items (limit 20) → 413 REQUEST_TOO_COMPLEX, nothing stored', async () => {
    const before = await storedCount(backend.server(), 'mediationCase');
    const text = `[{"newDocumentState":${docText('junk-items', 'junk', `[${'0,'.repeat(3_999_999)}0]`)}}]`;
    expect(text.length).toBeGreaterThan(8_000_000);
    const response = await pushText('junk', text);
    expect(response.statusCode).toBe(413);
    const body = response.json<SyncError>();
    expect(body.code).toBe('REQUEST_TOO_COMPLEX');
    expect(body.message).toMatch(chinese);
    expect(body.details).toEqual({ limit: 'arrayItems', max: 1000 });
    expect(await storedCount(backend.server(), 'mediationCase')).toBe(before);
    expect((await backend.server().app.inject({ url: syncPaths.health })).statusCode).toBe(200);
  });

  it('[S40] a document with 700,000 unknown keys → 413 REQUEST_TOO_COMPLEX', async () => {
    const keys = Array.from({ length: 700_000 }, (_, i) => `"k${i}":0`).join(',');
    const text = `[{"newDocumentState":${docText('junk-keys', 'junk2', '[]').replace(/^\{/, `{${keys},`)}}]`;
    const response = await pushText('junk2', text);
    expect(response.statusCode).toBe(413);
    expect(response.json<SyncError>().details).toEqual({ limit: 'objectKeys', max: 100 });
  });

  it('[S40] a shape within the scan but over the schema (21 mediators, 60 unknown fields) → 400 with the first problem only', async () => {
    const device = await enroll(backend.server(), 'township', 'junk3');
    const extra = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`extra${i}`, i]));
    const rows = [
      { newDocumentState: mediationCase('junk3-a', 'junk3', { mediators: Array.from({ length: 21 }, (_, i) => `调解员${i}`) }) },
      { newDocumentState: mediationCase('junk3-b', 'junk3', extra) },
    ];
    const response = await push(backend.server(), device, 'mediationCase', rows);
    expect(response.statusCode).toBe(400);
    const details = response.json<SyncError>().details as { index: number; reason: string; path?: string }[];
    expect(details.map((d) => [d.index, d.reason])).toEqual([
      [0, 'SCHEMA'],
      [1, 'SCHEMA'],
    ]);
  });

  it('[S42] unknown tokens from one address → 429 TOO_MANY_FAILED_ATTEMPTS before any lookup; other addresses sync on', async () => {
    const server = backend.server();
    const device = await enroll(server, 'township', 'limited');
    const ask = (remoteAddress: string, authorization: string) =>
      server.app.inject({ url: `${syncPaths.pull('mediationCase')}?batchSize=1`, headers: { ...protocolHeaders, authorization }, remoteAddress });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await ask('10.66.0.1', `Bearer guess${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const refused = (await ask('10.66.0.1', `Bearer guess-again`)).json<SyncError>();
    expect(refused.code).toBe('TOO_MANY_FAILED_ATTEMPTS');
    expect(refused.message).toMatch(chinese);
    expect((refused.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    expect((await ask('10.66.0.2', device.headers.authorization ?? '')).statusCode).toBe(200);
  });

  it('[S42] wrong enrollment codes count too: the sixth try from the address is refused, even with a good code', async () => {
    const server = backend.server();
    const enrollFrom = (code: string) =>
      server.app.inject({ method: 'POST', url: syncPaths.enroll, headers: protocolHeaders, payload: { code, deviceName: '猜码' }, remoteAddress: '10.66.0.3' });
    for (let i = 0; i < 5; i++) expect((await enrollFrom(`AAAA-BBBB-CC${i}C`)).statusCode).toBe(401);
    const { code } = await issueEnrollmentCode(server.db, { role: 'township', townshipId: 'limited2' });
    const refused = await enrollFrom(code);
    expect(refused.statusCode).toBe(429);
    expect(refused.json<SyncError>().code).toBe('TOO_MANY_FAILED_ATTEMPTS');
  });

  it('[S46] issue-code for a township that does not exist is refused with the codes that do; nothing is issued', async () => {
    const db = backend.server().db;
    const codesBefore = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM enrollment_codes');
    await expect(runAdminCommand(db, ['issue-code', '--township', 'nosuchtownship'])).rejects.toThrow(/没有乡镇代码 nosuchtownship.*zhongren \(忠仁镇\)/);
    const codesAfter = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM enrollment_codes');
    expect(codesAfter.rows[0]?.n).toBe(codesBefore.rows[0]?.n);
  });
}, { limits: { requestsPerMinute: 1_000_000, enrollPerMinute: 1_000_000, failedAuthPerMinute: 5 } });

describeEachBackend(
  'failed authentication behind a reverse proxy',
  (backend) => {
    it('[S42] with TAIZHANG_TRUST_PROXY the limit is per forwarded client address, not the proxy’s', async () => {
      const ask = (client: string) =>
        backend.server().app.inject({
          url: `${syncPaths.pull('mediationCase')}?batchSize=1`,
          headers: { ...protocolHeaders, authorization: 'Bearer guess', 'x-forwarded-for': client },
        });
      expect([(await ask('203.0.113.7')).statusCode, (await ask('203.0.113.7')).statusCode, (await ask('203.0.113.7')).statusCode]).toEqual([401, 401, 429]);
      expect((await ask('203.0.113.8')).statusCode).toBe(401);
    });
  },
  { trustProxy: ['127.0.0.1'], limits: { requestsPerMinute: 1_000_000, enrollPerMinute: 1_000_000, failedAuthPerMinute: 2 } },
);
