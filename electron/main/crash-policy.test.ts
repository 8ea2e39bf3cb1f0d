import { describe, expect, it } from 'vitest';
import { decideRendererGone, decideUnresponsive, describeChildGone, MAX_RELOADS_IN_WINDOW, recentReloads, RELOAD_WINDOW_MS, unresponsiveDialog, type GoneReason } from './crash-policy';

const NOW = 10 * RELOAD_WINDOW_MS;
const LOGS = 'C:\\Users\\li\\AppData\\Roaming\\Taizhang\\logs';

describe('decideRendererGone', () => {
  it('does nothing when the page ended as asked', () => {
    expect(decideRendererGone({ reason: 'clean-exit', exitCode: 0 }, [], NOW, LOGS)).toMatchObject({ action: 'none', level: 'info' });
  });

  it.each<[GoneReason, RegExp]>([
    ['crashed', /意外退出/],
    ['abnormal-exit', /意外退出/],
    ['killed', /被系统或其他程序结束/],
    ['oom', /内存不足.*关闭暂时不用的其他程序/],
    ['memory-eviction', /内存不足/],
  ])('reloads after %s, saying what happened and that saved records are safe', (reason, said) => {
    const decision = decideRendererGone({ reason, exitCode: 9 }, [], NOW, LOGS);
    expect(decision.action).toBe('reload');
    if (decision.action !== 'reload') return;
    expect(decision.dialog.message).toMatch(said);
    expect(decision.dialog.detail).toMatch(/已经保存的记录都完整地保存在本机，不会丢失/);
    expect(decision.log).toContain(`reason=${reason} exitCode=9`);
  });

  it('gives up once the page has crashed too often within the window, naming the log folder', () => {
    const reloads = Array.from({ length: MAX_RELOADS_IN_WINDOW }, (_, i) => NOW - (i + 1) * 1000);
    const decision = decideRendererGone({ reason: 'crashed', exitCode: 1 }, reloads, NOW, LOGS);
    expect(decision.action).toBe('give-up');
    if (decision.action !== 'give-up') return;
    expect(decision.dialog.message).toMatch(/多次出错，台账不再自动重新加载/);
    expect(decision.dialog.detail).toContain(LOGS);
    expect(decision.dialog.buttons).toEqual(['退出台账', '再试一次']);
  });

  it('reloads again once the earlier crashes are older than the window', () => {
    const old = Array.from({ length: MAX_RELOADS_IN_WINDOW }, (_, i) => NOW - RELOAD_WINDOW_MS - i);
    expect(decideRendererGone({ reason: 'crashed', exitCode: 1 }, old, NOW, LOGS).action).toBe('reload');
    expect(decideRendererGone({ reason: 'crashed', exitCode: 1 }, [...old.slice(1), NOW - 1], NOW, LOGS).action).toBe('reload');
  });

  it.each<GoneReason>(['launch-failed', 'integrity-failure'])('gives up at once after %s: a reload would fail the same way', (reason) => {
    expect(decideRendererGone({ reason, exitCode: 1 }, [], NOW, LOGS).action).toBe('give-up');
  });
});

describe('recentReloads', () => {
  it('keeps only reloads inside the window', () => {
    expect(recentReloads([NOW - RELOAD_WINDOW_MS, NOW - RELOAD_WINDOW_MS + 1, NOW], NOW)).toEqual([NOW - RELOAD_WINDOW_MS + 1, NOW]);
  });
});

describe('unresponsive', () => {
  it('asks whether to wait or reload, in Chinese, and waits unless told to reload', () => {
    expect(unresponsiveDialog.buttons).toEqual(['继续等待', '重新加载']);
    expect(unresponsiveDialog.detail).toMatch(/已经保存的记录都完整地保存在本机/);
    expect(decideUnresponsive(0)).toBe('wait');
    expect(decideUnresponsive(1)).toBe('reload');
    expect(decideUnresponsive(-1)).toBe('wait');
  });
});

describe('describeChildGone', () => {
  it('logs a helper process that crashed as a warning and one that exited cleanly as information', () => {
    expect(describeChildGone({ type: 'GPU', reason: 'crashed', exitCode: 139 })).toEqual({ level: 'warn', log: '辅助进程结束：GPU reason=crashed exitCode=139' });
    expect(describeChildGone({ type: 'Utility', serviceName: 'network.mojom.NetworkService', reason: 'clean-exit', exitCode: 0 }).level).toBe('info');
  });
});
