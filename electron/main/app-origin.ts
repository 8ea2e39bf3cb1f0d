// The one origin the app's pages come from: app://taizhang (a custom standard+secure scheme,
// so pages never run from file://, docs/design.md §6). IndexedDB is keyed by this origin: changing the
// scheme or host would strand every installation's local database.
export const APP_SCHEME = 'app';
export const APP_HOST = 'taizhang';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The origin of a URL as Chromium sees it once our scheme is registered as standard.
 * Node's URL gives every non-special scheme the opaque origin "null" (so `app://x` and
 * `evil://y` would compare equal), hence app: is rebuilt from protocol and host.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Credentials in an app: URL are never ours; refuse rather than strip them.
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  return parsed.origin === 'null' ? null : parsed.origin;
}

/** True only for URLs of the app's own origin (exact scheme and host, no port, no credentials). */
export function isAppUrl(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}
