import { mkdtempSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bridgeChannels } from '#shared/bridge';
import { describe, expect, it } from 'vitest';
import { createAppLog } from './app-log';
import { createBridgeHandlers, type BridgeDeps } from './bridge-handlers';
import { FakeSafeStorage } from './fake-safe-storage';
import { createSyncSecretsStore } from './sync-secrets';
import { createUpdateController, inactiveUpdater, sha512OfFile } from './updates';
import { fakeBackupDisk } from './fake-backup-disk';
import { registerBridgeHandlers, UNTRUSTED_SENDER, type InvokeEventLike, type IpcMainLike } from './ipc-register';

type Listener = (event: InvokeEventLike<string>, ...args: unknown[]) => Promise<unknown>;

/** An in-memory ipcMain: the test decides which frame a call comes from. */
class FakeIpcMain implements IpcMainLike<string> {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener) {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  invoke(channel: string, frame: InvokeEventLike<string>['senderFrame'], ...args: unknown[]) {
    const listener = this.listeners.get(channel);
    if (!listener) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return listener({ sender: 'window-1', senderFrame: frame }, ...args);
  }
}

const appFrame = { url: 'app://taizhang/index.html', parent: null };

function setup() {
  const saved: { path: string; data: Uint8Array | string }[] = [];
  const logged: string[] = [];
  const deps: BridgeDeps<string> = {
    getDataKey: () => Promise.resolve({ ok: true, value: { key: 'a2V5', protection: 'os' } }),
    syncSecrets: createSyncSecretsStore({
      safeStorage: new FakeSafeStorage(),
      platform: 'win32',
      file: join(mkdtempSync(join(tmpdir(), 'taizhang-ipc-')), 'sync-secrets.bin'),
      fs,
      warn: () => undefined,
    }),
    fileExport: (sender) => ({
      chooseSavePath: (name) => Promise.resolve(`/home/official/${sender}/${name}`),
      writeFile: (path, data) => {
        saved.push({ path, data });
        return Promise.resolve();
      },
    }),
    renderPdf: () => Promise.resolve(new Uint8Array([37, 80, 68, 70])),
    backupFiles: () => fakeBackupDisk().deps,
    appInfo: { name: '台账', version: '0.1.0', platform: 'desktop', os: 'win32' },
    log: createAppLog({
      sink: { info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) },
      files: ['main.log'],
      readFile: () => Promise.resolve(logged.join('\n')),
    }),
    // A run from source: electron-updater cannot replace it.
    updates: createUpdateController({
      supported: false, currentVersion: '0.1.0', token: () => Promise.resolve('tzd_x'), updater: inactiveUpdater,
      sha512OfFile, now: () => 0, log: () => undefined,
    }),
  };
  const ipc = new FakeIpcMain();
  registerBridgeHandlers(ipc, createBridgeHandlers(deps));
  return { ipc, saved, logged };
}

