// The one narrow bridge the page gets (docs/design.md §6, docs/design.md §7.1): named methods, each one
// ipcRenderer.invoke on its own channel. ipcRenderer itself is never exposed.
// Sandboxed: only 'electron' may be required at run time; #shared/ is inlined by the bundler.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, bridgeChannels, type TaizhangBridge } from '#shared/bridge';

type Answer<K extends keyof TaizhangBridge> = ReturnType<TaizhangBridge[K]>;

const bridge = {
  getDataKey: () => ipcRenderer.invoke(bridgeChannels.getDataKey) as Answer<'getDataKey'>,
  getSyncSecrets: () => ipcRenderer.invoke(bridgeChannels.getSyncSecrets) as Answer<'getSyncSecrets'>,
  setSyncSecrets: (secrets) => ipcRenderer.invoke(bridgeChannels.setSyncSecrets, secrets) as Answer<'setSyncSecrets'>,
  printToPdf: (request) => ipcRenderer.invoke(bridgeChannels.printToPdf, request) as Answer<'printToPdf'>,
  saveFile: (request) => ipcRenderer.invoke(bridgeChannels.saveFile, request) as Answer<'saveFile'>,
  appInfo: () => ipcRenderer.invoke(bridgeChannels.appInfo) as Answer<'appInfo'>,
  writeLog: (entry) => ipcRenderer.invoke(bridgeChannels.writeLog, entry) as Answer<'writeLog'>,
  readRecentLog: () => ipcRenderer.invoke(bridgeChannels.readRecentLog) as Answer<'readRecentLog'>,
  checkForUpdates: (request) => ipcRenderer.invoke(bridgeChannels.checkForUpdates, request) as Answer<'checkForUpdates'>,
  updateStatus: () => ipcRenderer.invoke(bridgeChannels.updateStatus) as Answer<'updateStatus'>,
  saveBackup: (request) => ipcRenderer.invoke(bridgeChannels.saveBackup, request) as Answer<'saveBackup'>,
  chooseBackupFolder: () => ipcRenderer.invoke(bridgeChannels.chooseBackupFolder) as Answer<'chooseBackupFolder'>,
  backupFolder: () => ipcRenderer.invoke(bridgeChannels.backupFolder) as Answer<'backupFolder'>,
  openBackupFile: () => ipcRenderer.invoke(bridgeChannels.openBackupFile) as Answer<'openBackupFile'>,
} satisfies TaizhangBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
