// Reads and writes of replicated documents. Invariants (docs/spec/sync.md, decisions 005, 041):
// - a write of collection C holds C's transaction lock from before its first seq until commit,
//   so within C commit order = seq order and a pull by `seq > checkpoint` never skips a row;
//   pushes of C wait for their turn in memory, holding no pool connection, and the pushes that
//   waited together are written in one transaction, each still all or nothing (decision 041);
// - the pushed document is stored as sent (json column), ordering beside it in `seq`;
// - a push's rows are written all or none.
import type { CollectionName } from '#shared/domain/schemas/index';
import { documentProblem, keepingFields, syncLimits, withoutFields } from '#shared/sync/index';
import type { Database, Queryable } from '../db/database';
import { sameContent } from '#shared/sync/content-equal';
import { SyncFailure } from './failure';
import { WriteGroups, type Settled } from './write-groups';
import { masterRefusal, type DeviceIdentity, type MasterOwnership } from './rights';
import { countyScope, inScope, setScope, type Scope } from './scope';
import type { ValidRow } from './push-input';

export const DOCUMENTS_CHANNEL = 'taizhang_documents';
/** Advisory-lock namespace of per-collection write locks (4242 = Taizhang). */
const WRITE_LOCK_NAMESPACE = 4242;

export interface StoredDocument {
  seq: number;
  townshipId: string | null;
  /** The document's JSON text as pushed. */
  body: string;
}

export interface PushOutcome {
  /** JSON texts of the real master states of conflicting rows. */
  conflicts: string[];
  /** [S53] Per conflicting row this device wrote before: the sentHash of the state it last wrote there. */
  ownWrites: Record<string, string>;
  written: number;
}

/** Payload of a NOTIFY (built in SQL by writeRows): collection and the highest seq the transaction committed. */
export interface DocumentsNotice {
  c: string;
  s: number;
}

interface MasterRow extends MasterOwnership {
  id: string;
  body: string;
  /** [S53] Per device id, the sentHash of the state it last wrote here. */
  own_writes: Record<string, string>;
}

const scopeOf = (device: DeviceIdentity): Scope => ({ role: device.role, townshipId: device.townshipId });

/** Fault-injection seams for tests (a working fake, not a mock): delays inside the write transaction. */
export interface StoreFaults {
  /** Runs after the rows got their seq and before COMMIT, widening the late-commit window. */
  beforeCommit?: (collection: string) => Promise<void>;
}

interface PendingPush {
  device: DeviceIdentity;
  rows: ValidRow[];
  views: readonly (readonly string[])[];
}

/** Rows one turn writes at most: a few hundred PCs' small pushes together, or two full batches. */
const ROWS_PER_TURN = 2 * syncLimits.maxPushRows;

/**
 * A push joins a turn while the turn stays within ROWS_PER_TURN and it shares no id with the turn or
 * with an earlier push left waiting: writes of one document keep their order and each compares with
 * the master the one before it wrote.
 */
function joinsTurn(turn: readonly PendingPush[], push: PendingPush, passed: readonly PendingPush[]): boolean {
  if (turn.reduce((sum, p) => sum + p.rows.length, 0) + push.rows.length > ROWS_PER_TURN) return false;
  const ids = new Set(push.rows.map((r) => r.id));
  return ![...turn, ...passed].some((p) => p.rows.some((r) => ids.has(r.id)));
}

const scopeKey = (device: DeviceIdentity): string => `${device.role}:${device.townshipId ?? ''}`;

export class DocumentStore {
  /** Pushes per collection, one turn at a time in this instance (see the top). */
  private readonly turns = new WriteGroups<PendingPush, PushOutcome>({
    joins: joinsTurn,
    run: (collection, pushes) => this.writeTurn(collection, pushes),
  });

  constructor(
    private readonly db: Database,
    private readonly useAppRole: boolean,
    private readonly faults: StoreFaults = {},
  ) {}

