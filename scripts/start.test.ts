import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start without an Electron binary', () => {
  it('says in one line, Chinese and English, to use npm run web, and exits 1 without building', () => {
    // Pointing electron at an empty place makes "no binary" certain on any machine, with or without a network.
    const result = spawnSync(process.execPath, [join(import.meta.dirname, 'start.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(import.meta.dirname, 'no-such-electron') },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      '无法获取 Electron 程序（离线环境）。请改用 npm run web 在浏览器中打开台账。 / Electron binary unavailable: use npm run web',
    ]);
  });
});
