// A county server of one's own for a sync test that must not share records with the others: the
// real server (server/server.ts) in the test's process, PGlite in memory, a free loopback port.
// sync.spec.ts counts every case its county sees on the server playwright.config.ts starts, so a
// test adding cases there would break it (and itself, repeated).
import type { LedgerKind } from '#shared/domain/schemas/index';
import { requestHeaders, syncPaths, type EnrollResponse, type PullResponse } from '#shared/sync/index';
import { issueEnrollmentCode } from '../../server/auth/devices';
import { createServer } from '../../server/server';
import { listenOnLoopback } from '../../server/testing/stream-client';
import { test as base } from './fixtures';

export interface CountyServer {
  url: string;
  /** A one-time enrollment code, as `issue-code` prints it. */
  issueCode(target: { township: string } | 'county'): Promise<string>;
}

export const test = base.extend<{ countyServer: CountyServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  countyServer: async ({}, use) => {
    const server = await createServer({ logger: false });
    try {
      const url = await listenOnLoopback(server);
      await use({
        url,
        issueCode: async (target) => {
          const issued = await issueEnrollmentCode(server.db, target === 'county' ? { role: 'county', townshipId: null } : { role: 'township', townshipId: target.township });
          return issued.code;
        },
      });
    } finally {
      await server.close();
    }
  },
});

/** What the county server holds of a kind, read as a county device pulls it (enrolled once, here). */
export async function countyPull(server: CountyServer): Promise<(kind: LedgerKind) => Promise<PullResponse['documents']>> {
  const code = await server.issueCode('county');
  const enrolled = await fetch(`${server.url}${syncPaths.enroll}`, {
    method: 'POST', headers: { ...requestHeaders(), 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName: '县司法局核对' }),
  });
  const { token } = (await enrolled.json()) as EnrollResponse;
  return async (kind) => {
    const response = await fetch(`${server.url}${syncPaths.pull(kind)}?checkpoint=0&batchSize=1000`, { headers: requestHeaders(token) });
    return ((await response.json()) as PullResponse).documents;
  };
}