  /**
   * Documents after `afterSeq` that the device may read, oldest first, at most `limit`. `unknownValues`
   * (decision 037): per top-level field, coded values the device's app does not know; documents holding
   * one are left out in the query itself, so a batch is still `limit` long while more rows follow and
   * the checkpoint (the last row's seq) moves past them.
   */
  async pull(device: DeviceIdentity, collection: CollectionName, afterSeq: number, limit: number, unknownValues: Readonly<Record<string, readonly string[]>> = {}): Promise<StoredDocument[]> {
    const params: unknown[] = [collection, afterSeq, limit];
    const parameter = (value: unknown): string => `$${params.push(value)}`;
    // The township filter is written out here; RLS applies the same rule.
    const townshipFilter = device.role === 'county' ? '' : `AND (township_id = ${parameter(device.townshipId)} OR township_id IS NULL)`;
    // COALESCE: a document without the field is kept (NOT of a NULL comparison would drop it).
    const valueFilters = Object.entries(unknownValues).filter(([, values]) => values.length > 0)
      .map(([field, values]) => `AND NOT (COALESCE(body->>${parameter(field)}, '') = ANY(${parameter(values)}::text[]))`).join(' ');
    return inScope(this.db, this.useAppRole, scopeOf(device), (tx) =>
      selectDocuments(
        tx,
        `SELECT seq::text AS seq, township_id, body::text AS body FROM documents
         WHERE collection = $1 AND seq > $2 ${townshipFilter} ${valueFilters} ORDER BY documents.seq LIMIT $3`,
        params,
      ),
    );
  }

  /** Every document of a collection with afterSeq < seq <= uptoSeq (the stream hub's read). */
  async range(collection: string, afterSeq: number, uptoSeq: number): Promise<StoredDocument[]> {
    return inScope(this.db, this.useAppRole, countyScope, (tx) =>
      selectDocuments(
        tx,
        `SELECT seq::text AS seq, township_id, body::text AS body FROM documents
         WHERE collection = $1 AND seq > $2 AND seq <= $3 ORDER BY documents.seq`,
        [collection, afterSeq, uptoSeq],
      ),
    );
  }

  async latestSeqs(): Promise<Map<string, number>> {
    return inScope(this.db, this.useAppRole, countyScope, async (tx) => {
      const result = await tx.query<{ collection: string; seq: string }>(
        'SELECT collection, max(seq)::text AS seq FROM documents GROUP BY collection',
      );
      return new Map(result.rows.map((r) => [r.collection, Number(r.seq)]));
    });
  }

  /**
   * `views` (decision 015): how the pushing app may have received each stored document — first as it
   * receives it now (without the fields newer than its protocol), then as older protocols did, for an
   * app updated since it pulled. A push is compared with the stored document in each view; what it
   * writes keeps the stored values of the fields that view hid.
   */
  async push(device: DeviceIdentity, collection: CollectionName, rows: ValidRow[], views: readonly (readonly string[])[] = [[]]): Promise<PushOutcome> {
    return this.turns.submit(collection, { device, rows, views });
  }

  /**
   * One turn: the pushes in one transaction under the collection's lock. When the database refuses the
   * turn (an insert meeting another township's key, see writeRows) each push is written again alone,
   * so only the push at fault is refused and every push stays all or nothing.
   */
  private async writeTurn(collection: string, pushes: PendingPush[]): Promise<Settled<PushOutcome>[]> {
    try {
      return await this.db.transaction((tx) => this.writeInTurn(tx, collection, pushes));
    } catch (error) {
      if (pushes.length === 1) return [{ ok: false, error }];
      const alone: Settled<PushOutcome>[] = [];
      for (const push of pushes) alone.push(...(await this.writeTurn(collection, [push])));
      return alone;
    }
  }

