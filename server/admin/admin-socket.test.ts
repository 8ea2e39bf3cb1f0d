import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminSocketPath, sendAdminCommand, serveAdmin } from './admin-socket';

describe('admin socket', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('[S1] an admin command reaches the running server through the socket in its data folder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tz-admin-'));
    const path = adminSocketPath(dir);
    const server = await serveAdmin(path, (argv) => Promise.resolve({ ok: true, output: `ran ${argv.join(' ')}` }));
    try {
      expect(await sendAdminCommand(path, ['revoke', 'd-1'])).toEqual({ ok: true, output: 'ran revoke d-1' });
    } finally {
      server.close();
    }
  });

  it('[S1] with no server listening the command is told so, and may open the database itself', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tz-admin-'));
    expect(await sendAdminCommand(adminSocketPath(dir), ['devices'])).toBeUndefined();
  });
});
