// Every IPC call is answered only for the app's own top-level page (docs/design.md §7.2, Electron checklist 17):
// an iframe, an error page or a page that somehow navigated away gets nothing.
import { isAppUrl } from './app-origin';

export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl);
}

/** The part of an IPC event the check needs (Electron's WebFrameMain, or null once the frame is gone). */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export function isTrustedFrame(frame: SenderFrameLike | null): boolean {
  return frame !== null && isTrustedSender(frame.url, frame.parent === null);
}
