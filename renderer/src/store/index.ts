// The app's store: opened once per page with the bridge's data key, the real domain rules and
// the county's default reference data. The UI asks for it through getAppStore().
import { bridge } from '#bridge';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import type { AppStore } from './contract';
import { domainRules } from './domain-rules';
import { openStore } from './open-store';
import { createStoreHolder } from './store-holder';

export type * from './contract';

/** The IndexedDB name prefix of the app's data (RxDB names one Dexie database per collection after it). */
export const APP_DATABASE_NAME = 'taizhang';

/** The app's one source of "now"; the store hands it on to the UI (AppStore.clock). */
const clock = () => new Date();

const holder = createStoreHolder(async () => {
  const [key, app, secrets] = await Promise.all([bridge.getDataKey(), bridge.appInfo(), bridge.getSyncSecrets()]);
  if (!key.ok) throw new Error(`${key.error.code}: ${key.error.message}`);
  return openStore({
    name: APP_DATABASE_NAME,
    dataKey: key.value.key,
    // An enrolled device hashes ID numbers with the county's key from the first write on (decision 008).
    idHashKey: secrets.ok ? secrets.value?.idHashKey : undefined,
    rules: domainRules,
    clock,
    referenceDefaults: defaultReferenceData(clock().toISOString()),
    // The desktop app has one window; the web build may have several tabs on one database.
    multiInstance: app.platform !== 'desktop',
  });
});

/** Same promise for every caller (React StrictMode, several components at once). */
export const getAppStore = (): Promise<AppStore> => holder.get();
