// How attachment uploads follow record sync (wired once, by boot.ts): the file sync talks to the
// server the device enrolled with, with the token the bridge keeps, and resumes its queue each time
// sync is back in touch with the server.
import type { SyncClient, SyncEnrollment, SyncStatus } from '../sync/contract';
import type { FileConnection } from './file-http';

/**
 * The connection from what sync keeps: the server address of the enrollment and the token.
 * Either missing, or the token unreadable → null (not enrolled, or left: files stay 本机).
 */
export function connectionFrom(
  enrollment: () => Promise<SyncEnrollment | null>,
  token: () => Promise<string | null>,
): () => Promise<FileConnection | null> {
  return async () => {
    const [enrolled, bearer] = await Promise.all([enrollment(), token().catch(() => null)]);
    if (!enrolled || !bearer) return null;
    return { serverUrl: enrolled.serverUrl, token: bearer };
  };
}

const inTouch = (status: SyncStatus) => status.online && (status.phase === 'idle' || status.phase === 'syncing');

/** Calls `resume` whenever sync comes (back) in touch with the server — after enrolling, after the network returns. Returns the stop. */
export function resumeWhenSyncConnects(client: Pick<SyncClient, 'getStatus' | 'subscribe'>, resume: () => void): () => void {
  let connected = false;
  const onStatus = (status: SyncStatus) => {
    const now = inTouch(status);
    if (now && !connected) resume();
    connected = now;
  };
  onStatus(client.getStatus());
  return client.subscribe(onStatus);
}
