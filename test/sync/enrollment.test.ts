// [C1] enrollment from 设置 → 同步, and [C7] what stops sync for good.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeDevice } from '../../server/auth/devices';
import { actor, expectSaved, mediationDraft } from '../../renderer/src/store/test-support';
import { enrolledDevice, eventually, openDevice, startTestServer, type TestServer } from './harness';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterAll(async () => {
  await test.close();
});

describe('enrollment', () => {
  it('[C1] refuses an address that is not https (or http to this PC) before calling anything', async () => {
    const device = await openDevice({ township: 'suibin' });
    try {
      for (const serverUrl of ['ftp://192.168.1.20', 'https://', 'http://user:pw@host']) {
        const result = await device.client.enroll({ serverUrl, code: 'AAAA-BBBB-CCCC', deviceName: '一号机' });
        expect(result).toEqual({ ok: false, problem: { code: 'SERVER_URL_INVALID', message: expect.stringContaining('https://') as string } });
      }
      // Unencrypted to another computer (decision 035): refused before the code or the device name leaves the PC.
      const plain = await device.client.enroll({ serverUrl: 'http://192.168.1.20:8787', code: 'AAAA-BBBB-CCCC', deviceName: '一号机' });
      expect(plain).toEqual({ ok: false, problem: { code: 'SERVER_URL_NOT_ENCRYPTED', message: expect.stringContaining('必须以 https:// 开头') as string } });
      expect(device.net.calls).toEqual([]);
    } finally {
      await device.close();
    }
  });

  it('[C1] says the server cannot be reached when the network is down, and passes on the server\'s reason for a bad code', async () => {
    const device = await openDevice({ township: 'suibin' });
    try {
      device.net.cut();
      expect(await device.client.enroll({ serverUrl: test.url, code: 'AAAA-BBBB-CCCC', deviceName: '一号机' })).toEqual({
        ok: false,
        problem: { code: 'SERVER_UNREACHABLE', message: '无法连接县服务器，请检查服务器地址和网络' },
      });
      device.net.restore();
      const refused = await device.client.enroll({ serverUrl: test.url, code: 'AAAA-BBBB-CCCC', deviceName: '一号机' });
      expect(refused).toEqual({ ok: false, problem: { code: 'ENROLLMENT_CODE_INVALID', message: '登记码无效、已过期或已使用，请向县司法局索取新的登记码。' } });
      expect(device.client.getStatus().phase).toBe('notEnrolled');
      expect(device.secrets.value).toBeNull();
    } finally {
      await device.close();
    }
  });

  it('[C1] keeps the token in the secrets only, the enrollment in the database, and syncs by itself after a restart', async () => {
    const device = await openDevice({ township: 'suibin' });
    const other = await enrolledDevice(test, 'suibin');
    try {
      const code = await test.code('township', 'suibin');
      const result = await device.client.enroll({ serverUrl: `${test.url}/`, code: code.toLowerCase(), deviceName: ' 绥滨镇司法所一号机 ' });
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      expect(result.enrollment).toMatchObject({ serverUrl: test.url, role: 'township', townshipId: 'suibin', deviceName: '绥滨镇司法所一号机' });
      expect(device.secrets.value?.token).toMatch(/\S{20,}/);
      const stored = await device.client.enrollment();
      expect(stored).toEqual(result.enrollment);
      expect(JSON.stringify(stored)).not.toContain(device.secrets.value?.token ?? '?');
      await device.client.awaitInitialSync();
      await eventually(() => expect(device.client.getStatus().phase).toBe('idle'));

      // Closed and opened again: sync starts by itself and live changes arrive.
      const { dbName, secrets } = device;
      await device.close();
      const again = await openDevice({ township: 'suibin', dbName, secrets });
      try {
        await again.client.ready;
        expect(again.client.getStatus().phase).not.toBe('notEnrolled');
        const saved = expectSaved(await other.store.ledger.create('mediationCase', mediationDraft({ summary: '重启后同步' }), actor)).record;
        await eventually(async () => expect(await again.store.ledger.get('mediationCase', saved.id)).toBeTruthy());
      } finally {
        await again.close();
      }
    } finally {
      await other.close();
    }
  });

  it('[C7] a revoked device stops with the county\'s reason in Chinese and keeps its records', async () => {
    const device = await enrolledDevice(test, 'suibin');
    try {
      const enrollment = await device.client.enrollment();
      const saved = expectSaved(await device.store.ledger.create('mediationCase', mediationDraft(), actor)).record;
      await eventually(() => expect(device.client.getStatus().waiting).toBe(0));
      await revokeDevice(test.server.db, enrollment?.deviceId ?? '');
      await eventually(() => expect(device.client.getStatus()).toMatchObject({
        phase: 'error',
        lastError: { code: 'DEVICE_REVOKED', message: '本机的登记已被县司法局撤销，请联系县司法局。' },
      }));
      // 立即同步 tries once more and is refused the same way; nothing local is lost.
      const calls = device.net.calls.length;
      device.client.syncNow();
      await eventually(() => expect(device.net.calls.length).toBeGreaterThan(calls));
      await eventually(() => expect(device.client.getStatus().phase).toBe('error'));
      expect(await device.store.ledger.get('mediationCase', saved.id)).toBeTruthy();
    } finally {
      await device.close();
    }
  });

  it('[C7] an app older than the server accepts is told to update (请更新台账) and stops retrying', async () => {
    const device = await enrolledDevice(test, 'suibin');
    try {
      device.net.rewriteHeaders = (headers) => ({ ...headers, 'taizhang-protocol': '0' });
      device.client.syncNow();
      await eventually(() => expect(device.client.getStatus()).toMatchObject({ phase: 'error', lastError: { code: 'CLIENT_TOO_OLD' } }));
      expect(device.client.getStatus().lastError?.message).toContain('请更新台账');
      const calls = device.net.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      // Blocked: no retry loop while the official has not updated (the idle stream may close once).
      expect(device.net.calls.length - calls).toBeLessThanOrEqual(1);
    } finally {
      await device.close();
    }
  });
});
