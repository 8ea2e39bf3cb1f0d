import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, resolveAppUrl } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const root = resolve('/srv/taizhang/out/renderer');

describe('resolveAppUrl: app:// URL → file inside the renderer folder', () => {
  it('serves files of the renderer folder', () => {
    expect(resolveAppUrl('app://taizhang/index.html', root)).toEqual({ ok: true, filePath: join(root, 'index.html') });
    expect(resolveAppUrl('app://taizhang/assets/index-abc.js?x=1#y', root)).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppUrl('app://taizhang/assets/%E5%8F%B0.png', root)).toEqual({ ok: true, filePath: join(root, 'assets', '台.png') });
  });

  it('gives index.html for the root and for client-side routes', () => {
    expect(resolveAppUrl('app://taizhang/', root)).toEqual({ ok: true, filePath: join(root, 'index.html') });
    expect(resolveAppUrl('app://taizhang', root)).toEqual({ ok: true, filePath: join(root, 'index.html') });
    expect(resolveAppUrl('app://taizhang/mediation/0191', root)).toEqual({ ok: true, filePath: join(root, 'index.html') });
  });

  it('never leaves the renderer folder, however the path is spelt', () => {
    for (const url of [
      'app://taizhang/../../etc/passwd.txt',
      'app://taizhang/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://taizhang/%2E%2E/secret.txt',
      'app://taizhang/assets/..%2f..%2f..%2fetc%2fpasswd.txt',
      'app://taizhang/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://taizhang/assets/.%2e/.%2e/secret.txt',
      'app://taizhang/%252e%252e/secret.txt',
    ]) {
      const result = resolveAppUrl(url, root);
      // The URL parser already collapses plain and %2e dot segments at the root; what survives it must be refused.
      expect(!result.ok || result.filePath.startsWith(root + sep), url).toBe(true);
    }
  });

  it('refuses dot segments that survive URL parsing behind encoded slashes', () => {
    for (const url of ['app://taizhang/assets/..%2f..%2fsecret.txt', 'app://taizhang/assets/%2e%2e%2fsecret.txt', 'app://taizhang/a/.%2f.%2findex.html']) {
      expect(resolveAppUrl(url, root), url).toEqual({ ok: false, status: 403 });
    }
  });

  it('refuses Windows separators, NUL bytes and broken escapes', () => {
    expect(resolveAppUrl('app://taizhang/assets/..%5c..%5csecret.txt', root)).toEqual({ ok: false, status: 400 });
    expect(resolveAppUrl('app://taizhang/index.html%00.png', root)).toEqual({ ok: false, status: 400 });
    expect(resolveAppUrl('app://taizhang/%E5%8F', root)).toEqual({ ok: false, status: 400 });
  });

  it('refuses other hosts, schemes and credentials', () => {
    for (const url of ['app://evil/index.html', 'app://taizhang:1/index.html', 'app://u:p@taizhang/index.html', 'file:///etc/passwd', 'https://taizhang/index.html']) {
      expect(resolveAppUrl(url, root), url).toEqual({ ok: false, status: 403 });
    }
  });
});

describe('content types', () => {
  it('labels module scripts as JavaScript so the page loads', () => {
    expect(contentTypeFor('/a/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/a/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('the app:// handler', () => {
  let dir: string;
  let outside: string;
  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'taizhang-protocol-'));
    dir = join(base, 'renderer');
    outside = join(base, 'secret.txt');
    await mkdir(join(dir, 'assets'), { recursive: true });
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>台账</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'export {}');
    await writeFile(outside, 'not for the renderer');
  });
  const handler = () => createAppProtocolHandler({ rootDir: dir, readFile: (path) => readFile(path) });

  it('answers pages with the strict CSP header and an exact content type', async () => {
    const response = await handler()(new Request('app://taizhang/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('台账');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await handler()(new Request('app://taizhang/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('does not hand out a file next to the renderer folder', async () => {
    const escaped = await handler()(new Request('app://taizhang/assets/..%2f..%2fsecret.txt'));
    expect(escaped.status).toBe(403);
    expect(await escaped.text()).toBe('');
    const collapsed = await handler()(new Request('app://taizhang/%2e%2e/secret.txt'));
    expect(collapsed.status).toBe(404);
    expect(await collapsed.text()).toBe('');
  });

  it('answers 404 for a missing file and 405 for writes', async () => {
    expect((await handler()(new Request('app://taizhang/assets/missing.js'))).status).toBe(404);
    expect((await handler()(new Request('app://taizhang/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
