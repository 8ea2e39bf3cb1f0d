import { MAX_LOG_MESSAGE } from '#shared/bridge';
import { describe, expect, it } from 'vitest';
import { checkLogEntry, createAppLog, lastLines, RECENT_LOG_LINES } from './app-log';

describe('checkLogEntry', () => {
  it('accepts a level and a message, redacting personal data the page let through', () => {
    expect(checkLogEntry({ level: 'error', message: '保存失败 110101199003071234' })).toEqual({ level: 'error', message: '保存失败 [已隐去]' });
  });

  it('drops what is not a log entry', () => {
    for (const input of [null, 'text', { level: 'debug', message: 'x' }, { level: 'info' }, { level: 'info', message: 3 }, { level: 'constructor', message: 'x' }]) {
      expect(checkLogEntry(input)).toBeNull();
    }
  });

  it('cuts a message longer than the bound', () => {
    expect(checkLogEntry({ level: 'info', message: '啊'.repeat(MAX_LOG_MESSAGE + 50) })?.message).toHaveLength(MAX_LOG_MESSAGE);
  });
});

describe('lastLines', () => {
  it('takes the newest lines across the rotated file and the current one, skipping blanks', () => {
    expect(lastLines(['a\nb\n', 'c\r\n\nd\n'], 3)).toEqual(['b', 'c', 'd']);
    expect(lastLines(['', ''], 5)).toEqual([]);
  });
});

describe('createAppLog', () => {
  it('writes a page line at its level, marked as the page’s', () => {
    const written: string[] = [];
    const sink = { info: (m: string) => written.push(`info ${m}`), warn: (m: string) => written.push(`warn ${m}`), error: (m: string) => written.push(`error ${m}`) };
    createAppLog({ sink, files: [], readFile: () => Promise.resolve('') }).writeFromPage({ level: 'warn', message: '同步暂停' });
    expect(written).toEqual(['warn [页面] 同步暂停']);
  });

  it('reads the newest lines of both files, a missing file counting as empty, redacted again', async () => {
    const files: Record<string, string> = { 'main.log': Array.from({ length: RECENT_LOG_LINES + 10 }, (_, i) => `line ${i}`).join('\n') + '\n旧行 13812345678' };
    const log = createAppLog({
      sink: { info: () => undefined, warn: () => undefined, error: () => undefined },
      files: ['main.old.log', 'main.log'],
      readFile: (path) => {
        const text = files[path];
        return text === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(text);
      },
    });
    const recent = await log.recent();
    expect(recent.ok).toBe(true);
    if (!recent.ok) return;
    expect(recent.value).toHaveLength(RECENT_LOG_LINES);
    expect(recent.value.at(-1)).toBe('旧行 [已隐去]');
    expect(recent.value[0]).toBe('line 11');
  });
});
