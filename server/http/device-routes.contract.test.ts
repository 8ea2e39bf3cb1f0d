// [S50] what a PC reports of itself, and [S51] the county's list of every PC (docs/decisions/026).
import { expect, it } from 'vitest';
import { syncPaths, type DeviceHealthRow, type DeviceListResponse } from '#shared/sync/index';
import { revokeDevice } from '../auth/devices';
import { describeEachBackend } from '../testing/backends';
import { enroll, protocolHeaders, pull, type TestDevice } from '../testing/client';

describeEachBackend('device reports and the county list of PCs', (backend) => {
  const report = (device: TestDevice, payload: unknown) =>
    backend.server().app.inject({ method: 'POST', url: syncPaths.deviceReport, headers: device.headers, payload: payload as object });
  const list = (device: TestDevice) => backend.server().app.inject({ url: syncPaths.devices, headers: device.headers });
  const rowOf = (answer: DeviceListResponse, id: string): DeviceHealthRow | undefined => answer.devices.find((row) => row.id === id);

  it('[S51] the county sees each PC with its township, last contact, waiting count and app version; a revoked PC is marked', async () => {
    const server = backend.server();
    const county = await enroll(server, 'county', null, '县司法局');
    const zhongren = await enroll(server, 'township', 'zhongren', '忠仁镇司法所');
    const suidong = await enroll(server, 'township', 'suidong', '绥东镇司法所');
    expect((await report(zhongren, { waiting: 3, appVersion: '0.1.0' })).statusCode).toBe(204);
    expect((await pull(server, suidong, 'mediationCase', 0, 1)).statusCode).toBe(200);
    expect(await revokeDevice(server.db, suidong.deviceId)).toBe(true);

    const answer = await list(county);
    expect(answer.statusCode).toBe(200);
    const body = answer.json<DeviceListResponse>();
    expect(body.truncated).toBe(false);
    expect(rowOf(body, zhongren.deviceId)).toMatchObject({ name: '忠仁镇司法所', role: 'township', townshipId: 'zhongren', waiting: 3, appVersion: '0.1.0', revokedAt: null });
    expect(rowOf(body, zhongren.deviceId)?.lastSeenAt).not.toBeNull();
    const revoked = rowOf(body, suidong.deviceId);
    expect(revoked).toMatchObject({ townshipId: 'suidong', waiting: null, appVersion: null });
    expect(revoked?.revokedAt).not.toBeNull();
    expect(revoked?.lastSeenAt).not.toBeNull();
    // No secret leaves the server in the list.
    expect(answer.body).not.toContain(zhongren.token);
    expect(answer.body).not.toMatch(/token/i);
  });

  it('[S51] a township PC is refused the list with 403 and a Chinese reason; no token gets 401', async () => {
    const township = await enroll(backend.server(), 'township', 'beigang');
    const refused = await list(township);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'DEVICES_FORBIDDEN' });
    expect(refused.json<{ message: string }>().message).toContain('县司法局');
    const anonymous = await backend.server().app.inject({ url: syncPaths.devices, headers: protocolHeaders });
    expect(anonymous.statusCode).toBe(401);
  });

  it('[S50] a later report replaces the earlier one; a bad report is refused and changes nothing', async () => {
    const server = backend.server();
    const county = await enroll(server, 'county');
    const pc = await enroll(server, 'township', 'zhongren');
    expect((await report(pc, { waiting: 5, appVersion: '0.1.0' })).statusCode).toBe(204);
    expect((await report(pc, { waiting: 0, appVersion: '0.2.0' })).statusCode).toBe(204);
    for (const bad of [
      { waiting: -1, appVersion: '0.2.0' }, { waiting: 1.5, appVersion: '0.2.0' }, { waiting: 10_000_001, appVersion: '0.2.0' },
      { waiting: '7', appVersion: '0.2.0' }, { waiting: 7, appVersion: '' }, { waiting: 7, appVersion: 'x'.repeat(41) },
      { waiting: 7, appVersion: '<script>' }, { waiting: 7, appVersion: '0.2.0', townshipId: 'suidong' }, [7], null,
    ]) {
      const refused = await report(pc, bad);
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'INVALID_REQUEST' });
    }
    const row = rowOf((await list(county)).json<DeviceListResponse>(), pc.deviceId);
    expect(row).toMatchObject({ waiting: 0, appVersion: '0.2.0' });
    expect(row?.reportedAt).not.toBeNull();
  });
});
