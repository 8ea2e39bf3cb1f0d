// The main process: wiring only. Every decision lives in a small tested module beside this file;
// here they meet Electron. No business logic (docs/design.md §2).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { app, BrowserWindow, crashReporter, dialog, ipcMain, Menu, protocol, safeStorage, screen, session, shell, type WebContents } from 'electron';
import { createAppLog } from './app-log';
import { aboutText, buildAppMenuTemplate, buildContextMenuTemplate } from './app-menu';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { writeFileAtomic } from './atomic-write';
import { BACKUP_FOLDER_FILE, folderSettingIn, type BackupFilesDeps } from './backup-files';
import { createBridgeHandlers } from './bridge-handlers';
import { decideRendererGone, decideUnresponsive, describeChildGone, recentReloads, unresponsiveDialog } from './crash-policy';
import { createDataKeyProvider, DATA_KEY_FILE } from './data-key';
import { electronUpdaterPort, updatesSupported } from './electron-updater-port';
import type { FileExportDeps } from './file-export';
import { registerBridgeHandlers } from './ipc-register';
import { startLogFile } from './log-file';
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
// Crash dumps stay on this PC (app.getPath('crashDumps')); nothing is sent anywhere (docs/decisions/034).
crashReporter.start({ uploadToServer: false, compress: true });

// From the first line on, into the rotating file in the user-data folder, redacted.
const logFile = startLogFile({ userData: app.getPath('userData'), toConsole: !app.isPackaged });
const log = logFile.sink;
log.info(`台账 ${app.getVersion()} 启动（Electron ${process.versions.electron}，${process.platform} ${process.arch}，${app.isPackaged ? '安装版' : '开发版'}）`);

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
  // 剪切/复制/粘贴/全选 on a right click in a text field; 复制 on selected text.
  contents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params);
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}

function setApplicationMenu(): void {
  const template = buildAppMenuTemplate({
    packaged: app.isPackaged,
    openLogFolder: () => {
      void shell.openPath(logFile.folder).then((problem) => problem && log.warn(`无法打开运行记录文件夹：${problem}`));
    },
    showAbout: () => {
      const about = aboutText({ version: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, platform: process.platform, arch: process.arch });
      const options = { type: 'info' as const, title: '关于台账', buttons: ['确定'], ...about };
      void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
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
    warn: (message) => log.warn(`[data-key] ${message}`),
  });
  const syncSecrets = createSyncSecretsStore({
    safeStorage,
    platform: process.platform,
    file: join(app.getPath('userData'), SYNC_SECRETS_FILE),
    fs,
    warn: (message) => log.warn(`[sync-secrets] ${message}`),
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
    log: (message) => log.warn(`[updates] ${message}`),
  });
  const handlers = createBridgeHandlers<WebContents>({
    getDataKey,
    syncSecrets,
    fileExport: fileExportFor,
    backupFiles: backupFilesFor,
    renderPdf: (sender) => sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
    appInfo: { name: '台账', version: app.getVersion(), platform: 'desktop', os: process.platform },
    log: createAppLog({ sink: log, files: logFile.files, readFile: (path) => fs.readFile(path, 'utf8') }),
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
  const window = new BrowserWindow(createWindowOptions({ preloadPath, bounds: placed.bounds, devTools: !app.isPackaged }));
  mainWindow = window;
  if (placed.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      writeFileSync(stateFile, serializeWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
    } catch (error) {
      log.warn(`[window-state] not saved: ${String(error)}`);
    }
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  watchForFailures(window);
  await window.loadURL(APP_ENTRY_URL);
}

/** The page crashed, was killed or hangs: log it, tell the official in Chinese, reload (crash-policy.ts). */
function watchForFailures(window: BrowserWindow): void {
  let reloads: number[] = [];
  const reload = () => {
    reloads = [...recentReloads(reloads, Date.now()), Date.now()];
    window.webContents.loadURL(APP_ENTRY_URL).catch((error: unknown) => log.error(`重新加载失败：${String(error)}`));
  };
  window.webContents.on('render-process-gone', (_event, details) => {
    const decision = decideRendererGone(details, reloads, Date.now(), logFile.folder);
    log[decision.level](decision.log);
    if (decision.action === 'none' || window.isDestroyed()) return;
    if (decision.action === 'reload') {
      reload();
      void dialog.showMessageBox(window, { type: 'warning', ...decision.dialog });
      return;
    }
    void dialog.showMessageBox(window, { type: 'error', defaultId: 0, cancelId: 0, ...decision.dialog }).then(({ response }) => {
      if (response === 1) reload();
      else app.quit();
    });
  });
  // One question at a time; withdrawn by itself when the page answers again.
  let asking: AbortController | null = null;
  window.on('unresponsive', () => {
    log.warn('页面没有响应');
    if (asking) return;
    asking = new AbortController();
    dialog
      .showMessageBox(window, { type: 'warning', defaultId: 0, cancelId: 0, signal: asking.signal, ...unresponsiveDialog })
      .then(({ response }) => {
        if (decideUnresponsive(response) === 'reload' && !window.isDestroyed()) {
          log.warn('页面没有响应，经办人选择了重新加载');
          reload();
        }
      })
      .catch(() => undefined)
      .finally(() => {
        asking = null;
      });
  });
  window.on('responsive', () => {
    log.info('页面恢复响应');
    asking?.abort();
  });
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
  setApplicationMenu();
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
  app.on('child-process-gone', (_event, details) => {
    const described = describeChildGone(details);
    log[described.level](described.log);
  });
  start().catch((error: unknown) => {
    log.error(`启动失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    dialog.showErrorBox('台账无法启动', `启动时出错，请重启台账；若仍然出错，请联系管理员。\n\n${String(error)}`);
    app.quit();
  });
}
