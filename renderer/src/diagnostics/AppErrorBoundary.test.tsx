// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import type { LogEntry, SaveFileRequest } from '#shared/bridge';
import { AppErrorBoundary } from './AppErrorBoundary';
import { createDiagnostics } from './diagnostics';

afterEach(cleanup);

function Broken({ message }: { message: string }): never {
  throw new Error(message);
}

function setup() {
  const written: LogEntry[] = [];
  const saved: SaveFileRequest[] = [];
  const diagnostics = createDiagnostics({
    appInfo: () => Promise.resolve({ name: '台账', version: '2.0.0', platform: 'web', os: 'test' }),
    writeLog: (entry) => {
      written.push(entry);
      return Promise.resolve();
    },
    readRecentLog: () => Promise.resolve({ ok: true, value: written.map((entry) => entry.message) }),
    getDataKey: () => Promise.resolve({ ok: true, value: { key: 'k', protection: 'browser' } }),
    getSyncSecrets: () => Promise.resolve({ ok: true, value: null }),
    saveFile: (request) => {
      saved.push(request);
      return Promise.resolve({ ok: true, value: { savedTo: request.suggestedName } });
    },
  }, () => new Date(2026, 11, 6, 9, 0));
  return { diagnostics, written, saved };
}

describe('AppErrorBoundary', () => {
  it('shows its children while nothing fails', () => {
    const { diagnostics } = setup();
    render(<AppErrorBoundary diagnostics={diagnostics}><p>工作台</p></AppErrorBoundary>);
    expect(screen.getByText('工作台')).toBeTruthy();
  });

  it('replaces a failed page with a Chinese message, logs the error redacted, and reloads on 重新加载', () => {
    const { diagnostics, written } = setup();
    const reload = vi.fn();
    // React reports the caught error on the console as well; that is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<AppErrorBoundary diagnostics={diagnostics} reload={reload}><Broken message="RECORD_BROKEN: 身份证 110101199003071234 无法显示" /></AppErrorBoundary>);
    quiet.mockRestore();
    expect(screen.getByText('台账遇到意外错误')).toBeTruthy();
    expect(screen.getByText(/已经保存的记录都完整地保存在本机/)).toBeTruthy();
    expect(screen.getByText('错误代码：RECORD_BROKEN')).toBeTruthy();
    const logged = written.find((entry) => entry.level === 'error');
    expect(logged?.message).toMatch(/^页面出错，已显示错误页（.*Broken.*）：Error: RECORD_BROKEN: 身份证 \[已隐去\]/);
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('exports a diagnostic zip from the error page that names the failure and holds the logged error', async () => {
    const { diagnostics, saved } = setup();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<AppErrorBoundary diagnostics={diagnostics}><Broken message="VIEW_FAILED: 坏了" /></AppErrorBoundary>);
    quiet.mockRestore();
    fireEvent.click(screen.getByRole('button', { name: '导出诊断信息' }));
    expect(await screen.findByText(/诊断信息已导出：台账诊断信息-.*\.zip/)).toBeTruthy();
    const entries = unzipSync(saved[0]?.contents as Uint8Array);
    const text = (name: string) => strFromU8(entries[name] ?? new Uint8Array());
    expect(JSON.parse(text('versions.json'))).toMatchObject({ failure: 'VIEW_FAILED' });
    expect(text('log.txt')).toContain('VIEW_FAILED: 坏了');
  });
});
