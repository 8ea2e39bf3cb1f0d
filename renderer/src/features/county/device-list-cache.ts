// The last list of PCs the county fetched, kept on this PC so the page still shows it — with when it was
// fetched — while the server cannot be reached (decision 026). What cannot be read back is no cache.
import type { DeviceListResponse } from '#shared/sync/index';

export interface CachedDeviceList {
  fetchedAt: string;
  list: DeviceListResponse;
}

const KEY = 'taizhang.county.devices';

export function readCachedDevices(storage: Storage = localStorage): CachedDeviceList | undefined {
  try {
    const parsed = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<CachedDeviceList> | null;
    return parsed && typeof parsed.fetchedAt === 'string' && Array.isArray(parsed.list?.devices) ? (parsed as CachedDeviceList) : undefined;
  } catch {
    return undefined;
  }
}

export function writeCachedDevices(cached: CachedDeviceList, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(cached));
  } catch {
    // A full or refused storage only loses the offline copy; the page shows what it fetched.
  }
}
