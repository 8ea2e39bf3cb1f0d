// The county server as an IT person installs and looks after it (decision 035, docs/server-install.md):
// the built out/server/ runs with plain `node main.js`, declares its runtime packages, and a record
// written before a backup is there again after the data is wiped and the backup restored — both
// for the PGlite folder (server stopped) and for pg_dump/pg_restore (PostgreSQL running).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../testing/backends';
import { buildServer, enrollAndPush, pulledCases, township, withServer } from '../testing/built-server';
import { mediationCase } from '../testing/documents';

const root = resolve(import.meta.dirname, '../..');
const backupScript = join(import.meta.dirname, 'taizhang-backup.sh');
/** Ports 4812–4813 of this worktree's range: the PGlite and the PostgreSQL server of this file. */
const pglitePort = 4812;
const postgresPort = 4813;

const runBackup = (env: Record<string, string>, action: 'backup' | 'restore', file: string) =>
  spawnSync('sh', [backupScript, action, file], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });

let serverDir = '';
beforeAll(() => {
  serverDir = buildServer();
}, 60_000);
afterAll(() => rmSync(serverDir, { recursive: true, force: true }));

describe('the built county server', () => {
  it('is one main.js, the embedded database\'s worker files, its migrations and a package.json whose dependencies are the two database drivers', () => {
    const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; main: string; type: string };
    const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; dependencies?: Record<string, string> };
    expect(manifest.main).toBe('main.js');
    expect(manifest.type).toBe('module');
    expect(manifest.dependencies).toEqual({ '@electric-sql/pglite': rootManifest.devDependencies['@electric-sql/pglite'], pg: rootManifest.devDependencies.pg });
    // The desktop app ships the root `dependencies`: none of the server's packages may be among them.
    expect(Object.keys(rootManifest.dependencies ?? {})).not.toContain('fastify');
    expect(existsSync(join(serverDir, 'migrations', '001-initial.sql'))).toBe(true);
    // fastify is bundled: the bundle imports no package but the two drivers and Node's own modules.
    const bundle = readFileSync(join(serverDir, 'main.js'), 'utf8');
    const imported = new Set([...bundle.matchAll(/(?:^|\n)import [^;]*?from ["']([^"']+)["']/g)].map((m) => m[1]));
    expect([...imported].filter((name) => !name?.startsWith('node:')).sort()).toEqual(['pg']);
    // PGlite is loaded by the embedded database's own thread, from files beside main.js (decision 046).
    const worker = readFileSync(join(serverDir, 'pglite-worker.mjs'), 'utf8');
    const workerImports = [...worker.matchAll(/(?:^|\n)import [^;]*?from ["']([^"']+)["']/g)].map((m) => m[1]);
    expect(workerImports.filter((name) => !name?.startsWith('node:')).sort()).toEqual(['./private-chmod.mjs', '@electric-sql/pglite']);
    expect(existsSync(join(serverDir, 'private-chmod.mjs'))).toBe(true);
  });
});

describe('PGlite data folder: backup while stopped, wipe, restore', () => {
  const work = mkdtempSync(join(tmpdir(), 'taizhang-server-install-'));
  const env = { TAIZHANG_DATA_DIR: join(work, 'data') };
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('brings back every record and the enrolled device', async () => {
    const archive = join(work, 'taizhang-pglite.tar.gz');
    const record = mediationCase('backup-1', township, { summary: '备份前写入的调解案件' });
    const device = await withServer(env, pglitePort, async (server) => {
      const enrolled = await enrollAndPush(env, server.base, record);
      const refused = runBackup(env, 'backup', archive);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('正在运行');
      expect(existsSync(archive)).toBe(false);
      return enrolled;
    });

    expect(runBackup(env, 'backup', archive).status).toBe(0);
    rmSync(env.TAIZHANG_DATA_DIR, { recursive: true });
    const restored = runBackup(env, 'restore', archive);
    expect(restored.status, restored.stderr).toBe(0);

    await withServer(env, pglitePort, async (server) => {
      const cases = await pulledCases(server.base, device.token);
      expect(cases.map((c) => [c.id, c.summary])).toEqual([[record.id, '备份前写入的调解案件']]);
    });
  }, 120_000);

  it('refuses a file that is not a backup and leaves the data folder as it was', () => {
    const notBackup = join(work, 'notes.tar.gz');
    spawnSync('tar', ['-czf', notBackup, '-C', import.meta.dirname, 'taizhang-backup.sh']);
    const before = spawnSync('ls', ['-R', env.TAIZHANG_DATA_DIR], { encoding: 'utf8' }).stdout;
    const refused = runBackup(env, 'restore', notBackup);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('不是县服务器的 PGlite 备份');
    expect(spawnSync('ls', ['-R', env.TAIZHANG_DATA_DIR], { encoding: 'utf8' }).stdout).toBe(before);
  });
});

