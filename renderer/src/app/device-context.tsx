// What the bridge said about this device at start (boot.ts): the app's name and version, and how the
// data key is protected. Read once; the settings page shows it.
import { createContext, use } from 'react';
import type { AppInfo, KeyProtection, UpdateStatus } from '#shared/bridge';

export interface DeviceFacts {
  app: AppInfo;
  keyProtection: KeyProtection;
  /** Where the desktop app stands with updates from the county server (decision 033); absent in tests. */
  updateStatus?: () => Promise<UpdateStatus>;
}

const DeviceContext = createContext<DeviceFacts | null>(null);

export const DeviceProvider = DeviceContext.Provider;

/** null outside the app (component tests that do not provide it). */
export const useDevice = (): DeviceFacts | null => use(DeviceContext);
