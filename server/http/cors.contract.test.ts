// [S25]: the web build (any origin) and the desktop app (app://taizhang) may call the API.
import { expect, it } from 'vitest';
import { PROTOCOL_HEADER, PROTOCOL_VERSION, syncPaths } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, protocolHeaders } from '../testing/client';
import { listenOnLoopback } from '../testing/stream-client';

describeEachBackend('cross-origin access', (backend) => {
  for (const origin of ['app://taizhang', 'http://127.0.0.1:4173']) {
    it(`[S25] a preflight from ${origin} is answered with the app's headers, without credentials`, async () => {
      const response = await backend.server().app.inject({
        method: 'OPTIONS',
        url: syncPaths.push('mediationCase'),
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,taizhang-protocol',
        },
      });
      expect(response.statusCode).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe('*');
      const allowed = String(response.headers['access-control-allow-headers']).toLowerCase().split(',').map((h) => h.trim());
      expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', PROTOCOL_HEADER]));
      expect(String(response.headers['access-control-allow-methods'])).toContain('POST');
      expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    });
  }

  it('[S25] answers and refusals carry the CORS headers, so the app can read the error and the protocol version', async () => {
    const server = backend.server();
    const device = await enroll(server, 'county');
    const origin = { origin: 'app://taizhang' };
    const ok = await server.app.inject({ url: `${syncPaths.pull('referenceData')}?batchSize=1`, headers: { ...device.headers, ...origin } });
    const refused = await server.app.inject({ url: `${syncPaths.pull('referenceData')}?batchSize=1`, headers: { ...protocolHeaders, ...origin } });
    const tooOld = await server.app.inject({ url: `${syncPaths.pull('referenceData')}?batchSize=1`, headers: { ...device.headers, ...origin, [PROTOCOL_HEADER]: '0' } });
    for (const [response, status] of [[ok, 200], [refused, 401], [tooOld, 426]] as const) {
      expect(response.statusCode).toBe(status);
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(String(response.headers['access-control-expose-headers']).toLowerCase()).toContain(PROTOCOL_HEADER);
      expect(response.headers[PROTOCOL_HEADER]).toBe(String(PROTOCOL_VERSION));
    }
  });

  it('[S25] the live stream carries the CORS headers too (its head is written by hand)', async () => {
    const server = backend.server();
    const device = await enroll(server, 'county');
    const baseUrl = await listenOnLoopback(server);
    const abort = new AbortController();
    const response = await fetch(`${baseUrl}${syncPaths.stream}`, { headers: { ...device.headers, origin: 'app://taizhang' }, signal: abort.signal });
    try {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(String(response.headers.get('access-control-expose-headers')).toLowerCase()).toContain(PROTOCOL_HEADER);
    } finally {
      abort.abort();
    }
  });
});
