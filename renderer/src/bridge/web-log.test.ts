// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createWebLog, WEB_LOG_ITEM, WEB_LOG_LINES } from './web-log';

describe('web log', () => {
  beforeEach(() => localStorage.clear());
  const clock = () => new Date('2026-12-06T08:00:00.000Z');

  it('keeps lines with time and level, redacted, oldest first', () => {
    const log = createWebLog(localStorage, clock);
    log.write({ level: 'info', message: '已启动' });
    log.write({ level: 'error', message: '电话 13812345678 无效' });
    expect(log.recent()).toEqual([
      '[2026-12-06T08:00:00.000Z] [info] [页面] 已启动',
      '[2026-12-06T08:00:00.000Z] [error] [页面] 电话 [已隐去] 无效',
    ]);
  });

  it('keeps only the newest lines', () => {
    const log = createWebLog(localStorage, clock);
    for (let i = 0; i < WEB_LOG_LINES + 5; i += 1) log.write({ level: 'info', message: `第${i}行` });
    const lines = log.recent();
    expect(lines).toHaveLength(WEB_LOG_LINES);
    expect(lines[0]).toContain('第5行');
    expect(lines.at(-1)).toContain(`第${WEB_LOG_LINES + 4}行`);
  });

  it('starts afresh when the stored log is damaged, instead of failing', () => {
    localStorage.setItem(WEB_LOG_ITEM, '{oops');
    const log = createWebLog(localStorage, clock);
    expect(log.recent()).toEqual([]);
    log.write({ level: 'warn', message: '再次开始' });
    expect(log.recent()).toHaveLength(1);
  });
});