  private async writeInTurn(tx: Queryable, collection: string, pushes: PendingPush[]): Promise<Settled<PushOutcome>[]> {
    // Taken before any seq is drawn and held until commit: see the invariant at the top.
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [WRITE_LOCK_NAMESPACE, collection]);
    const outcomes: Settled<PushOutcome>[] = [];
    // Row-level security reads the scope: the pushes of one township (or the county) at a time.
    const byScope = new Map<string, { push: PendingPush; at: number }[]>();
    for (const [at, push] of pushes.entries()) {
      const group = byScope.get(scopeKey(push.device)) ?? [];
      group.push({ push, at });
      byScope.set(scopeKey(push.device), group);
    }
    for (const group of byScope.values()) {
      await setScope(tx, this.useAppRole, scopeOf(group[0]!.push.device));
      const masters = await readMasters(tx, collection, group.flatMap(({ push }) => push.rows.map((r) => r.id)));
      const writes: Writes = { inserts: [], updates: [] };
      for (const { push, at } of group) {
        try {
          const plan = planPush(push, masters);
          writes.inserts.push(...plan.inserts.map((row) => ({ row, by: push.device.id })));
          writes.updates.push(...plan.updates.map((row) => ({ row, by: push.device.id })));
          outcomes[at] = { ok: true, value: { conflicts: plan.conflicts, ownWrites: plan.ownWrites, written: plan.inserts.length + plan.updates.length } };
        } catch (error) {
          outcomes[at] = { ok: false, error };
        }
      }
      await writeRows(tx, collection, writes);
    }
    await this.faults.beforeCommit?.(collection);
    return outcomes;
  }
}

interface Plan {
  inserts: ValidRow[];
  updates: ValidRow[];
  conflicts: string[];
  ownWrites: Record<string, string>;
}

/** What one push writes against the masters read under the lock; refused whole when it may not touch one. */
function planPush({ device, rows, views }: PendingPush, masters: Map<string, MasterRow>): Plan {
  const forbidden = rows.flatMap((row) => {
    const master = masters.get(row.id);
    const reason = master && masterRefusal(device, master);
    return reason ? [documentProblem(row.index, reason, { id: row.id })] : [];
  });
  if (forbidden.length > 0) throw new SyncFailure('FORBIDDEN_DOCUMENTS', forbidden);
  const plan: Plan = { inserts: [], updates: [], conflicts: [], ownWrites: {} };
  for (const row of rows) {
    const master = masters.get(row.id);
    if (!master) {
      plan.inserts.push(row);
      continue;
    }
    const outcome = compareWithStored(row, master.body, views);
    if (outcome === 'landed') continue;
    else if (outcome.kind === 'update') plan.updates.push(outcome.row);
    else {
      plan.conflicts.push(outcome.master);
      const own = master.own_writes[device.id];
      if (typeof own === 'string') plan.ownWrites[row.id] = own;
    }
  }
  return plan;
}

type Comparison = 'landed' | { kind: 'update'; row: ValidRow } | { kind: 'conflict'; master: string };

/** A pushed row against the stored JSON text, in each view the app may have had of it (S12, S47). */
function compareWithStored(row: ValidRow, body: string, views: readonly (readonly string[])[]): Comparison {
  const stored = JSON.parse(body) as Record<string, unknown>;
  for (const hidden of views) {
    // What this push would store if it came from this view: its own values, the stored ones where it has none.
    const written = keepingFields(row.newDocumentState, stored, hidden);
    // A retry of a write that already landed (lost response): nothing to do, no conflict.
    if (sameContent(stored, written)) return 'landed';
    if (row.assumedMasterState !== undefined && sameContent(withoutFields(stored, hidden), row.assumedMasterState)) {
      return { kind: 'update', row: written === row.newDocumentState ? row : { ...row, newDocumentState: written, text: JSON.stringify(written) } };
    }
  }
  const own = views[0] ?? [];
  return { kind: 'conflict', master: own.length === 0 ? body : JSON.stringify(withoutFields(stored, own)) };
}

async function selectDocuments(tx: Queryable, sql: string, params: unknown[]): Promise<StoredDocument[]> {
  const result = await tx.query<{ seq: string; township_id: string | null; body: string }>(sql, params);
  return result.rows.map((r) => ({ seq: Number(r.seq), townshipId: r.township_id, body: r.body }));
}

async function readMasters(tx: Queryable, collection: string, ids: string[]): Promise<Map<string, MasterRow>> {
  const result = await tx.query<MasterRow>(
    `SELECT id, township_id, owner_role, body::text AS body, own_writes FROM documents WHERE collection = $1 AND id = ANY($2::text[])`,
    [collection, ids],
  );
  return new Map(result.rows.map((r) => [r.id, r]));
}

