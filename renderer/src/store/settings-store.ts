// 本机设置 in a local document of the database: who works on this device, for which township.
// The device id is made once, on first read, and never changes (sync identifies the device by it).
import type { TaizhangDatabase } from './database';
import { v7 as uuidv7 } from 'uuid';
import type { DeviceSettings, SettingsStore } from './contract';

const SETTINGS_ID = 'deviceSettings';
const roles: readonly DeviceSettings['role'][] = ['township', 'county'];

export function createSettingsStore(db: TaizhangDatabase): SettingsStore {
  async function read(): Promise<DeviceSettings> {
    for (;;) {
      const existing = await db.getLocal<DeviceSettings>(SETTINGS_ID);
      if (existing) return { ...(existing.toJSON().data as DeviceSettings) };
      const fresh: DeviceSettings = { deviceId: uuidv7(), operatorName: '', townshipId: '', role: 'township' };
      try {
        await db.insertLocal<DeviceSettings>(SETTINGS_ID, fresh);
        return fresh;
      } catch (error) {
        // Two first reads raced: the other one made the device id; read it.
        if ((error as { status?: number }).status !== 409) throw error;
      }
    }
  }

  return {
    get: read,
    async save(patch) {
      if (patch.role !== undefined && !roles.includes(patch.role)) {
        throw new Error(`SETTINGS_ROLE_INVALID: 角色“${String(patch.role)}”无效`);
      }
      await read();
      const doc = await db.getLocal<DeviceSettings>(SETTINGS_ID);
      if (!doc) throw new Error('SETTINGS_MISSING: 本机设置丢失，请重新打开程序');
      const written = await doc.incrementalModify((data: DeviceSettings) => ({
        ...data,
        ...Object.fromEntries(Object.entries(patch).filter(([field, value]) => field !== 'deviceId' && value !== undefined)),
      }));
      return { ...(written.toJSON().data as DeviceSettings) };
    },
  };
}
