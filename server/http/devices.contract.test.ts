// [S1]–[S3], [S17], [S19], [S20]: enrollment, tokens, revocation, protocol version, limits.
import { expect, it } from 'vitest';
import { MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION, syncPaths } from '#shared/sync/index';
import { runAdminCommand } from '../admin/commands';
import { issueEnrollmentCode } from '../auth/devices';
import { sha256Hex } from '../auth/secrets';
import { describeEachBackend } from '../testing/backends';
import { enroll, protocolHeaders, pull, push } from '../testing/client';
import { mediationCase } from '../testing/documents';
import { listenOnLoopback, openStream } from '../testing/stream-client';
import { buildApp } from './app';
import { buildValidators } from '../sync/validate';

describeEachBackend('devices and roles', (backend) => {
  const enrollWith = (code: string, deviceName = '司法所电脑') =>
    backend.server().app.inject({ method: 'POST', url: syncPaths.enroll, headers: protocolHeaders, payload: { code, deviceName } });

  it('[S1] a code issued for a township enrolls one device of that township, once', async () => {
    const { code } = await issueEnrollmentCode(backend.server().db, { role: 'township', townshipId: 'zhongren' });
    const first = await enrollWith(code.toLowerCase().replace(/-/g, ' '));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ role: 'township', townshipId: 'zhongren' });
    const again = await enrollWith(code);
    expect(again.statusCode).toBe(401);
    expect(again.json()).toMatchObject({ code: 'ENROLLMENT_CODE_INVALID' });
  });

  it('[S1] an expired or unknown code is refused with a Chinese reason', async () => {
    const { code } = await issueEnrollmentCode(backend.server().db, { role: 'county', townshipId: null, ttlHours: -1 });
    for (const attempt of [code, 'AAAA-BBBB-CCCC']) {
      const response = await enrollWith(attempt);
      expect(response.statusCode).toBe(401);
      expect(response.json<{ message: string }>().message).toContain('登记码');
    }
  });

  it('[S2] tokens and codes are stored only as SHA-256 hashes', async () => {
    const device = await enroll(backend.server(), 'county');
    const rows = await backend.server().db.query<{ token_hash: string }>('SELECT token_hash FROM devices WHERE id = $1', [device.deviceId]);
    expect(rows.rows[0]?.token_hash).toBe(sha256Hex(device.token));
    const dump = JSON.stringify((await backend.server().db.query('SELECT * FROM devices')).rows);
    expect(dump).not.toContain(device.token);
  });

  it('[S3] no token or an unknown token gets 401 UNAUTHENTICATED', async () => {
    const app = backend.server().app;
    const none = await app.inject({ url: syncPaths.pull('mediationCase') + '?batchSize=1', headers: protocolHeaders });
    const wrong = await app.inject({ url: syncPaths.pull('mediationCase') + '?batchSize=1', headers: { ...protocolHeaders, authorization: 'Bearer tzd_nope' } });
    expect([none.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('[S3] a revoked device is refused on its next pull, push and stream, and its open stream ends', async () => {
    const server = backend.server();
    const device = await enroll(server, 'township', 'suidong');
    expect((await pull(server, device, 'mediationCase', 0, 10)).statusCode).toBe(200);
    const stream = await openStream(await listenOnLoopback(server), device);
    await stream.waitFor((e) => e.event === 'ready');

    const listed = await runAdminCommand(server.db, ['devices']);
    expect(listed).toContain(device.deviceId);
    expect(await runAdminCommand(server.db, ['revoke', device.deviceId])).toContain('已撤销');

    const refused = [await pull(server, device, 'mediationCase', 0, 10), await push(server, device, 'mediationCase', [{ newDocumentState: mediationCase('rv-1', 'suidong') }])];
    for (const response of refused) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'DEVICE_REVOKED' });
    }
    const reopened = await openStream(await listenOnLoopback(server), device);
    expect(reopened.status).toBe(401);
    reopened.close();
    await stream.ended;
    expect(stream.events.at(-1)).toMatchObject({ event: 'error', data: { code: 'DEVICE_REVOKED' } });
    expect(await runAdminCommand(server.db, ['devices'])).toMatch(/revoked/);
  });

  it('[S1] the admin command issues codes for a township or the county and refuses a bad township code', async () => {
    const db = backend.server().db;
    expect(await runAdminCommand(db, ['issue-code', '--township', 'beigang'])).toMatch(/登记码 \(enrollment code\): [A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(await runAdminCommand(db, ['issue-code', '--county'])).toContain('county');
    await expect(runAdminCommand(db, ['issue-code', '--township', '忠仁'])).rejects.toThrow('乡镇代码');
    await expect(runAdminCommand(db, ['issue-code'])).rejects.toThrow('--township');
  });

  it('[S17] the protocol header is required; an older app gets 426 请更新台账, a newer one is told the server is old', async () => {
    const device = await enroll(backend.server(), 'county');
    const at = (version: string | undefined) =>
      backend.server().app.inject({
        url: `${syncPaths.pull('referenceData')}?batchSize=5`,
        headers: { authorization: device.headers.authorization ?? '', ...(version === undefined ? {} : { [PROTOCOL_HEADER]: version }) },
      });
    const [missing, old, newer, current, oldestServed] = await Promise.all([at(undefined), at('0'), at('99'), at(String(PROTOCOL_VERSION)), at(String(MIN_PROTOCOL_VERSION))]);
    expect(missing.json()).toMatchObject({ code: 'PROTOCOL_REQUIRED' });
    expect(old.statusCode).toBe(426);
    expect(old.json<{ message: string }>().message).toContain('请更新台账');
    expect(newer.json()).toMatchObject({ code: 'SERVER_TOO_OLD' });
    expect(current.statusCode).toBe(200);
    expect(current.headers[PROTOCOL_HEADER]).toBe(String(PROTOCOL_VERSION));
    // An app that has not updated yet is still served (S47).
    expect(oldestServed.statusCode).toBe(200);
  });

  it('[S19] the rate limit is per device: one busy device is slowed, another device is not', async () => {
    const server = backend.server();
    const app = await buildApp({
      db: server.db,
      store: server.store,
      hub: server.hub,
      caseNumbers: server.caseNumbers,
      validators: buildValidators(),
      limits: { requestsPerMinute: 3, enrollPerMinute: 100 },
    });
    try {
      const [busy, quiet] = [await enroll(server, 'county'), await enroll(server, 'county')];
      const ask = (d: typeof busy) => app.inject({ url: `${syncPaths.pull('referenceData')}?batchSize=1`, headers: d.headers });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await ask(busy)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await ask(busy);
      expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
      expect((await ask(quiet)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('[S20] unknown paths and the health check answer in the shared shapes', async () => {
    const app = backend.server().app;
    expect((await app.inject({ url: '/v1/nothing' })).json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await app.inject({ url: syncPaths.health })).json()).toMatchObject({ status: 'ok', protocol: PROTOCOL_VERSION, database: backend.name });
  });
}, { keepaliveMs: 300 });
