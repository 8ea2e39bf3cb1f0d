// The composition root (decision 018): everything the app holds for the life of a page is made here,
// once. It reads the bridge once (data key, app info, sync secrets), opens the store, unlocks the form
// drafts, creates sync and file sync and links them, and hands <App> one context. main.tsx calls it;
// nothing else keeps "one per page" state.
import type { AppInfo, BridgeResult, KeyProtection, SyncSecrets, TaizhangBridge, UpdateStatus } from '#shared/bridge';
import { defaultReferenceData } from '#shared/domain/reference/defaults';
import { appClock } from './app-clock';
import { createBackupService, restoreFromFile, startAfresh, type BackupProblem, type BackupService, type RestoreOutcome } from './backup/backup-service';
import { createDraftStorage, type DraftStorage } from './components/form/draft-storage';
import type { FilesServices } from './files/files-services';
import { createFileSync, type FileSync } from './files/file-sync';
import { connectionFrom, resumeWhenSyncConnects } from './files/follow-sync';
import { FILES_DATABASE_NAME, LocalFileStore } from './files/local-file-store';
import type { AppStore } from './store/contract';
import { domainRules } from './store/domain-rules';
import { openStore, type OpenedStore } from './store/open-store';
import type { IndexedDbSource } from './store/storage';
import type { SyncClient } from './sync/contract';
import { followSyncInStore } from './sync/store-follows-sync';
import { storeSyncDeps } from './sync/store-sync-deps';
import { createSyncClient, type SyncClientDeps, type SyncClientHandle, type SyncSecretsPort } from './sync/sync-client';
import { checkUpdatesWhenConnected } from './updates/check-when-connected';

/** The IndexedDB name prefix of the app's data (RxDB names one Dexie database per collection after it). */
export const APP_DATABASE_NAME = 'taizhang';

/** What the bridge says at start, read once per start. */
export interface StartFacts {
  dataKey: string;
  keyProtection: KeyProtection;
  app: AppInfo;
  /** null when not enrolled, or when the bridge could not read them (sync then reports it). */
  secrets: SyncSecrets | null;
}

