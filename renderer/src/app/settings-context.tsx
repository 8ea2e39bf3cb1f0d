// Device settings (经办人, township, role) are read on every page (app bar, actor of every change),
// so they live in one context that the 设置 page updates.
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ReferenceData } from '#shared/domain/schemas/index';
import type { Actor, DeviceSettings } from '../store/contract';
import { LoadingState } from '../components/feedback/LoadingState';
import { StorageErrorPage } from './StorageErrorPage';
import { useAppStore } from './store-context';
import { useSession } from './accounts/session-context';

export interface SettingsState {
  settings: DeviceSettings;
  /** The township's reference entry (name, mediation committee), when the settings name one. */
  township: ReferenceData | null;
  save: (patch: Partial<Omit<DeviceSettings, 'deviceId'>>) => Promise<void>;
}

const SettingsContext = createContext<SettingsState | null>(null);

export function useDeviceSettings(): SettingsState {
  const state = use(SettingsContext);
  if (!state) throw new Error('SETTINGS_CONTEXT_MISSING: useDeviceSettings outside <SettingsProvider>');
  return state;
}

/** Who is making a change now: the signed-in person on this device (the store attributes it so itself). */
export function useActor(): Actor {
  const { settings } = useDeviceSettings();
  const { account } = useSession();
  const person = account?.name ?? settings.operatorName;
  return useMemo(() => ({ person, deviceId: settings.deviceId }), [person, settings.deviceId]);
}

/** Settings are complete when the official has given a name and a township. */
export const settingsComplete = (settings: DeviceSettings): boolean => Boolean(settings.operatorName.trim() && settings.townshipId);

export function SettingsProvider({ children }: { children: ReactNode }) {
  const store = useAppStore();
  const [loaded, setLoaded] = useState<{ settings: DeviceSettings; township: ReferenceData | null } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const townshipOf = useCallback(
    (settings: DeviceSettings) => (settings.townshipId ? store.reference.get(`township:${settings.townshipId}`) : Promise.resolve(null)),
    [store],
  );

  useEffect(() => {
    let live = true;
    store.settings.get()
      .then(async (settings) => ({ settings, township: await townshipOf(settings) }))
      .then((value) => live && setLoaded(value), (reason: unknown) => live && setError(reason));
    return () => { live = false; };
  }, [store, townshipOf]);

  const save = useCallback(async (patch: Partial<Omit<DeviceSettings, 'deviceId'>>) => {
    const settings = await store.settings.save(patch);
    setLoaded({ settings, township: await townshipOf(settings) });
  }, [store, townshipOf]);

  const value = useMemo(() => (loaded ? { ...loaded, save } : null), [loaded, save]);
  if (error) return <StorageErrorPage error={error} />;
  if (!value) return <LoadingState label="正在读取设置…" />;
  return <SettingsContext value={value}>{children}</SettingsContext>;
}
