import { describe, expect, it } from 'vitest';
import { openTestStore, testReference } from './test-support';

describe('device settings', () => {
  it('makes the device id once and keeps it across saves and reopening', async () => {
    const name = `settings${Date.now()}`;
    const store = await openTestStore({ name, township: null });
    const first = await store.settings.get();
    expect(first.deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(first).toEqual({ deviceId: first.deviceId, operatorName: '', townshipId: '', role: 'township' });
    const [a, b] = await Promise.all([store.settings.get(), store.settings.get()]);
    expect(a.deviceId).toBe(first.deviceId);
    expect(b.deviceId).toBe(first.deviceId);

    const saved = await store.settings.save({ operatorName: '王经办', townshipId: 'suibin', ...({ deviceId: 'forged' } as object) });
    expect(saved).toEqual({ deviceId: first.deviceId, operatorName: '王经办', townshipId: 'suibin', role: 'township' });
    await store.close();

    const reopened = await openTestStore({ name, township: null });
    expect(await reopened.settings.get()).toEqual(saved);
    await reopened.close();
  });

  it('refuses an unknown role', async () => {
    const store = await openTestStore();
    await expect(store.settings.save({ role: 'admin' as 'county' })).rejects.toThrow(/SETTINGS_ROLE_INVALID/);
    await store.close();
  });
});

describe('reference data', () => {
  it('writes the defaults on the first open only, and lists them by kind in sortOrder', async () => {
    const name = `reference${Date.now()}`;
    const store = await openTestStore({ name, township: null });
    expect((await store.reference.list('township')).map((entry) => entry.code)).toEqual(['suibin', 'zhongren']);
    expect(await store.reference.list('law')).toEqual([]);
    expect(await store.reference.get('township:zhongren')).toEqual(testReference[1]);
    await store.settings.save({ role: 'county' });
    await store.reference.upsert([{ ...testReference[0]!, name: '绥滨镇（改）' }]);
    await store.close();

    // Changed defaults in a newer app do not overwrite what the county has set.
    const reopened = await openTestStore({ name, township: null, referenceDefaults: [{ ...testReference[0]!, name: '新默认' }] });
    expect((await reopened.reference.get('township:suibin'))?.name).toBe('绥滨镇（改）');
    await reopened.close();
  });

  it('lets only the county change reference data', async () => {
    const store = await openTestStore();
    await expect(store.reference.upsert([{ ...testReference[0]!, name: 'x' }])).rejects.toThrow(/REFERENCE_COUNTY_ONLY/);
    await store.settings.save({ role: 'county' });
    await expect(store.reference.upsert([{ ...testReference[0]!, sortOrder: -5 }])).rejects.toThrow(/REFERENCE_WRITE_FAILED/);
    await store.close();
  });

  it('tells an open 基础数据 page of each write to reference data, until it stops watching', async () => {
    const store = await openTestStore();
    await store.settings.save({ role: 'county' });
    let told = 0;
    const stop = store.reference.watch(() => { told += 1; });
    await store.reference.upsert([{ ...testReference[0]!, name: '绥滨镇（改）' }]);
    await expect.poll(() => told).toBe(1);
    stop();
    await store.reference.upsert([{ ...testReference[0]!, name: '绥滨镇' }]);
    expect(told).toBe(1);
    await store.close();
  });
});
