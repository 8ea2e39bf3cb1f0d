// Run in a child process by data-folder.test.ts: sets the umask given, prepares the data folder as
// the server does, opens PGlite in it, writes, closes, and prints every entry's mode as JSON.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataFolderError, prepareDataFolder } from '../db/data-folder';
import { openDatabase } from '../server';

const [dir = '', umask = '022'] = process.argv.slice(2);
process.umask(parseInt(umask, 8));
try {
  prepareDataFolder(dir);
} catch (error) {
  if (!(error instanceof DataFolderError)) throw error;
  console.log(JSON.stringify({ refused: error.message }));
  process.exit(0);
}
const db = await openDatabase({ dataDir: join(dir, 'pglite') });
await db.exec(`CREATE TABLE probe (x text); INSERT INTO probe VALUES ('110101199003077777')`);
await db.close();
const modes: Record<string, string> = {};
const walk = (path: string) => {
  const stat = statSync(path);
  modes[path] = `${stat.isDirectory() ? 'd' : 'f'}${(stat.mode & 0o777).toString(8)}`;
  if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
};
walk(dir);
console.log(JSON.stringify({ modes }));
