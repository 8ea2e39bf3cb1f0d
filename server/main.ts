// npm run server [-- command]: starts the county server, or runs an administrator command.
// Configuration by environment (docs/sync-api.md): DATABASE_URL, TAIZHANG_DATA_DIR,
// TAIZHANG_HOST, TAIZHANG_PORT, TAIZHANG_LOG_LEVEL, TAIZHANG_TRUST_PROXY.
import { join, resolve } from 'node:path';
import { adminSocketPath, sendAdminCommand, serveAdmin } from './admin/admin-socket';
import { adminCommandNames, runAdminCommand, usage, UsageError } from './admin/commands';
import { acquirePidLock, lockHolder } from './admin/pid-lock';
import { DataFolderError, prepareDataFolder } from './db/data-folder';
import { createServer, openDatabase } from './server';

const env = process.env;
const databaseUrl = env.DATABASE_URL || undefined;
const dataDir = resolve(env.TAIZHANG_DATA_DIR ?? 'server-data');
/** PGlite's own folder inside the data folder, beside the pid file and admin socket. */
const pgliteDir = join(dataDir, 'pglite');
/** Published installers (decision 033), owner-only like the rest of the data folder. */
const releasesDir = join(dataDir, 'releases');

/** The installer path of `publish` is the administrator's: resolved here, since the running server may read it. */
const withAbsoluteFile = (argv: string[]): string[] =>
  argv[0] === 'publish' && argv[1] && !argv[1].startsWith('--') ? [argv[0], resolve(argv[1]), ...argv.slice(2)] : argv;

/** Owner-only data folder (rule S44), or a message saying why the server will not start. */
function privateDataFolder(): boolean {
  try {
    const { tightened } = prepareDataFolder(dataDir);
    if (tightened > 0) console.warn(`数据文件夹 ${dataDir} 中 ${tightened} 项的权限已收紧为仅所有者可访问 (modes tightened to owner-only).`);
    return true;
  } catch (error) {
    if (!(error instanceof DataFolderError)) throw error;
    console.error(error.message);
    return false;
  }
}

async function admin(given: string[]): Promise<number> {
  const argv = withAbsoluteFile(given);
  if (!databaseUrl) {
    const reply = await sendAdminCommand(adminSocketPath(dataDir), argv);
    if (reply) {
      (reply.ok ? console.log : console.error)(reply.output);
      return reply.ok ? 0 : 1;
    }
    const holder = await lockHolder(dataDir);
    if (holder !== undefined) {
      console.error(`服务器 (pid ${holder}) 正在运行，但无法连接其管理接口 ${adminSocketPath(dataDir)}。`);
      return 1;
    }
    if (!privateDataFolder()) return 1;
  }
  const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: pgliteDir });
  try {
    console.log(await runAdminCommand(db, argv, { releasesDir }));
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await db.close();
  }
}

async function serve(): Promise<void> {
  const host = env.TAIZHANG_HOST ?? '127.0.0.1';
  const port = Number(env.TAIZHANG_PORT ?? 8787);
  let releaseLock = (): Promise<void> => Promise.resolve();
  if (!databaseUrl) {
    if (!privateDataFolder()) {
      process.exitCode = 1;
      return;
    }
    releaseLock = await acquirePidLock(dataDir);
  }
  const server = await createServer({
    ...(databaseUrl ? { databaseUrl } : { dataDir: pgliteDir }),
    logger: { level: env.TAIZHANG_LOG_LEVEL ?? 'info' },
    trustProxy: (env.TAIZHANG_TRUST_PROXY ?? '').split(',').map((a) => a.trim()).filter(Boolean),
    releasesDir,
  });
  const log = server.app.log;
  const adminServer = databaseUrl
    ? undefined
    : await serveAdmin(adminSocketPath(dataDir), async (argv) => {
        try {
          return { ok: true, output: await runAdminCommand(server.db, argv, { releasesDir }) };
        } catch (error) {
          return { ok: false, output: error instanceof UsageError || error instanceof Error ? error.message : String(error) };
        }
      });
  if (!server.appRole) log.warn('row-level security relies on FORCE RLS only: this database login cannot switch to taizhang_app');
  try {
    await server.app.listen({ host, port });
  } catch (error) {
    log.error({ err: error }, 'cannot listen');
    adminServer?.close();
    await server.close();
    await releaseLock();
    process.exit(1);
  }
  log.info({ database: server.db.kind, dataDir: databaseUrl ? undefined : dataDir }, 'Taizhang county server ready');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    adminServer?.close();
    server
      .close()
      .then(releaseLock)
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const argv = process.argv.slice(2);
if (argv[0] === '--help' || argv[0] === 'help') {
  console.log(usage);
} else if (argv.length > 0 && argv[0] !== 'serve') {
  if (!(adminCommandNames as readonly string[]).includes(argv[0] ?? '')) {
    console.error(usage);
    process.exitCode = 1;
  } else {
    process.exitCode = await admin(argv);
  }
} else {
  await serve();
}
