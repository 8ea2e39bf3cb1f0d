// The TLS front of docs/server-install.md: nginx with server/deploy/nginx-taizhang.conf as shipped
// (only its ports, certificate paths and the server's port changed for the test) in front of the
// built server. Over https with the county's CA: health, an 8 MB-class push past nginx's default
// 1 MB body limit, pull, and the live stream unbuffered; plain http is redirected to https.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, syncPaths, type EnrollResponse } from '#shared/sync/index';
import { buildServer, enrollDevice, startServer, type Running } from '../testing/built-server';
import { mediationCase } from '../testing/documents';

/** This worktree's ports: nginx https, nginx http, the server behind it. */
const httpsPort = 4814;
const httpPort = 4815;
const serverPort = 4816;
const available = (tool: string, args: string[]) => spawnSync(tool, args).status === 0;

describe.skipIf(!available('nginx', ['-v']) || !available('openssl', ['version']) || !available('curl', ['--version']))('nginx TLS front (server/deploy/nginx-taizhang.conf)', () => {
  const work = mkdtempSync(join(tmpdir(), 'taizhang-tls-'));
  const env = { TAIZHANG_DATA_DIR: join(work, 'data') };
  let built = '';
  let server: Running;
  let nginx: ChildProcess;
  let device: EnrollResponse;
  const base = `https://localhost:${httpsPort}`;
  const ca = join(work, 'ca.crt');
  const curl = (...args: string[]) => spawnSync('curl', ['--silent', '--show-error', '--cacert', ca, ...args], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  const auth = () => ['-H', `${PROTOCOL_HEADER}: ${PROTOCOL_VERSION}`, '-H', `authorization: Bearer ${device.token}`];

  beforeAll(async () => {
    built = buildServer();
    // The county's own CA and a certificate for the server's name, as the docs describe.
    const ssl = (...args: string[]) => expect(spawnSync('openssl', args, { cwd: work, encoding: 'utf8' }).status).toBe(0);
    ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=绥滨县司法局 CA');
    ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'taizhang.key', '-out', 'taizhang.csr', '-subj', '/CN=localhost');
    writeFileSync(join(work, 'san.ext'), 'subjectAltName=DNS:localhost\n');
    ssl('x509', '-req', '-in', 'taizhang.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'taizhang.crt', '-days', '2', '-extfile', 'san.ext');

    const sample = readFileSync(join(import.meta.dirname, 'nginx-taizhang.conf'), 'utf8');
    const site = sample
      .replaceAll('listen 443 ssl;', `listen 127.0.0.1:${httpsPort} ssl;`).replaceAll('listen [::]:443 ssl;', '')
      .replaceAll('listen 80;', `listen 127.0.0.1:${httpPort};`).replaceAll('listen [::]:80;', '')
      .replaceAll('/etc/nginx/tls/', `${work}/`)
      .replaceAll('127.0.0.1:8787', `127.0.0.1:${serverPort}`)
      .replaceAll('taizhang.example.gov.cn', 'localhost');
    expect(site).not.toContain(':443');
    expect(site).not.toContain('8787');
    writeFileSync(join(work, 'site.conf'), site);
    mkdirSync(join(work, 'logs'));
    writeFileSync(join(work, 'nginx.conf'), `user root; daemon off; worker_processes 1; pid ${work}/nginx.pid; error_log ${work}/logs/error.log;
events {}
http { access_log off; client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; include ${work}/site.conf; }
`);
    server = await startServer(env, serverPort);
    device = await enrollDevice(env, server.base);
    nginx = spawn('nginx', ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'ignore' });
    for (let i = 0; i < 50 && curl(`${base}${syncPaths.health}`).status !== 0; i++) await new Promise((r) => setTimeout(r, 100));
  }, 120_000);

  afterAll(async () => {
    nginx?.kill('SIGQUIT');
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
    rmSync(built, { recursive: true, force: true });
  }, 30_000);

  it('answers over https with a certificate from the county CA', () => {
    const health = curl(`${base}${syncPaths.health}`);
    expect(health.stderr).toBe('');
    expect(JSON.parse(health.stdout)).toMatchObject({ status: 'ok' });
  });

  it('carries a push larger than the default nginx body limit, streams the change live, and pulls it back', async () => {
    const stream = spawn('curl', ['--silent', '--no-buffer', '--max-time', '15', '--cacert', ca, ...auth(), `${base}${syncPaths.stream}`]);
    let heard = '';
    stream.stdout.on('data', (chunk: Buffer) => (heard += chunk.toString()));
    await new Promise((r) => setTimeout(r, 1000));

    // 200 cases with 5,000-character summaries: about 3 MB, three times nginx's default client_max_body_size.
    const cases = Array.from({ length: 200 }, (_, i) => mediationCase(`tls-${i}`, 'suibin', { summary: `经由 nginx 推送 ${i}`.padEnd(5_000, '案') }));
    const body = join(work, 'push.json');
    writeFileSync(body, JSON.stringify(cases.map((newDocumentState) => ({ newDocumentState }))));
    expect(readFileSync(body).length).toBeGreaterThan(3 * 1024 * 1024);
    const pushed = curl('-X', 'POST', ...auth(), '-H', 'content-type: application/json', '--data-binary', `@${body}`, '-w', '\n%{http_code}', `${base}${syncPaths.push('mediationCase')}`);
    expect(pushed.stdout.trim().split('\n').at(-1), pushed.stdout.slice(0, 300)).toBe('200');

    for (let i = 0; i < 50 && !heard.includes('mediationCase'); i++) await new Promise((r) => setTimeout(r, 100));
    stream.kill();
    expect(heard).toContain('mediationCase');

    const pulled = curl(...auth(), `${base}${syncPaths.pull('mediationCase')}?checkpoint=0&batchSize=1000`);
    const documents = (JSON.parse(pulled.stdout) as { documents: Array<{ id: string; summary: string }> }).documents;
    expect(documents.map((d) => d.id).sort()).toEqual(cases.map((c) => c.id).sort());
    expect(documents.find((d) => d.id === 'tls-7')?.summary).toBe(cases[7]?.summary);
  }, 60_000);

  it('sends plain http to https', () => {
    const redirect = spawnSync('curl', ['--silent', '--output', '/dev/null', '-w', '%{http_code} %{redirect_url}', `http://localhost:${httpPort}${syncPaths.health}`], { encoding: 'utf8' });
    expect(redirect.stdout).toBe(`301 https://localhost${syncPaths.health}`);
  });
});