describe('bridge over IPC', () => {
  it('registers exactly one handler per bridge channel', () => {
    const { ipc } = setup();
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.values(bridgeChannels).sort());
  });

  it('answers the app page', async () => {
    const { ipc, saved } = setup();
    expect(await ipc.invoke(bridgeChannels.appInfo, appFrame)).toMatchObject({ platform: 'desktop' });
    expect(await ipc.invoke(bridgeChannels.getDataKey, appFrame)).toEqual({ ok: true, value: { key: 'a2V5', protection: 'os' } });
    expect(await ipc.invoke(bridgeChannels.saveFile, appFrame, { suggestedName: '台账.csv', contents: '编号' })).toEqual({
      ok: true,
      value: { savedTo: '/home/official/window-1/台账.csv' },
    });
    expect(await ipc.invoke(bridgeChannels.printToPdf, appFrame, { suggestedName: '协议书' })).toEqual({
      ok: true,
      value: { savedTo: '/home/official/window-1/协议书.pdf' },
    });
    expect(saved.map((s) => s.path)).toEqual(['/home/official/window-1/台账.csv', '/home/official/window-1/协议书.pdf']);
  });

  it('rejects calls from sub-frames, other origins and vanished frames', async () => {
    const { ipc } = setup();
    for (const frame of [
      { url: 'app://taizhang/index.html', parent: appFrame },
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/x.html', parent: null },
      null,
    ]) {
      await expect(ipc.invoke(bridgeChannels.getDataKey, frame)).rejects.toThrow(UNTRUSTED_SENDER);
    }
  });

  it('answers malformed requests with a structured error and writes nothing', async () => {
    const { ipc, saved } = setup();
    expect(await ipc.invoke(bridgeChannels.saveFile, appFrame, { suggestedName: '../../.bashrc', contents: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'FILE_NAME_INVALID' },
    });
    expect(await ipc.invoke(bridgeChannels.printToPdf, appFrame, 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'BRIDGE_INVALID_REQUEST' },
    });
    expect(saved).toEqual([]);
  });

  it('answers the update status, and refuses a check with an address that is no server', async () => {
    const { ipc } = setup();
    expect(await ipc.invoke(bridgeChannels.updateStatus, appFrame)).toEqual({ state: 'unavailable' });
    expect(await ipc.invoke(bridgeChannels.checkForUpdates, appFrame, { serverUrl: 'https://county.example' })).toEqual({ ok: true, value: { state: 'unavailable' } });
    for (const serverUrl of ['file:///etc/passwd', 'https://user:pw@county.example', 42]) {
      expect(await ipc.invoke(bridgeChannels.checkForUpdates, appFrame, { serverUrl })).toMatchObject({ ok: false, error: { code: 'BRIDGE_INVALID_REQUEST' } });
    }
  });

  it('keeps the sync token given over IPC, and refuses a malformed one', async () => {
    const { ipc } = setup();
    expect(await ipc.invoke(bridgeChannels.getSyncSecrets, appFrame)).toEqual({ ok: true, value: null });
    expect(await ipc.invoke(bridgeChannels.setSyncSecrets, appFrame, { token: 'tzd_abc' })).toEqual({ ok: true, value: undefined });
    expect(await ipc.invoke(bridgeChannels.setSyncSecrets, appFrame, { token: 'tzd abc' })).toMatchObject({ ok: false, error: { code: 'SYNC_SECRETS_INVALID' } });
    expect(await ipc.invoke(bridgeChannels.getSyncSecrets, appFrame)).toEqual({ ok: true, value: { token: 'tzd_abc' } });
    await expect(ipc.invoke(bridgeChannels.getSyncSecrets, { url: 'https://evil.example/', parent: null })).rejects.toThrow(UNTRUSTED_SENDER);
  });

  it('writes the page’s log lines, redacted, ignores malformed ones, and reads them back', async () => {
    const { ipc, logged } = setup();
    expect(await ipc.invoke(bridgeChannels.writeLog, appFrame, { level: 'error', message: '申请人：王小明 保存失败' })).toBeUndefined();
    expect(await ipc.invoke(bridgeChannels.writeLog, appFrame, { level: 'shell', message: 'rm -rf' })).toBeUndefined();
    expect(logged).toEqual(['[页面] 申请人：[已隐去] 保存失败']);
    expect(await ipc.invoke(bridgeChannels.readRecentLog, appFrame)).toEqual({ ok: true, value: ['[页面] 申请人：[已隐去] 保存失败'] });
    await expect(ipc.invoke(bridgeChannels.writeLog, { url: 'https://evil.example/', parent: null }, { level: 'info', message: 'x' })).rejects.toThrow(UNTRUSTED_SENDER);
  });

  it('offers no channel outside the bridge', async () => {
    const { ipc } = setup();
    await expect(ipc.invoke('taizhang:run-shell', appFrame)).rejects.toThrow(/No handler/);
  });
});
