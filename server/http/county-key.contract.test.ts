// [S24]: one county-wide ID-number hash key, made once, handed to every enrolled device.
import { expect, it } from 'vitest';
import { countyIdHashKey } from '../auth/devices';
import { migrate } from '../db/migrate';
import { describeEachBackend } from '../testing/backends';
import { enroll } from '../testing/client';

describeEachBackend('county ID-hash key', (backend) => {
  it('[S24] every device, township or county, gets the same random 64-hex-digit key when it enrolls', async () => {
    const server = backend.server();
    const devices = [await enroll(server, 'township', 'keya'), await enroll(server, 'township', 'keyb'), await enroll(server, 'county')];
    const keys = new Set(devices.map((d) => d.idHashKey));
    expect(keys.size).toBe(1);
    const [key] = [...keys];
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await countyIdHashKey(server.db)).toBe(key);
  });

  it('[S24] the key survives restarts and re-runs of the migrations (made once, never replaced)', async () => {
    const server = backend.server();
    const before = await countyIdHashKey(server.db);
    expect(await migrate(server.db)).toEqual([]);
    expect(await countyIdHashKey(server.db)).toBe(before);
  });

  it('[S24] the request role cannot read the key: it stays out of any device-scoped query', async () => {
    const server = backend.server();
    if (!server.appRole) return;
    await expect(
      server.db.transaction(async (tx) => {
        await tx.query('SET LOCAL ROLE taizhang_app');
        return tx.query('SELECT value FROM server_secrets');
      }),
    ).rejects.toThrow(/permission denied/);
  });
});
