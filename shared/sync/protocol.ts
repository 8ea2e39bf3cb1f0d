// The county-server sync protocol in one place: version, header, paths, limits.
// The app and the server both import these numbers, so they cannot drift apart.

/**
 * The protocol this code speaks. Raise it only for a change an older peer cannot ignore; a
 * schema that gains fields raises it and lists them in `fieldsAddedIn` (decision 015).
 * 2: documents may hold fields a protocol-1 app does not know; the server hides them from it.
 * 3: enforcement cases may hold decision.place (decision 030).
 * 4: study sessions may be of kind 普法活动 (audience, peopleReached); the server sends none to an older app (decision 037).
 */
export const PROTOCOL_VERSION = 4;

/**
 * The oldest app protocol the server still serves. Township PCs update late (docs/design.md §5), so this
 * moves only when a release truly cannot serve old apps; an older app gets 426 and 请更新台账.
 */
export const MIN_PROTOCOL_VERSION = 1;

/** Request and response header carrying the protocol version (lower-case: HTTP headers are case-blind). */
export const PROTOCOL_HEADER = 'taizhang-protocol';

/** The headers every app request carries: the protocol version, and the device token once enrolled. */
export const requestHeaders = (token?: string): Record<string, string> => ({
  [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
});

export const syncPaths = {
  health: '/health',
  enroll: '/v1/enroll',
  pull: (collection: string) => `/v1/collections/${encodeURIComponent(collection)}/pull`,
  push: (collection: string) => `/v1/collections/${encodeURIComponent(collection)}/push`,
  stream: '/v1/stream',
  reserveCaseNumbers: '/v1/case-numbers/reserve',
  deviceReport: '/v1/device-report',
  devices: '/v1/devices',
} as const;

export const syncLimits = {
  /**
   * Largest pull batch. Larger asks are refused, never cut short: RxDB stops pulling at the
   * first batch shorter than it asked for, so a silently clamped batch would end its sync early.
   */
  maxPullBatch: 1000,
  /** Rows per push. RxDB's default push batch is 100; 1000 beats 100 by ~10 % on pull (rxdb-17 note). */
  maxPushRows: 500,
  /** Request body limit in bytes for a push (a mediation case with long records is ~20 kB). */
  maxBodyBytes: 8 * 1024 * 1024,
  /**
   * The shape any JSON body may have, checked on the raw text before it is parsed (rule S40), so
   * junk costs one linear scan, never millions of objects: the largest array a schema allows is 500
   * items and the widest record has 32 fields, so the numbers leave room; a legal 500-row push of
   * large cases holds well under 250,000 values.
   */
  maxJsonDepth: 16,
  maxJsonArrayItems: 1000,
  maxJsonObjectKeys: 100,
  maxJsonValues: 250_000,
} as const;

/** Seconds between SSE keep-alive comments; proxies drop idle connections after ~60 s. */
export const STREAM_KEEPALIVE_SECONDS = 15;