/** Rows to write, each with the device that pushed it. */
interface Writes {
  inserts: { row: ValidRow; by: string }[];
  updates: { row: ValidRow; by: string }[];
}

/**
 * A part of writeRows with nothing to write is left out, not filtered to nothing: before the table's
 * first ANALYZE the planner ran the update as a scan of the township's every document (index on
 * township, then the pushed rows), even for a push of new records only — 77 ms at 8,000 documents and
 * growing with the table, until autovacuum analysed it (issue 12, P5). `d.id = ANY(ids)` gives the update
 * the primary key to start from whatever the statistics say.
 */
const nothingWritten = 'SELECT NULL::text AS id, NULL::bigint AS seq WHERE false';

/**
 * Inserts the new rows and updates the changed ones in one statement, each with a new seq, and
 * NOTIFYs the highest seq (delivered at commit). Bodies travel as one JSON array, whose elements
 * PostgreSQL's json type keeps as their own text: no per-row escaping on either side. An insert
 * meeting a key the device cannot see (row-level security hid another township's document from
 * readMasters, so no master was found) does nothing and the batch is refused as WRONG_TOWNSHIP.
 */
async function writeRows(tx: Queryable, collection: string, { inserts, updates }: Writes): Promise<number> {
  const writes = [...inserts, ...updates];
  if (writes.length === 0) return 0;
  const rows = writes.map((w) => w.row);
  const result = await tx.query<{ id: string; inserted: boolean }>(
    `WITH u AS (
       SELECT r.id, r.township_id, r.owner_role, r.deleted, r.is_update, r.written_by, r.sent_hash, b.body
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::boolean[], $10::text[]) WITH ORDINALITY AS r(written_by, id, township_id, owner_role, deleted, is_update, sent_hash, n)
       JOIN json_array_elements($8::json) WITH ORDINALITY AS b(body, n) USING (n)
     ), inserted AS (${inserts.length === 0 ? nothingWritten : `
       INSERT INTO documents (collection, id, township_id, owner_role, seq, deleted, body, written_by, own_writes)
       SELECT $1, u.id, u.township_id, u.owner_role, nextval('document_seq'), u.deleted, u.body, u.written_by, jsonb_build_object(u.written_by, u.sent_hash)
       FROM u WHERE NOT u.is_update
       ON CONFLICT (collection, id) DO NOTHING
       RETURNING id, seq`}
     ), updated AS (${updates.length === 0 ? nothingWritten : `
       UPDATE documents AS d SET township_id = u.township_id, owner_role = u.owner_role, seq = nextval('document_seq'),
         deleted = u.deleted, body = u.body, written_by = u.written_by, written_at = now(),
         own_writes = d.own_writes || jsonb_build_object(u.written_by, u.sent_hash)
       FROM u WHERE u.is_update AND d.collection = $1 AND d.id = u.id AND d.id = ANY($3::text[])
       RETURNING d.id, d.seq`}
     ), written AS (
       SELECT id, seq, true AS inserted FROM inserted UNION ALL SELECT id, seq, false FROM updated
     ), notice AS (
       SELECT pg_notify($9, json_build_object('c', $1::text, 's', max(seq))::text) FROM written HAVING count(*) > 0
     )
     SELECT id, inserted FROM written LEFT JOIN notice ON true`,
    [
      collection,
      writes.map((w) => w.by),
      rows.map((r) => r.id),
      rows.map((r) => r.townshipId),
      rows.map((r) => r.ownerRole),
      rows.map((r) => r.deleted),
      rows.map((_, i) => i >= inserts.length),
      `[${rows.map((r) => r.text).join(',')}]`,
      DOCUMENTS_CHANNEL,
      rows.map((r) => r.sentHash),
    ],
  );
  const insertedCount = result.rows.filter((r) => r.inserted).length;
  if (insertedCount < inserts.length) {
    const inserted = new Set(result.rows.filter((r) => r.inserted).map((r) => r.id));
    const hidden = inserts.map((w) => w.row).filter((r) => !inserted.has(r.id));
    throw new SyncFailure('FORBIDDEN_DOCUMENTS', hidden.map((r) => documentProblem(r.index, 'WRONG_TOWNSHIP', { id: r.id })));
  }
  return result.rows.length;
}
