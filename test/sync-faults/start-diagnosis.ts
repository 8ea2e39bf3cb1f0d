// What a server process that never answered /health was doing, for the failure message: how far
// its start got (pid file, admin socket, a listening port) and, from Node's diagnostic report
// (asked for with SIGUSR2, `--report-on-signal`), where its main thread and its PGlite thread stood.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { adminSocketPath } from '../../server/admin/admin-socket';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Node flags that let `diagnose` ask the child for a report. */
export const reportFlags = (reportDir: string): string[] => ['--report-on-signal', '--report-signal=SIGUSR2', `--report-directory=${reportDir}`];

interface NodeReport {
  javascriptStack?: { message?: string; stack?: string[] };
  libuv?: { type: string; is_active: boolean; localEndpoint?: { port?: number }; remoteEndpoint?: { port?: number } }[];
  workers?: NodeReport[];
}

/** The stack a thread was in when asked; none means it was waiting on its event loop. */
const stackOf = (report: NodeReport): string => {
  const frames = (report.javascriptStack?.stack ?? []).filter((f) => f.trim() !== '' && f !== 'Unavailable.');
  return frames.length > 0 ? [report.javascriptStack?.message ?? '', ...frames.slice(0, 12)].join('\n    ') : 'idle, waiting on its event loop';
};

async function reportOf(child: ChildProcess, reportDir: string): Promise<NodeReport | undefined> {
  if (child.pid === undefined || !child.kill('SIGUSR2')) return undefined;
  for (let waited = 0; waited < 5_000; waited += 100) {
    await sleep(100);
    const file = (await readdir(reportDir).catch(() => [] as string[])).find((f) => f.includes(`.${child.pid}.`) && f.endsWith('.json'));
    if (!file) continue;
    const text = await readFile(join(reportDir, file), 'utf8').catch(() => '');
    try {
      const report = JSON.parse(text) as NodeReport;
      await rm(join(reportDir, file), { force: true });
      return report;
    } catch {
      // Still being written.
    }
  }
  return undefined;
}

/** A few lines saying how far the start got and what the process was doing; the child is left running. */
export async function diagnose(child: ChildProcess, dataDir: string, usesPglite: boolean, reportDir: string): Promise<string> {
  const report = await reportOf(child, reportDir);
  const sockets = (report?.libuv ?? []).filter((h) => h.type === 'tcp' && h.is_active).map((h) => (h.remoteEndpoint ? `${h.localEndpoint?.port}→${h.remoteEndpoint.port}` : `listening on ${h.localEndpoint?.port}`));
  const lines = [
    usesPglite ? `pid file ${existsSync(join(dataDir, 'server.pid')) ? 'written' : 'missing'}, admin socket ${existsSync(adminSocketPath(dataDir)) ? 'open' : 'missing'} (the socket opens after the database)` : 'PostgreSQL',
    ...(report
      ? [`TCP sockets: ${sockets.length > 0 ? sockets.join(', ') : 'none'}`, `main thread: ${stackOf(report)}`, ...(report.workers ?? []).map((w, i) => `worker thread ${i + 1}: ${stackOf(w)}`)]
      : ['no diagnostic report within 5 s']),
  ];
  return lines.join('\n');
}
