// The main process: wiring only. Every decision lives in a small tested module beside this file;
// here they meet Electron. No business logic (docs/design.md §2).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, screen, session, type WebContents } from 'electron';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { writeFileAtomic } from './atomic-write';
import { BACKUP_FOLDER_FILE, folderSettingIn, type BackupFilesDeps } from './backup-files';
import { createBridgeHandlers } from './bridge-handlers';
import { createDataKeyProvider, DATA_KEY_FILE } from './data-key';
import type { FileExportDeps } from './file-export';
import { registerBridgeHandlers } from './ipc-register';
import { createSyncSecretsStore, SYNC_SECRETS_FILE } from './sync-secrets';
import { isNavigationAllowed, isPermissionAllowed, windowOpenDecision } from './navigation-policy';
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

function backupFilesFor(sender: WebContents): BackupFilesDeps {
  const owner = () => BrowserWindow.fromWebContents(sender);
  const showOpen = async (options: Electron.OpenDialogOptions) => {
    const window = owner();
    const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  };
  const folderFile = join(app.getPath('userData'), BACKUP_FOLDER_FILE);
  return {
    chooseSavePath: (suggestedName, filters) => fileExportFor(sender).chooseSavePath(suggestedName, filters),
    chooseFolder: () => showOpen({ title: '选择自动备份的文件夹（可选U盘）', properties: ['openDirectory', 'createDirectory'] }),
    chooseOpenPath: (filters) => showOpen({ title: '选择要恢复的备份文件', properties: ['openFile'], filters }),
    freeBytes: async (folder) => {
      const stats = await fs.statfs(folder);
      return Number(stats.bavail) * Number(stats.bsize);
    },
    writeFile: (path, data) => writeFileAtomic(fs, path, data),
    readFile: async (path) => new Uint8Array(await fs.readFile(path)),
    fileSize: async (path) => (await fs.stat(path)).size,
    listFolder: (folder) => fs.readdir(folder),
    removeFile: (path) => fs.rm(path),
    dirname,
    basename,
    folder: folderSettingIn(folderFile, fs, (path, text) => writeFileAtomic(fs, path, text)),
    warn: (message) => console.warn(`[backup] ${message}`),
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
  const handlers = createBridgeHandlers<WebContents>({
    getDataKey,
    syncSecrets,
    fileExport: fileExportFor,
    backupFiles: backupFilesFor,
    renderPdf: (sender) => sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
    appInfo: { name: '台账', version: app.getVersion(), platform: 'desktop', os: process.platform },
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
