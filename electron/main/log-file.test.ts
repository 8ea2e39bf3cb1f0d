// The real electron-log file transport in a temporary folder: lines land redacted, the file rotates
// at its size into main.old.log, and createAppLog reads the newest lines back across both files.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppLog, LOG_FOLDER } from './app-log';
import { startLogFile } from './log-file';

describe('log file', () => {
  it('writes redacted lines, rotates at its size and reads the newest lines back', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'taizhang-log-'));
    const maxBytes = 4000;
    const file = startLogFile({ userData, toConsole: false, maxBytes });
    expect(file.folder).toBe(join(userData, LOG_FOLDER));

    file.sink.error('保存失败：申请人：王小明 身份证 110101199003071234');
    const first = readFileSync(join(file.folder, 'main.log'), 'utf8');
    expect(first).toMatch(/\[error\] 保存失败：申请人：\[已隐去\] 身份证 \[已隐去\]/);
    expect(first).not.toContain('110101199003071234');

    for (let i = 0; i < 200; i += 1) file.sink.info(`第${i}行 电话 13812345678`);
    expect(statSync(join(file.folder, 'main.old.log')).size).toBeGreaterThan(0);
    expect(statSync(join(file.folder, 'main.log')).size).toBeLessThanOrEqual(maxBytes + 200);

    const log = createAppLog({ sink: file.sink, files: file.files, readFile: (path) => fs.readFile(path, 'utf8') });
    const recent = await log.recent();
    expect(recent.ok && recent.value.at(-1)).toMatch(/第199行 电话 \[已隐去\]$/);
    expect(recent.ok && recent.value.join('\n')).not.toContain('13812345678');
  });
});
