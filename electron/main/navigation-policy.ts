// What a page of the app may do to leave itself: navigate, open windows, embed webviews,
// ask for permissions. Decided here as plain predicates; index.ts wires them to webContents.
import { isAppUrl } from './app-origin';

/** will-navigate / will-redirect: only to another page of the app itself. */
export function isNavigationAllowed(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}

/** setWindowOpenHandler: the app never opens a second window or an external browser. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * The only permissions the app uses, and only for its own pages:
 * persistent-storage, so Chromium does not evict the local database under disk pressure (docs/design.md §6);
 * clipboard-sanitized-write, for "复制" buttons. Everything else (camera, geolocation, notifications…) is denied.
 */
const allowedPermissions: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return allowedPermissions.has(permission) && isAppUrl(requestingUrl);
}
