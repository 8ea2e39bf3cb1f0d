// Reserves blocks of case numbers (docs/decisions/008). One transaction per request, in the
// device's scope (RLS on the counters): read a previous answer to the same requestId, else raise
// the series' counter with one upsert … RETURNING, whose row lock makes concurrent reservations
// of one series wait for each other — so blocks never overlap, across instances too.
import { caseNumberLimits, type CaseNumberBlock, type CaseNumberReserveRequest } from '#shared/sync/index';
import type { Database, Queryable } from '../db/database';
import { SyncFailure } from '../sync/failure';
import { inScope } from '../sync/scope';

export interface Reservation extends Omit<CaseNumberReserveRequest, 'townshipId'> {
  deviceId: string;
  townshipId: string;
}

interface ReservationRow {
  kind: string;
  year: number;
  count: number;
  first_seq: number;
  last_seq: number;
}

/** Thrown inside the transaction when a concurrent twin of the request committed first. */
class AnsweredMeanwhile extends Error {}

const CHECK_VIOLATION = '23514';

async function previousAnswer(tx: Queryable, r: Reservation): Promise<CaseNumberBlock | undefined> {
  const found = await tx.query<ReservationRow>(
    'SELECT kind, year, count, first_seq, last_seq FROM case_number_reservations WHERE device_id = $1 AND request_id = $2',
    [r.deviceId, r.requestId],
  );
  const row = found.rows[0];
  if (!row) return undefined;
  if (row.kind !== r.kind || Number(row.year) !== r.year || Number(row.count) !== r.count) {
    throw new SyncFailure('CASE_NUMBER_REQUEST_REUSED', { requestId: r.requestId });
  }
  return { requestId: r.requestId, kind: r.kind, year: r.year, first: Number(row.first_seq), last: Number(row.last_seq) };
}

/**
 * The highest number of the series already in a stored record: a device that numbered cases on
 * its own before it enrolled pushes them, and blocks then start above them. Provisional numbers
 * are 0 and do not count. Runs under RLS, so it reads the device's own township only.
 */
async function storedMax(tx: Queryable, r: Reservation): Promise<number> {
  const result = await tx.query<{ n: number | string | null }>(
    `SELECT max((body->>'caseSeq')::integer) AS n FROM documents
     WHERE collection = $1 AND township_id = $2 AND body->>'caseYear' = $3 AND json_typeof(body->'caseSeq') = 'number'`,
    [r.kind, r.townshipId, String(r.year)],
  );
  return Number(result.rows[0]?.n ?? 0);
}

async function allocate(tx: Queryable, r: Reservation): Promise<CaseNumberBlock> {
  const floor = Math.max(await storedMax(tx, r), r.knownMax ?? 0);
  let last: number;
  try {
    const raised = await tx.query<{ last_seq: number }>(
      `INSERT INTO case_number_counters (township_id, kind, year, last_seq) VALUES ($1, $2, $3, $4::integer + $5::integer)
       ON CONFLICT (township_id, kind, year)
       DO UPDATE SET last_seq = greatest(case_number_counters.last_seq, $4::integer) + $5::integer, updated_at = now()
       RETURNING last_seq`,
      [r.townshipId, r.kind, r.year, floor, r.count],
    );
    last = Number(raised.rows[0]?.last_seq);
  } catch (error) {
    if ((error as { code?: string }).code === CHECK_VIOLATION) throw new SyncFailure('CASE_NUMBERS_EXHAUSTED', { maxSeq: caseNumberLimits.maxSeq });
    throw error;
  }
  const first = last - r.count + 1;
  const kept = await tx.query(
    `INSERT INTO case_number_reservations (device_id, request_id, township_id, kind, year, count, first_seq, last_seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (device_id, request_id) DO NOTHING RETURNING request_id`,
    [r.deviceId, r.requestId, r.townshipId, r.kind, r.year, r.count, first, last],
  );
  // The twin's block stands; roll this counter raise back and answer with the twin's block.
  if (kept.rowCount === 0) throw new AnsweredMeanwhile();
  return { requestId: r.requestId, kind: r.kind, year: r.year, first, last };
}

export class CaseNumberReservations {
  constructor(
    private readonly db: Database,
    private readonly useAppRole: boolean,
  ) {}

  async reserve(r: Reservation): Promise<CaseNumberBlock> {
    const scope = { role: 'township' as const, townshipId: r.townshipId };
    try {
      return await inScope(this.db, this.useAppRole, scope, async (tx) => (await previousAnswer(tx, r)) ?? allocate(tx, r));
    } catch (error) {
      if (!(error instanceof AnsweredMeanwhile)) throw error;
      const answer = await inScope(this.db, this.useAppRole, scope, (tx) => previousAnswer(tx, r));
      if (!answer) throw new SyncFailure('INTERNAL');
      return answer;
    }
  }
}
