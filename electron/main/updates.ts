// Updates from the county server (decision 033): the shell's side, over a port to electron-updater so the
// steps can be tested without Electron. One check at a time, at most every few hours while nothing failed;
// the download is checked against the published SHA-512 before it may install (when the app quits, so the
// new version runs from the next start). What is an update is decided by shared/updates.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { UpdateCheckRequest, UpdateStatus } from '#shared/bridge';
import { UPDATES_PATH } from '#shared/updates/channels';
import { checkDownloadedHash, decideUpdate, type ServedRelease } from '#shared/updates/update-decision';

/** What the controller asks of electron-updater (electron-updater-port.ts wires the real one). */
export interface UpdaterPort {
  /** Generic provider at `feedUrl`, these headers on every request, nothing downloaded or installed by itself. */
  configure(feedUrl: string, headers: Record<string, string>): void;
  /** The channel file the server offers this device; null when the updater is inactive. */
  check(): Promise<ServedRelease | null>;
  /** Downloads the release of the last check; the paths of what it wrote, the installer first. */
  download(): Promise<string[]>;
  installOnQuit(install: boolean): void;
  onProgress(listener: (percent: number) => void): void;
}

/** For installs electron-updater cannot replace: never asked, since the controller then reports 'unavailable'. */
export const inactiveUpdater: UpdaterPort = {
  configure: () => undefined,
  check: () => Promise.resolve(null),
  download: () => Promise.resolve([]),
  installOnQuit: () => undefined,
  onProgress: () => undefined,
};

export interface UpdateControllerDeps {
  /** false in a run from source, or an install electron-updater cannot replace (deb): updates come another way. */
  supported: boolean;
  currentVersion: string;
  /** The device token the shell keeps; null when not enrolled. */
  token(): Promise<string | null>;
  updater: UpdaterPort;
  sha512OfFile(path: string): Promise<string>;
  now(): number;
  log(message: string): void;
}

export interface UpdateController {
  /** Starts a check when one is due; answers the status at once (the download goes on in the background). */
  check(request: UpdateCheckRequest): UpdateStatus;
  status(): UpdateStatus;
  /** Settles when the check under way (if any) has finished; for tests and shutdown. */
  settled(): Promise<void>;
}

/** A county publishes a few releases a year; checking on every reconnect would only load its server. */
export const RECHECK_MS = 6 * 60 * 60 * 1000;

const updateFailed: UpdateStatus = {
  state: 'failed',
  code: 'UPDATE_FAILED',
  message: '暂时无法从县服务器获取新版本，台账会在下次联网时自动重试，不影响正常使用。',
};

/** electron-updater's own errors, as the official should read them. */
function statusOfError(error: unknown): UpdateStatus {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  // The server answers 404 while nothing is published for this township and platform.
  if (code === 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND') return { state: 'up-to-date' };
  const message = error instanceof Error ? error.message : String(error);
  if (/sha512 checksum mismatch/i.test(message)) {
    const check = checkDownloadedHash('', '');
    if (!check.ok) return { state: 'failed', code: check.code, message: check.message };
  }
  return updateFailed;
}

export async function sha512OfFile(path: string): Promise<string> {
  const hash = createHash('sha512');
  await pipeline(createReadStream(path), hash);
  return hash.digest('base64');
}

export function createUpdateController(deps: UpdateControllerDeps): UpdateController {
  let status: UpdateStatus = deps.supported ? { state: 'idle' } : { state: 'unavailable' };
  let lastStarted = Number.NEGATIVE_INFINITY;
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  deps.updater.onProgress((percent) => {
    if (status.state === 'downloading') status = { ...status, percent: Math.max(0, Math.min(100, Math.round(percent))) };
  });

  async function run(serverUrl: string): Promise<void> {
    const token = await deps.token();
    if (!token) {
      status = { state: 'idle' };
      return;
    }
    deps.updater.configure(`${serverUrl}${UPDATES_PATH}`, { authorization: `Bearer ${token}` });
    const served = await deps.updater.check();
    const decision = served ? decideUpdate(deps.currentVersion, served) : undefined;
    if (!decision?.update) {
      status = { state: 'up-to-date' };
      return;
    }
    status = { state: 'downloading', version: decision.version, percent: 0 };
    const [installer] = await deps.updater.download();
    const hash = checkDownloadedHash(installer ? await deps.sha512OfFile(installer) : '', decision.file.sha512);
    if (!hash.ok) {
      deps.updater.installOnQuit(false);
      deps.log(`update ${decision.version} refused: ${hash.code}`);
      status = { state: 'failed', code: hash.code, message: hash.message };
      return;
    }
    deps.updater.installOnQuit(true);
    status = { state: 'ready', version: decision.version };
  }

  return {
    check(request) {
      if (!deps.supported || busy || status.state === 'ready') return status;
      if (status.state !== 'failed' && deps.now() - lastStarted < RECHECK_MS) return status;
      lastStarted = deps.now();
      busy = true;
      status = { state: 'checking' };
      running = run(request.serverUrl)
        .catch((error: unknown) => {
          deps.log(`update check failed: ${error instanceof Error ? error.message : String(error)}`);
          status = statusOfError(error);
        })
        .finally(() => {
          busy = false;
        });
      return status;
    },
    status: () => status,
    settled: () => running,
  };
}
