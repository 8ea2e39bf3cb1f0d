// [S21]–[S23]: case-number blocks — never overlapping, idempotent under retry, own township only.
import { expect, it } from 'vitest';
import type { CaseNumberBlock } from '#shared/sync/index';
import { describeEachBackend } from '../testing/backends';
import { enroll, push, type TestDevice } from '../testing/client';
import { newRequestId, reserve } from '../testing/case-numbers';
import { mediationCase } from '../testing/documents';
import { countyScope, inScope } from '../sync/scope';
import type { TaizhangServer } from '../server';

const rangeOf = (block: CaseNumberBlock): number[] => Array.from({ length: block.last - block.first + 1 }, (_, i) => block.first + i);

async function reservationCount(server: TaizhangServer): Promise<number> {
  return server.db.transaction(async (tx) => Number((await tx.query<{ n: string }>('SELECT count(*)::text AS n FROM case_number_reservations')).rows[0]?.n));
}

describeEachBackend('case-number blocks', (backend) => {
  let seq = 0;
  const township = () => `cn${++seq}`;
  const ask = async (server: TaizhangServer, device: TestDevice, body: Record<string, unknown>): Promise<CaseNumberBlock> => {
    const response = await reserve(server, device, { requestId: newRequestId(), kind: 'mediationCase', year: 2026, count: 5, ...body });
    if (response.statusCode !== 200) throw new Error(`reserve failed: ${response.body}`);
    return response.json<CaseNumberBlock>();
  };

  it('[S21] two devices of one township reserving at the same time never get overlapping numbers, and no number is skipped', async () => {
    const server = backend.server();
    const t = township();
    const devices = [await enroll(server, 'township', t), await enroll(server, 'township', t)];
    // Two instances on PostgreSQL, so the row lock is tested across connections too.
    const servers = backend.name === 'postgres' ? [server, await backend.another()] : [server, server];
    const counts = [3, 7, 1, 10, 4, 2, 9, 5, 6, 8, 3, 1, 7, 2, 10, 4];
    const blocks = await Promise.all(counts.map((count, i) => ask(servers[i % 2] as TaizhangServer, devices[i % 2] as TestDevice, { count })));
    const numbers = blocks.flatMap(rangeOf).sort((a, b) => a - b);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(numbers).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    blocks.forEach((block, i) => expect(block.last - block.first + 1).toBe(counts[i]));
  });

  it('[S21] each (township, kind, year) is its own series', async () => {
    const server = backend.server();
    const [a, b] = [township(), township()];
    const da = await enroll(server, 'township', a);
    const db = await enroll(server, 'township', b);
    expect((await ask(server, da, { count: 2 })).first).toBe(1);
    expect((await ask(server, db, { count: 2 })).first).toBe(1);
    expect((await ask(server, da, { count: 2, kind: 'enforcementCase' })).first).toBe(1);
    expect((await ask(server, da, { count: 2, year: 2027 })).first).toBe(1);
    expect(await ask(server, da, { count: 2 })).toMatchObject({ first: 3, last: 4 });
  });

  it('[S21] a block starts above numbers the township already used: stored records and the device’s knownMax', async () => {
    const server = backend.server();
    const t = township();
    const device = await enroll(server, 'township', t);
    const numbered = [12, 40, 0].map((caseSeq, i) => ({ newDocumentState: mediationCase(`${t}-old-${i}`, t, { caseSeq, caseYear: 2026 }) }));
    const other = { newDocumentState: mediationCase(`${t}-old-2025`, t, { caseSeq: 90, caseYear: 2025 }) };
    expect((await push(server, device, 'mediationCase', [...numbered, other])).json()).toEqual([]);
    expect(await ask(server, device, { count: 3 })).toMatchObject({ first: 41, last: 43 });
    expect(await ask(server, device, { count: 2, knownMax: 60 })).toMatchObject({ first: 61, last: 62 });
    expect(await ask(server, device, { count: 1, knownMax: 5 })).toMatchObject({ first: 63, last: 63 });
  });

  it('[S22] a retry with the same requestId gets the same block back and draws nothing new', async () => {
    const server = backend.server();
    const device = await enroll(server, 'township', township());
    const body = { requestId: newRequestId(), kind: 'mediationCase', year: 2026, count: 4 };
    const answers = await Promise.all([reserve(server, device, body), reserve(server, device, body)]);
    const again = await reserve(server, device, body);
    const blocks = [...answers, again].map((r) => r.json<CaseNumberBlock>());
    expect(blocks.map((b) => [b.first, b.last])).toEqual([[1, 4], [1, 4], [1, 4]]);
    expect(await ask(server, device, { count: 1 })).toMatchObject({ first: 5 });
    const reused = await reserve(server, device, { ...body, count: 9 });
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'CASE_NUMBER_REQUEST_REUSED' });
  });

  it('[S22] the same requestId from another device is another request', async () => {
    const server = backend.server();
    const t = township();
    const [a, b] = [await enroll(server, 'township', t), await enroll(server, 'township', t)];
    const requestId = newRequestId();
    expect(await ask(server, a, { requestId, count: 2 })).toMatchObject({ first: 1, last: 2 });
    expect(await ask(server, b, { requestId, count: 2 })).toMatchObject({ first: 3, last: 4 });
  });

  it('[S23] a township cannot reserve for another township, the county for nobody; nothing is drawn', async () => {
    const server = backend.server();
    const t = township();
    const device = await enroll(server, 'township', t);
    const county = await enroll(server, 'county');
    const before = await reservationCount(server);
    const foreign = await reserve(server, device, { requestId: newRequestId(), kind: 'mediationCase', year: 2026, count: 5, townshipId: 'zhongren' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: 'CASE_NUMBERS_FORBIDDEN' });
    expect(foreign.json<{ message: string }>().message).toContain('本乡镇');
    const byCounty = await reserve(server, county, { requestId: newRequestId(), kind: 'enforcementCase', year: 2026, count: 5 });
    expect(byCounty.statusCode).toBe(403);
    expect(byCounty.json()).toMatchObject({ code: 'CASE_NUMBERS_FORBIDDEN' });
    expect(await reservationCount(server)).toBe(before);
    expect(await ask(server, device, { count: 1, townshipId: t })).toMatchObject({ first: 1 });
  });

  it('[S23] a malformed reservation is refused with 400 and draws nothing', async () => {
    const server = backend.server();
    const device = await enroll(server, 'township', township());
    const good = { requestId: newRequestId(), kind: 'mediationCase', year: 2026, count: 5 };
    const bad: unknown[] = [
      { ...good, kind: 'caseReview' },
      { ...good, count: 0 },
      { ...good, count: 101 },
      { ...good, count: 2.5 },
      { ...good, year: 1999 },
      { ...good, requestId: 'x' },
      { ...good, knownMax: -1 },
      { ...good, extra: true },
      [good],
      'null',
    ];
    const before = await reservationCount(server);
    for (const body of bad) {
      const response = await reserve(server, device, body as Record<string, unknown>);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ code: string }>().code).toBe('INVALID_REQUEST');
    }
    expect(await reservationCount(server)).toBe(before);
    const unauthenticated = await server.app.inject({ method: 'POST', url: '/v1/case-numbers/reserve', headers: { 'taizhang-protocol': '1' }, payload: good });
    expect(unauthenticated.statusCode).toBe(401);
  });

  it('[S23] the series is exhausted at the schemas’ maximum: 409, nothing drawn', async () => {
    const server = backend.server();
    const device = await enroll(server, 'township', township());
    expect(await ask(server, device, { count: 1, knownMax: 999_999 })).toMatchObject({ first: 1_000_000 });
    const over = await reserve(server, device, { requestId: newRequestId(), kind: 'mediationCase', year: 2026, count: 1 });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'CASE_NUMBERS_EXHAUSTED' });
    expect((await server.app.inject({ url: '/health' })).statusCode).toBe(200);
  });

  it('[S23] row-level security alone keeps a township from reading or raising another township’s counter', async () => {
    const server = backend.server();
    const [a, b] = [township(), township()];
    await ask(server, await enroll(server, 'township', b), { count: 3 });
    const seen = await inScope(server.db, server.appRole, { role: 'township', townshipId: a }, async (tx) => {
      const rows = await tx.query('SELECT * FROM case_number_counters WHERE township_id = $1', [b]);
      const raised = await tx.query('UPDATE case_number_counters SET last_seq = last_seq + 1 WHERE township_id = $1 RETURNING last_seq', [b]);
      return { rows: rows.rows.length, raised: raised.rows.length };
    });
    expect(seen).toEqual({ rows: 0, raised: 0 });
    await expect(
      inScope(server.db, server.appRole, { role: 'township', townshipId: a }, (tx) =>
        tx.query(`INSERT INTO case_number_counters (township_id, kind, year, last_seq) VALUES ($1, 'mediationCase', 2030, 1)`, [b])),
    ).rejects.toThrow();
    const county = await inScope(server.db, server.appRole, countyScope, async (tx) => (await tx.query('SELECT 1 FROM case_number_counters')).rows.length);
    expect(county).toBe(0);
  });
});
