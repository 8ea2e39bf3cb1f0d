// @vitest-environment happy-dom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LogEntry, SaveFileRequest } from '#shared/bridge';
import { createDiagnostics } from './diagnostics';
import { logPageErrors } from './page-errors';

const DATA_KEY = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJAAA=';
const clock = () => new Date(2026, 11, 6, 15, 30);

function fakeBridge({ logReadable = true } = {}) {
  const written: LogEntry[] = [];
  const saved: SaveFileRequest[] = [];
  const bridge = {
    appInfo: () => Promise.resolve({ name: '台账', version: '2.0.0', platform: 'web' as const, os: 'test' }),
    writeLog: (entry: LogEntry) => {
      written.push(entry);
      return Promise.resolve();
    },
    readRecentLog: () =>
      logReadable
        ? Promise.resolve({ ok: true as const, value: written.map((entry) => `[${entry.level}] ${entry.message}`) })
        : Promise.reject(new Error('磁盘错误')),
    getDataKey: () => Promise.resolve({ ok: true as const, value: { key: DATA_KEY, protection: 'browser' as const } }),
    getSyncSecrets: () => Promise.resolve({ ok: true as const, value: { token: 'tzd_tokenvalue' } }),
    saveFile: (request: SaveFileRequest) => {
      saved.push(request);
      return Promise.resolve({ ok: true as const, value: { savedTo: request.suggestedName } });
    },
  };
  return { bridge, written, saved };
}

function entriesOf(request: SaveFileRequest | undefined): Record<string, string> {
  if (!request) throw new Error('nothing was saved');
  return Object.fromEntries(Object.entries(unzipSync(request.contents as Uint8Array)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('logger', () => {
  it('redacts before the line leaves the page, and describes the cause with its kind', () => {
    const { bridge, written } = fakeBridge();
    const { log } = createDiagnostics(bridge, clock);
    log.warn('电话 13812345678 格式不对');
    log.error('保存失败', new RangeError('身份证 110101199003071234'));
    expect(written[0]).toEqual({ level: 'warn', message: '电话 [已隐去] 格式不对' });
    expect(written[1]?.level).toBe('error');
    expect(written[1]?.message).toMatch(/^保存失败：RangeError: 身份证 \[已隐去\]/);
  });

  it('never throws when the bridge cannot write', () => {
    const { bridge } = fakeBridge();
    const { log } = createDiagnostics({ ...bridge, writeLog: () => Promise.reject(new Error('gone')) }, clock);
    expect(() => log.info('x')).not.toThrow();
    const { log: sync } = createDiagnostics({ ...bridge, writeLog: () => { throw new Error('gone'); } }, clock);
    expect(() => sync.info('x')).not.toThrow();
  });
});

describe('page errors', () => {
  it('logs an uncaught error and an unhandled rejection, redacted, without cancelling them', () => {
    const { bridge, written } = fakeBridge();
    const { log } = createDiagnostics(bridge, clock);
    const stop = logPageErrors(window, log);
    const error = new ErrorEvent('error', { error: new Error('坏了 13812345678'), message: '坏了', filename: 'app.js', lineno: 7, cancelable: true });
    window.dispatchEvent(error);
    const rejection = new Event('unhandledrejection', { cancelable: true }) as PromiseRejectionEvent;
    Object.defineProperty(rejection, 'reason', { value: new Error('申请人：王小明 未找到') });
    window.dispatchEvent(rejection);
    expect(error.defaultPrevented).toBe(false);
    expect(rejection.defaultPrevented).toBe(false);
    expect(written.map((entry) => entry.level)).toEqual(['error', 'error']);
    expect(written[0]?.message).toMatch(/^页面出现未处理的错误（app\.js:7）：Error: 坏了 \[已隐去\]/);
    expect(written[1]?.message).toMatch(/^页面出现未处理的异步错误：Error: 申请人：\[已隐去\] 未找到/);
    stop();
    window.dispatchEvent(new ErrorEvent('error', { message: 'after stop' }));
    expect(written).toHaveLength(2);
  });
});

describe('exportFile', () => {
  it('saves a zip named for today with the log lines and none of the PC’s secrets', async () => {
    const { bridge, saved } = fakeBridge();
    const diagnostics = createDiagnostics(bridge, clock);
    diagnostics.log.error(`同步失败 ${DATA_KEY} tzd_tokenvalue`);
    const result = await diagnostics.exportFile({ settings: { deviceId: 'd1', operatorName: '李文静', townshipId: 'zhongren', role: 'township' } });
    expect(result).toEqual({ ok: true, value: { savedTo: '台账诊断信息-20261206-1530.zip' } });
    expect(saved[0]?.filters).toEqual([{ name: '诊断信息压缩包', extensions: ['zip'] }]);
    const entries = entriesOf(saved[0]);
    expect(entries['log.txt']).toContain('[error] 同步失败');
    const all = Object.values(entries).join('\n');
    for (const secret of [DATA_KEY, 'tzd_tokenvalue', '李文静']) expect(all).not.toContain(secret);
  });

  it('still exports, saying why, when the log cannot be read', async () => {
    const { bridge, saved } = fakeBridge({ logReadable: false });
    await createDiagnostics(bridge, clock).exportFile();
    expect(entriesOf(saved[0])['log.txt']).toContain('无法读取运行记录：Error: 磁盘错误');
  });
});
