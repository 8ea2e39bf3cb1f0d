// Decision 033: the county publishes an installer, and each PC reads the channel file of the release meant for its
// township through electron-updater's own parser, downloads the installer it names and finds the published SHA-512.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseUpdateInfo, resolveFiles } from 'electron-updater/out/providers/Provider.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UPDATES_PATH, type UpdateChannel } from '#shared/updates/channels';
import { runAdminCommand } from '../admin/commands';
import { revokeDevice } from '../auth/devices';
import { describeEachBackend } from '../testing/backends';
import { enroll, type TestDevice } from '../testing/client';

const work = mkdtempSync(join(tmpdir(), 'taizhang-releases-'));
const releasesDir = join(work, 'releases');
const BASE = `https://county.example${UPDATES_PATH}`;

/** An installer as electron-builder names it: random bytes, so a wrong file cannot hash the same. */
function installer(name: string, bytes = 256 * 1024 + 7): { path: string; sha512: string; size: number } {
  const folder = mkdtempSync(join(work, 'dist-'));
  const content = randomBytes(bytes);
  const path = join(folder, name);
  writeFileSync(path, content);
  return { path, sha512: createHash('sha512').update(content).digest('base64'), size: content.length };
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describeEachBackend('updates from the county server', (backend) => {
  const server = () => backend.server();
  const admin = (...argv: string[]) => runAdminCommand(server().db, argv, { releasesDir });
  // Without the protocol header: an app too old to sync must still be able to update.
  const auth = (device: TestDevice) => ({ authorization: `Bearer ${device.token}` });
  const channel = (device: TestDevice, file: UpdateChannel = 'latest.yml') =>
    server().app.inject({ method: 'GET', url: `${UPDATES_PATH}${file}`, headers: auth(device) });
  const offered = async (device: TestDevice, file: UpdateChannel = 'latest.yml') => {
    const response = await channel(device, file);
    expect(response.statusCode).toBe(200);
    return parseUpdateInfo(response.body, file, new URL(file, BASE));
  };
  const download = (device: TestDevice, url: URL) => server().app.inject({ method: 'GET', url: url.pathname, headers: auth(device) });

  let suibin: TestDevice;
  let beishan: TestDevice;
  let county: TestDevice;
  beforeAll(async () => {
    [suibin, beishan, county] = await Promise.all([enroll(server(), 'township', 'suibin'), enroll(server(), 'township', 'beishan'), enroll(server(), 'county')]);
  });

  it('a published installer is offered in electron-updater\'s format, and downloads with the published SHA-512', async () => {
    const setup = installer(`Taizhang-Setup-1.1.0-${backend.name}.exe`);
    const said = await admin('publish', setup.path, '--version', '1.1.0');
    expect(said).toContain(setup.sha512);

    const info = await offered(suibin);
    expect(info).toMatchObject({ version: '1.1.0', files: [{ sha512: setup.sha512, size: setup.size }], sha512: setup.sha512 });
    // Read as plain YAML too: the fields electron-updater's generic provider expects, and nothing relies on their order.
    const raw = parse((await channel(suibin)).body) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(['files', 'path', 'releaseDate', 'sha512', 'version']);
    expect(Number.isNaN(Date.parse(raw.releaseDate as string))).toBe(false);

    const [file] = resolveFiles(info, new URL(BASE));
    if (!file) throw new Error('no file in the channel file');
    const got = await download(suibin, file.url);
    expect(got.statusCode).toBe(200);
    expect(createHash('sha512').update(got.rawPayload).digest('base64')).toBe(setup.sha512);

    // Kept private in the data folder (rule S44).
    const stored = join(releasesDir, '1.1.0', `Taizhang-Setup-1.1.0-${backend.name}.exe`);
    expect(statSync(releasesDir).mode & 0o777).toBe(0o700);
    expect(statSync(stored).mode & 0o777).toBe(0o600);
  });

  it('a release staged to some townships reaches only them, and all of them once widened', async () => {
    const staged = installer('Taizhang-Setup-1.2.0.exe'); // the version read from the name
    await admin('publish', staged.path, '--townships', 'suibin,county');
    expect((await offered(suibin)).version).toBe('1.2.0');
    expect((await offered(county)).version).toBe('1.2.0');
    expect((await offered(beishan)).version).toBe('1.1.0');

    // A township outside the stage cannot fetch the staged installer by guessing its address.
    const [file] = resolveFiles(await offered(suibin), new URL(BASE));
    if (!file) throw new Error('no file in the channel file');
    expect((await download(beishan, file.url)).statusCode).toBe(404);

    expect(await admin('stage', '1.2.0', '--all')).toContain('1.2.0');
    expect((await offered(beishan)).version).toBe('1.2.0');
    expect((await download(beishan, file.url)).statusCode).toBe(200);
  });

  it('each platform has its own channel file; one with nothing published answers 404 (electron-updater: no update)', async () => {
    expect((await channel(suibin, 'latest-linux-arm64.yml')).statusCode).toBe(404);
    const appImage = installer(`Taizhang-1.2.0-arm64-${backend.name}.AppImage`);
    await admin('publish', appImage.path, '--version', '1.2.0');
    const info = await offered(suibin, 'latest-linux-arm64.yml');
    expect(info.files[0]).toMatchObject({ sha512: appImage.sha512, size: appImage.size });
    expect((await offered(suibin, 'latest.yml')).files[0]?.url).toMatch(/\.exe$/);
  });

  it('no token, or a revoked device, gets nothing', async () => {
    const noToken = await server().app.inject({ method: 'GET', url: `${UPDATES_PATH}latest.yml` });
    expect(noToken.statusCode).toBe(401);
    const leaving = await enroll(server(), 'township', 'fuqiang');
    await revokeDevice(server().db, leaving.deviceId);
    const revoked = await channel(leaving);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ code: 'DEVICE_REVOKED' });
  });

  it('what is not an installer, a version published twice, or an unknown township is refused, and nothing changes', async () => {
    const before = await admin('releases');
    const deb = installer('taizhang_1.3.0_amd64.deb');
    await expect(admin('publish', deb.path, '--version', '1.3.0')).rejects.toThrow(/不是可发布的安装包/);
    const again = installer(`Taizhang-Setup-1.1.0-again-${backend.name}.exe`);
    await expect(admin('publish', again.path, '--version', '1.1.0')).rejects.toThrow(/已发布/);
    const unknown = installer(`Taizhang-Setup-1.3.0-${backend.name}.exe`);
    await expect(admin('publish', unknown.path, '--townships', 'nowhere')).rejects.toThrow(/没有乡镇代码 nowhere/);
    await expect(admin('publish', join(work, 'missing.exe'), '--version', '1.3.0')).rejects.toThrow(/找不到/);
    expect(await admin('releases')).toBe(before);
    expect((await offered(suibin)).files[0]?.sha512).not.toBe(again.sha512);
  });
}, { releasesDir });