/** The backup login the DBA creates once (docs/server-install.md): taizhang_backup, BYPASSRLS, pg_read_all_data. */
const backupUrl = (databaseUrl: string) => {
  const url = new URL(databaseUrl);
  url.username = 'taizhang_backup';
  url.password = process.env.TAIZHANG_BACKUP_PASSWORD ?? 'taizhang_backup';
  return url.toString();
};

/** The round trip needs the backup login; a cluster without it skips the test (and says so in its name). */
const backupLoginExists = (databaseUrl: string | undefined) =>
  databaseUrl !== undefined &&
  spawnSync('psql', ['--no-psqlrc', '--tuples-only', '--no-align', `--dbname=${databaseUrl}`, '--command=SELECT 1 FROM pg_roles WHERE rolname = \'taizhang_backup\''], { encoding: 'utf8' }).stdout.trim() === '1';

describe.skipIf(!backupLoginExists(process.env.DATABASE_URL))('PostgreSQL (with DATABASE_URL and the taizhang_backup login): pg_dump while running, wipe, pg_restore', () => {
  const work = mkdtempSync(join(tmpdir(), 'taizhang-server-dump-'));
  const drops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('brings back every record into an empty database', async () => {
    const dump = join(work, 'taizhang.dump');
    const record = mediationCase('dump-1', township, { summary: '转储前写入的调解案件' });
    const first = await freshPostgresDatabase('taizhang_pack_a');
    drops.push(() => first.drop());
    const env = { DATABASE_URL: first.url };
    const device = await withServer(env, postgresPort, async (server) => {
      const enrolled = await enrollAndPush(env, server.base, record);
      // The server's own login is subject to FORCE ROW LEVEL SECURITY: it would dump a part, so the script refuses.
      const partial = runBackup(env, 'backup', dump);
      expect(partial.status).toBe(1);
      expect(partial.stderr).toContain('BYPASSRLS');
      const dumped = runBackup({ ...env, TAIZHANG_BACKUP_URL: backupUrl(first.url) }, 'backup', dump);
      expect(dumped.status, dumped.stderr).toBe(0);
      return enrolled;
    });
    await first.drop();

    const second = await freshPostgresDatabase('taizhang_pack_b');
    drops.push(() => second.drop());
    const restored = runBackup({ DATABASE_URL: second.url }, 'restore', dump);
    expect(restored.status, restored.stderr).toBe(0);
    // The restored tables are as protected as the originals: row-level security on and forced.
    const client = new pg.Client({ connectionString: second.url });
    await client.connect();
    try {
      const tables = await client.query<{ relname: string; secured: boolean }>(
        `SELECT relname, relrowsecurity AND relforcerowsecurity AS secured FROM pg_class WHERE relname IN ('documents', 'case_number_counters', 'case_number_reservations') ORDER BY relname`,
      );
      expect(tables.rows).toEqual([
        { relname: 'case_number_counters', secured: true }, { relname: 'case_number_reservations', secured: true }, { relname: 'documents', secured: true },
      ]);
    } finally {
      await client.end();
    }
    await withServer({ DATABASE_URL: second.url }, postgresPort, async (server) => {
      const cases = await pulledCases(server.base, device.token);
      expect(cases.map((c) => [c.id, c.summary])).toEqual([[record.id, '转储前写入的调解案件']]);
    });
  }, 120_000);
});

describe.skipIf(spawnSync('systemd-analyze', ['--version']).status !== 0)('the systemd unit', () => {
  it('is a valid unit that runs the built main.js with node, stops with SIGTERM and keeps its data private', () => {
    const unit = join(import.meta.dirname, 'taizhang-server.service');
    const verified = spawnSync('systemd-analyze', ['verify', '--man=no', unit], { encoding: 'utf8' });
    expect(verified.status, verified.stderr).toBe(0);
    const text = readFileSync(unit, 'utf8');
    expect(text).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/taizhang-server\/main\.js$/m);
    expect(text).toMatch(/^KillSignal=SIGTERM$/m);
    expect(text).toMatch(/^StateDirectoryMode=0700$/m);
    expect(text).toMatch(/^Environment=TAIZHANG_DATA_DIR=\/var\/lib\/taizhang$/m);
  });
});
