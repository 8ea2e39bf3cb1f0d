// How the app reads a refusal: retry by itself, stop syncing, or show the refused batch.
import { describe, expect, it } from 'vitest';
import { kindOfStatus } from './problems';

describe('kindOfStatus', () => {
  it('retries what time mends: a request the server timed out (408, a slow line), 429 — also too many failed attempts — and 5xx', () => {
    expect(kindOfStatus(408, 'REQUEST_TIMEOUT')).toBe('transient');
    expect(kindOfStatus(429, 'RATE_LIMITED')).toBe('transient');
    expect(kindOfStatus(429, 'TOO_MANY_FAILED_ATTEMPTS')).toBe('transient');
    expect(kindOfStatus(503, 'UNAVAILABLE')).toBe('transient');
  });

  it('stops on what the official must act on, and shows a refused batch without resending it', () => {
    expect(kindOfStatus(401, 'DEVICE_REVOKED')).toBe('fatal');
    expect(kindOfStatus(426, 'CLIENT_TOO_OLD')).toBe('fatal');
    expect(kindOfStatus(413, 'REQUEST_TOO_COMPLEX')).toBe('refused');
    expect(kindOfStatus(400, 'INVALID_DOCUMENTS')).toBe('refused');
  });
});
