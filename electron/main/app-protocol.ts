// Serves the built renderer (out/renderer) on app://taizhang/… with protocol.handle.
// Pure parts (URL → file, content types) are separate from the handler so they are tested
// with traversal attempts and without Electron.
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export type ResolvedAppUrl = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file inside rootDir. Anything that would leave rootDir, any
 * other host, and anything ambiguous (backslashes, NUL, bad %-escapes) is refused.
 * A path without an extension is a client-side route, so it gets index.html.
 */
export function resolveAppUrl(url: string, rootDir: string): ResolvedAppUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username || parsed.password) {
    return { ok: false, status: 403 };
  }
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // A backslash is a separator on Windows only, and NUL truncates paths in some APIs: neither is ours.
  if (path.includes('\\') || path.includes('\0')) return { ok: false, status: 400 };

  const segments = path.split('/').filter((segment) => segment !== '');
  // After decoding, "%2e%2e" is ".." again: refuse any dot segment rather than normalising it away.
  if (segments.some((segment) => segment === '.' || segment === '..')) return { ok: false, status: 403 };

  const last = segments.at(-1);
  if (last === undefined || extname(last) === '') {
    segments.length = 0;
    segments.push('index.html');
  }

  const root = resolve(rootDir);
  const filePath = resolve(root, ...segments);
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Module scripts load only with a JavaScript type, so the type must be exact, never sniffed. */
export function contentTypeFor(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolDeps {
  rootDir: string;
  readFile: (path: string) => Promise<Uint8Array>;
}

const baseHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

function refusal(status: number): Response {
  return new Response(null, { status, headers: baseHeaders });
}

/** The protocol.handle callback for app://. Only GET and HEAD; files are read from rootDir only. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const resolved = resolveAppUrl(request.url, deps.rootDir);
    if (!resolved.ok) return refusal(resolved.status);
    let body: Uint8Array;
    try {
      body = await deps.readFile(resolved.filePath);
    } catch {
      return refusal(404);
    }
    const headers = { ...baseHeaders, 'Content-Type': contentTypeFor(resolved.filePath) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
