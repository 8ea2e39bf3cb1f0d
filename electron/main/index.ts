// The main process: wiring only. Every decision lives in a small tested module beside this file;
// here they meet Electron. No business logic (docs/design.md §2).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, screen, session, type WebContents } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { createBridgeHandlers } from './bridge-handlers';
import { createDataKeyProvider, DATA_KEY_FILE } from './data-key';
import { electronUpdaterPort, updatesSupported } from './electron-updater-port';
import type { FileExportDeps } from './file-export';
import { registerBridgeHandlers } from './ipc-register';
import { createSyncSecretsStore, SYNC_SECRETS_FILE } from './sync-secrets';
import { isNavigationAllowed, isPermissionAllowed, windowOpenDecision } from './navigation-policy';
import { createUpdateController, inactiveUpdater, sha512OfFile } from './updates';
import { createWindowOptions } from './window-options';
import { loadWindowState, placeWindow, serializeWindowState, WINDOW_STATE_FILE } from './window-state';

const rendererDir = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');

// Before ready: app:// behaves like https (own origin, secure context, IndexedDB, fetch).
// No corsEnabled: that would let other origins read app:// files.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function hardenWebContents(contents: WebContents): void {
  const guard = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(() => windowOpenDecision());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
}

function fileExportFor(sender: WebContents): FileExportDeps {
  return {
    async chooseSavePath(suggestedName, filters) {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters };
      const owner = BrowserWindow.fromWebContents(sender);
      const answer = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    writeFile: (path, data) => fs.writeFile(path, data),
  };
}

function registerBridge(): void {
  const getDataKey = createDataKeyProvider({
    safeStorage,
    platform: process.platform,
    keyFile: join(app.getPath('userData'), DATA_KEY_FILE),
    fs,
    randomBytes: (size) => randomBytes(size),
    warn: (message) => console.warn(`[data-key] ${message}`),
  });
  const syncSecrets = createSyncSecretsStore({
    safeStorage,
    platform: process.platform,
    file: join(app.getPath('userData'), SYNC_SECRETS_FILE),
    fs,
    warn: (message) => console.warn(`[sync-secrets] ${message}`),
  });
  const updatesOn = updatesSupported(app.isPackaged, process.platform, process.env);
  const updates = createUpdateController({
    supported: updatesOn,
    currentVersion: app.getVersion(),
    token: async () => {
      const secrets = await syncSecrets.get();
      return secrets.ok ? (secrets.value?.token ?? null) : null;
    },
    // Only where electron-updater can work: its autoUpdater getter picks a platform updater on first use.
    updater: updatesOn ? electronUpdaterPort() : inactiveUpdater,
    sha512OfFile,
    now: () => Date.now(),
    log: (message) => console.warn(`[updates] ${message}`),
  });
  const handlers = createBridgeHandlers<WebContents>({
    getDataKey,
    syncSecrets,
    fileExport: fileExportFor,
    renderPdf: (sender) => sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
    appInfo: { name: '台账', version: app.getVersion(), platform: 'desktop', os: process.platform },
    updates,
  });
  registerBridgeHandlers<WebContents>(ipcMain, handlers);
}

async function openMainWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const saved = await loadWindowState(stateFile, (path) => fs.readFile(path, 'utf8'));
  const placed = placeWindow(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow(createWindowOptions({ preloadPath, bounds: placed.bounds }));
  mainWindow = window;
  if (placed.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeFileSync(stateFile, serializeWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
    } catch (error) {
      console.warn(`[window-state] not saved: ${String(error)}`);
    }
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  await window.loadURL(APP_ENTRY_URL);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir, readFile: (path) => fs.readFile(path) }));
  hardenSession();
  registerBridge();
  await openMainWindow();
}

// One 台账 per user session: a second launch brings the first window forward instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => {
    dialog.showErrorBox('台账无法启动', `启动时出错，请重启台账；若仍然出错，请联系管理员。\n\n${String(error)}`);
    app.quit();
  });
}
