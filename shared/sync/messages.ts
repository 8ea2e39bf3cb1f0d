// Request and response shapes of every endpoint (docs/sync-api.md). Documents are RxDB's
// WithDeleted<T>: the record plus `_deleted`, no `_rev`, `_meta` or `_attachments`.
import type { SyncCheckpoint } from './checkpoint';

export type SyncDocument = Record<string, unknown> & { id: string; _deleted: boolean };

export const deviceRoles = ['township', 'county'] as const;
export type DeviceRole = (typeof deviceRoles)[number];

export interface EnrollRequest {
  code: string;
  deviceName: string;
}

export interface EnrollResponse {
  deviceId: string;
  /** Shown once; the server keeps only its SHA-256. Sent back as `Authorization: Bearer <token>`. */
  token: string;
  role: DeviceRole;
  /** The township's code; null for a county device. */
  townshipId: string | null;
  /**
   * The county's key for the keyed hash of ID numbers (64 hex digits), the same for every device,
   * so a county device finds an ID number in records pulled from any township. A secret: kept by
   * the bridge beside the token, never in the database or logs (docs/decisions/008).
   */
  idHashKey: string;
}

export interface PullResponse<T extends SyncDocument = SyncDocument> {
  /** Exactly `batchSize` documents while more exist; fewer only at the end. */
  documents: T[];
  checkpoint: SyncCheckpoint;
}

export interface PushRow<T extends SyncDocument = SyncDocument> {
  assumedMasterState?: T;
  newDocumentState: T;
}

/** The real master state of every conflicting document; [] when all rows were written. */
export type PushResponse<T extends SyncDocument = SyncDocument> = T[];

/** The query parameter a push sets to be answered with a PushAnswer instead of a PushResponse (S53). */
export const pushOwnWrites = { name: 'ownWrites', value: '1' } as const;

/** That parameter as a query string. */
export const PUSH_OWN_WRITES_QUERY = `${pushOwnWrites.name}=${pushOwnWrites.value}`;

/** [S53] The answer to a push that asked with PUSH_OWN_WRITES_QUERY. */
export interface PushAnswer<T extends SyncDocument = SyncDocument> {
  /** As in PushResponse. */
  conflicts: T[];
  /**
   * Per conflicting document this device has written before: the `sentHash` of the state it last wrote
   * there (what it sent, before any field an older app did not know was kept). Other devices' writes are never named.
   */
  ownWrites: Record<string, string>;
}

/** SSE event names on `GET /v1/stream`. */
export const streamEvents = {
  /** Subscribed: the app emits 'RESYNC' now, so nothing written before this moment is missed. */
  ready: 'ready',
  /** Documents of one collection the device may read, in commit order. */
  change: 'change',
  /** The server may have missed events (database listener reconnected): the app emits 'RESYNC'. */
  resync: 'resync',
  /** The stream ends for this reason (e.g. DEVICE_REVOKED); data is a SyncError. */
  error: 'error',
} as const;

export interface StreamChange<T extends SyncDocument = SyncDocument> {
  collection: string;
  documents: T[];
  checkpoint: SyncCheckpoint;
}

export interface HealthResponse {
  status: 'ok';
  protocol: number;
  minProtocol: number;
  database: 'pglite' | 'postgres';
}
