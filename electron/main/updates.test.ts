// The update steps against a fake electron-updater that "downloads" real files: a newer release is fetched with
// the device token and allowed to install only when its bytes hash to the published SHA-512.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServedRelease } from '#shared/updates/update-decision';
import { createUpdateController, RECHECK_MS, sha512OfFile, type UpdaterPort } from './updates';

const folder = mkdtempSync(join(tmpdir(), 'taizhang-update-'));
const published = Buffer.from('Taizhang-Setup-0.2.0.exe, as the county published it');
const sha512 = createHash('sha512').update(published).digest('base64');

class FakeUpdater implements UpdaterPort {
  configured: { feedUrl: string; headers: Record<string, string> }[] = [];
  installs: boolean[] = [];
  checks = 0;
  progress: (percent: number) => void = () => undefined;
  constructor(
    public served: ServedRelease | null | Error,
    public downloaded: Buffer = published,
  ) {}
  configure(feedUrl: string, headers: Record<string, string>) {
    this.configured.push({ feedUrl, headers });
  }
  check() {
    this.checks += 1;
    return this.served instanceof Error ? Promise.reject(this.served) : Promise.resolve(this.served);
  }
  download() {
    this.progress(50);
    const path = join(folder, `download-${Math.random().toString(36).slice(2)}.exe`);
    writeFileSync(path, this.downloaded);
    return Promise.resolve([path]);
  }
  installOnQuit(install: boolean) {
    this.installs.push(install);
  }
  onProgress(listener: (percent: number) => void) {
    this.progress = listener;
  }
}

const release = (version: string): ServedRelease => ({ version, files: [{ url: `0.2.0/Taizhang-Setup-${version}.exe`, sha512, size: published.length }] });

function controller(updater: FakeUpdater, options: { token?: string | null; clock?: { now: number } } = {}) {
  const clock = options.clock ?? { now: 1_000 };
  return createUpdateController({
    supported: true,
    currentVersion: '0.1.0',
    token: () => Promise.resolve(options.token === undefined ? 'tzd_device' : options.token),
    updater,
    sha512OfFile,
    now: () => clock.now,
    log: () => undefined,
  });
}

describe('updates from the county server, in the shell', () => {
  it('a newer release is downloaded with the device token and installs at the next start', async () => {
    const updater = new FakeUpdater(release('0.2.0'));
    const updates = controller(updater);
    expect(updates.check({ serverUrl: 'https://county.example/taizhang' })).toEqual({ state: 'checking' });
    await updates.settled();
    expect(updater.configured).toEqual([{ feedUrl: 'https://county.example/taizhang/v1/updates/', headers: { authorization: 'Bearer tzd_device' } }]);
    expect(updates.status()).toEqual({ state: 'ready', version: '0.2.0' });
    expect(updater.installs).toEqual([true]);
  });

  it('a download whose bytes differ from the published SHA-512 is refused, with a Chinese message, and never installs', async () => {
    const updater = new FakeUpdater(release('0.2.0'), Buffer.from('something else'));
    const updates = controller(updater);
    updates.check({ serverUrl: 'https://county.example' });
    await updates.settled();
    expect(updates.status()).toMatchObject({ state: 'failed', code: 'UPDATE_HASH_MISMATCH', message: expect.stringContaining('已拒绝安装') as string });
    expect(updater.installs).toEqual([false]);
  });

  it('the same or an older version downloads nothing', async () => {
    for (const version of ['0.1.0', '0.0.9']) {
      const updater = new FakeUpdater(release(version));
      const updates = controller(updater);
      updates.check({ serverUrl: 'https://county.example' });
      await updates.settled();
      expect(updates.status()).toEqual({ state: 'up-to-date' });
      expect(updater.installs).toEqual([]);
    }
  });

  it('nothing published for this township (404) is no update; a server that cannot be reached is retried at the next reconnect', async () => {
    const none = new FakeUpdater(Object.assign(new Error('Cannot find channel "latest.yml" update info: HttpError: 404'), { code: 'ERR_UPDATER_CHANNEL_FILE_NOT_FOUND' }));
    const quiet = controller(none);
    quiet.check({ serverUrl: 'https://county.example' });
    await quiet.settled();
    expect(quiet.status()).toEqual({ state: 'up-to-date' });

    const down = new FakeUpdater(new Error('net::ERR_CONNECTION_REFUSED'));
    const updates = controller(down);
    updates.check({ serverUrl: 'https://county.example' });
    await updates.settled();
    expect(updates.status()).toMatchObject({ state: 'failed', code: 'UPDATE_FAILED' });
    down.served = release('0.2.0');
    updates.check({ serverUrl: 'https://county.example' });
    await updates.settled();
    expect(updates.status()).toEqual({ state: 'ready', version: '0.2.0' });
  });

  it('checks again only after some hours, and not at all when not enrolled', async () => {
    const clock = { now: 1_000 };
    const updater = new FakeUpdater(release('0.1.0'));
    const updates = controller(updater, { clock });
    updates.check({ serverUrl: 'https://county.example' });
    await updates.settled();
    updates.check({ serverUrl: 'https://county.example' });
    await updates.settled();
    expect(updater.checks).toBe(1);
    clock.now += RECHECK_MS;
    updates.check({ serverUrl: 'https://county.example' });
    await updates.settled();
    expect(updater.checks).toBe(2);

    const unenrolled = new FakeUpdater(release('0.2.0'));
    const idle = controller(unenrolled, { token: null });
    idle.check({ serverUrl: 'https://county.example' });
    await idle.settled();
    expect(idle.status()).toEqual({ state: 'idle' });
    expect(unenrolled.checks).toBe(0);
  });
});
