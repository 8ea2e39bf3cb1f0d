import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

describe('atomic write', () => {
  it('creates missing folders, replaces old content and leaves no temporary file', async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), 'taizhang-atomic-'));
    const file = join(dir, 'nested', 'state.json');
    await writeFileAtomic(fs, file, 'old');
    await writeFileAtomic(fs, file, 'new');
    expect(await fs.readFile(file, 'utf8')).toBe('new');
    expect(await fs.readdir(join(dir, 'nested'))).toEqual(['state.json']);
  });

  it.runIf(process.platform !== 'win32')('makes the file readable by its owner only', async () => {
    const file = join(await fs.mkdtemp(join(tmpdir(), 'taizhang-atomic-')), 'key.bin');
    await writeFileAtomic(fs, file, new Uint8Array([1, 2, 3]));
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });
});