function valueOf<T>(result: BridgeResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export async function readStartFacts(bridge: TaizhangBridge): Promise<StartFacts> {
  const [key, app, secrets] = await Promise.all([bridge.getDataKey(), bridge.appInfo(), bridge.getSyncSecrets()]);
  const { key: dataKey, protection } = valueOf(key);
  return { dataKey, keyProtection: protection, app, secrets: secrets.ok ? secrets.value : null };
}

export interface StoreLocation {
  /** Database names (tests use fresh ones); the app's by default. */
  names?: { store: string; files: string };
  /** Node tests pass fake-indexeddb's; the browser's by default. */
  indexedDb?: IndexedDbSource;
}

/** The app's one source of "now" (app-clock.ts). */
const clock = appClock;

/** The app's store as the app opens it (seed.html opens it the same way). */
export function openAppStore(facts: StartFacts, where: StoreLocation = {}): Promise<OpenedStore> {
  return openStore({
    name: where.names?.store ?? APP_DATABASE_NAME,
    indexedDb: where.indexedDb,
    dataKey: facts.dataKey,
    // An enrolled device hashes ID numbers with the county's key from the first write on (decision 008).
    idHashKey: facts.secrets?.idHashKey,
    rules: domainRules,
    clock,
    referenceDefaults: defaultReferenceData(clock().toISOString()),
    // The desktop app has one window; the web build may have several tabs on one database.
    multiInstance: facts.app.platform !== 'desktop',
  });
}

/** What <App> provides to the pages. Tests build one around an in-memory store. */
export interface AppContext {
  store: AppStore;
  /** null: the app runs unsynced (tests, previews). */
  sync: SyncClient | null;
  files: FilesServices;
  drafts: DraftStorage;
  device: { app: AppInfo; keyProtection: KeyProtection; updateStatus?: () => Promise<UpdateStatus> };
  /** 备份与恢复 (decision 032); absent in tests that do not need it. */
  backup?: BackupService;
}

/** A started app: the context, and the end of it in order (links, sync, file sync, then the store). */
export interface Booted extends AppContext {
  sync: SyncClientHandle;
  close(): Promise<void>;
}

export interface BootDeps extends StoreLocation {
  bridge: TaizhangBridge;
  /** Where form drafts are kept (window.localStorage in the app). */
  draftsIn: Storage;
  /** Tests inject the network and its timing; the browser's by default. */
  sync?: Pick<SyncClientDeps, 'fetch' | 'online' | 'timing'>;
}

export interface Boot {
  /**
   * The same promise to every caller while it runs and once it succeeded (React StrictMode runs
   * effects twice; RxDB refuses a second database of one name, DB8). After a failure, or after
   * close(), the next call starts again and reads the bridge again.
   */
  start: () => Promise<Booted>;
}

/** The bridge's answers as sync wants them: a value, or a thrown `CODE: 中文说明`. */
function secretsPort(bridge: TaizhangBridge): SyncSecretsPort {
  return {
    get: async () => valueOf(await bridge.getSyncSecrets()),
    set: async (secrets) => valueOf(await bridge.setSyncSecrets(secrets)),
  };
}

interface OpenedFiles {
  store: LocalFileStore;
  fileSync: FileSync;
  close(): Promise<void>;
}

async function openFiles(deps: BootDeps, dataKey: string, sync: SyncClient, token: () => Promise<string | null>): Promise<OpenedFiles> {
  const store = await LocalFileStore.open({ dataKey, name: deps.names?.files, indexedDb: deps.indexedDb, clock });
  const fileSync = createFileSync({ store, connection: connectionFrom(() => sync.enrollment(), token), fetch: deps.sync?.fetch });
  fileSync.kick();
  return {
    store,
    fileSync,
    async close() {
      // An upload under way reads the enrollment from the store: let it finish before anything closes.
      fileSync.stop();
      await fileSync.idle();
      store.close();
    },
  };
}

async function startOnce(deps: BootDeps, forget: () => void): Promise<Booted> {
  const facts = await readStartFacts(deps.bridge);
  const store = await openAppStore(facts, deps);
  try {
    const drafts = createDraftStorage(deps.draftsIn, clock);
    drafts.unlock(facts.dataKey);
    // Enrolling and leaving change the secrets, so sync reads them through the bridge when it needs them.
    const secrets = secretsPort(deps.bridge);
    const token = async () => (await secrets.get())?.token ?? null;
    const sync = createSyncClient({
      ...deps.sync,
      ...storeSyncDeps(store),
      secrets,
      appVersion: facts.app.version,
    });
    const stopStore = followSyncInStore({ client: sync, store, token, fetch: deps.sync?.fetch, report: (problem) => sync.reportProblem(problem), leading: () => sync.leading() });
    // Opened beside the store: a file store that cannot open shows in the 附件 section, not over the whole app.
    const files = openFiles(deps, facts.dataKey, sync, token);
    const fileSync = files.then((opened) => opened.fileSync);
    fileSync.catch(() => undefined);
    const stopFiles = resumeWhenSyncConnects(sync, () => void fileSync.then((opened) => opened.kick(), () => undefined));
    const stopUpdates = checkUpdatesWhenConnected(sync, deps.bridge);
    const backup = createBackupService({
      bridge: deps.bridge,
      location: { names: profileNames(deps), indexedDb: deps.indexedDb, dataKey: facts.dataKey },
      appVersion: facts.app.version,
      db: store.database,
      files: () => files.then((opened) => opened.store, () => null),
      desktop: facts.app.platform === 'desktop',
      clock,
      settled: () => store.saveJournal.settled(),
      close: () => booted.close(),
    });
    // The daily automatic backup (desktop, once a folder and password are set): soon after start, then hourly.
    const autoBackup = () => void backup.autoBackupIfDue().then((outcome) => {
      if (outcome && !outcome.ok) console.error(`${outcome.problem.code}: ${outcome.problem.message}`);
    });
    const firstAuto = setTimeout(autoBackup, 60_000);
    const hourlyAuto = setInterval(autoBackup, 60 * 60_000);
    const booted: Booted = {
      store,
      sync,
      backup,
      files: { fileSync: () => fileSync, saveFile: (request) => deps.bridge.saveFile(request), printToPdf: (request) => deps.bridge.printToPdf(request) },
      drafts,
      device: { app: facts.app, keyProtection: facts.keyProtection, updateStatus: () => deps.bridge.updateStatus() },
      async close() {
        stopUpdates();
        clearTimeout(firstAuto);
        clearInterval(hourlyAuto);
        stopFiles();
        stopStore();
        await (await files.catch(() => null))?.close();
        await sync.stop();
        await store.close();
        forget();
      },
    };
    return booted;
  } catch (error) {
    // Nothing may hold the database open, or the retry would meet DB8.
    await store.close();
    throw error;
  }
}

function profileNames(where: StoreLocation): { store: string; files: string } {
  return { store: where.names?.store ?? APP_DATABASE_NAME, files: where.names?.files ?? FILES_DATABASE_NAME };
}

/** What the start-up error page offers when the profile cannot open (decision 032). */
export interface Recovery {
  pickBackupFile: TaizhangBridge['openBackupFile'];
  restore(file: Uint8Array, password: string): Promise<RestoreOutcome>;
  /** Deletes the profile and the enrollment: a new enrollment pulls the township's records again. */
  startAfresh(): Promise<BackupProblem | null>;
}

export function createRecovery(deps: BootDeps): Recovery {
  const location = async () => {
    const facts = await readStartFacts(deps.bridge);
    return { facts, location: { names: profileNames(deps), indexedDb: deps.indexedDb, dataKey: facts.dataKey } };
  };
  return {
    pickBackupFile: () => deps.bridge.openBackupFile(),
    async restore(file, password) {
      const { facts, location: where } = await location();
      return restoreFromFile({ bridge: deps.bridge, location: where, appVersion: facts.app.version }, file, password, false, () => Promise.resolve());
    },
    async startAfresh() {
      const { location: where } = await location();
      return startAfresh({ bridge: deps.bridge, location: where });
    },
  };
}

export function createBoot(deps: BootDeps): Boot {
  let starting: Promise<Booted> | undefined;
  const forget = () => { starting = undefined; };
  return {
    start: () => {
      starting ??= startOnce(deps, forget).catch((error: unknown) => {
        forget();
        throw error;
      });
      return starting;
    },
  };
}
