// Where a new case's 案号 comes from (docs/decisions/008):
// - standalone (never enrolled, or left sync): this device's own counter (case-numbers.ts);
// - enrolled: blocks the county server reserved for the township (case-number-pool.ts), topped
//   up while online; when none is left and the server cannot be reached, a 临时案号 that the next
//   top-up replaces (case-number-provisional.ts).
// The mode is kept in the database, so a restart offline never falls back to the device counter.
import { v7 as uuidv7 } from 'uuid';
import { caseNumberLimits, type CaseNumberReserver, type SyncErrorCode } from '#shared/sync/index';
import { counterId, type CaseNumber } from './case-numbers';
import { addBlock, dropPending, pendingReservation, poolId, poolRemaining, takeFromPool } from './case-number-pool';
import { counterLast, modifyLocal } from './counter';
import type { TaizhangDatabase } from './database';
import { caseNumberOf } from '#shared/domain/case-number';
import type { NumberedKind } from './rules';

export interface CaseNumberRequest {
  kind: NumberedKind;
  townshipId: string;
  townshipShortName: string;
  year: number;
  count: number;
}

export interface CaseNumberOptions {
  /** Numbers asked for per reservation. */
  blockSize: number;
  /** Below this many numbers left in the current year's series, a top-up reserves another block. */
  lowWater: number;
  /** How long a save waits for the server before it takes a provisional number. */
  reserveTimeoutMs: number;
  newRequestId: () => string;
}

export const defaultCaseNumberOptions: CaseNumberOptions = { blockSize: 10, lowWater: 3, reserveTimeoutMs: 4000, newRequestId: uuidv7 };

export type NumberingMode = 'device' | 'blocks';

export interface ProvisionalEntry {
  kind: NumberedKind;
  townshipId: string;
  year: number;
  caseNumber: string;
}

interface NumberingState {
  mode: NumberingMode;
  /** Provisional numbers handed out and not yet replaced, written before the record (see provisional). */
  provisional: ProvisionalEntry[];
}

const STATE_ID = 'caseNumbering';
const initialState: NumberingState = { mode: 'device', provisional: [] };

export const modifyNumbering = <T>(db: TaizhangDatabase, change: (data: NumberingState) => { data: NumberingState; result: T }): Promise<T> =>
  modifyLocal<NumberingState, T>(db, STATE_ID, initialState, change);

export async function numberingState(db: TaizhangDatabase): Promise<NumberingState> {
  const doc = await db.getLocal<NumberingState>(STATE_ID);
  return doc ? (doc.toJSON().data as NumberingState) : initialState;
}

/** Codes after which the same request must not be sent again. */
const finalRefusals: readonly string[] = ['CASE_NUMBER_REQUEST_REUSED'] satisfies SyncErrorCode[];

/** The server side of numbering: reservations, single-flight per series, bounded by a timeout for saves. */
/** Why the last reservation failed, for the sync status (the save itself never waits on it). */
export interface ReservationFailure {
  code: string;
  message: string;
}

export class BlockReservations {
  private reserver: CaseNumberReserver | null = null;
  private readonly inFlight = new Map<string, Promise<boolean>>();
  /** Set by a failed reservation, cleared by one that succeeds. */
  lastFailure: ReservationFailure | undefined;

  constructor(
    private readonly db: TaizhangDatabase,
    private readonly options: CaseNumberOptions,
  ) {}

  setReserver(reserver: CaseNumberReserver | null): void {
    this.reserver = reserver;
  }

  get online(): boolean {
    return this.reserver !== null;
  }

  /**
   * Reserves a block for the series unless one is already on its way; true when numbers were added.
   * A pending request (asked before, answer lost) is sent again with its own id and size.
   */
  reserve(kind: NumberedKind, townshipId: string, year: number, count: number): Promise<boolean> {
    const id = poolId(townshipId, kind, year);
    const running = this.inFlight.get(id);
    if (running) return running;
    const reserver = this.reserver;
    if (!reserver) return Promise.resolve(false);
    const attempt = (async () => {
      const knownMax = await counterLast(this.db, counterId(townshipId, kind, year));
      const pending = await pendingReservation(this.db, id, { count, knownMax }, this.options.newRequestId);
      try {
        const block = await reserver({ requestId: pending.requestId, kind, year, count: pending.count, knownMax: pending.knownMax, townshipId });
        this.lastFailure = undefined;
        return await addBlock(this.db, id, block);
      } catch (error) {
        const code = (error as { code?: string }).code;
        // A refusal carries the server's code and Chinese message; a network failure neither.
        this.lastFailure = code ? { code, message: (error as Error).message } : { code: 'SERVER_UNREACHABLE', message: '无法连接县服务器' };
        if (finalRefusals.includes(code ?? '')) await dropPending(this.db, id, pending.requestId);
        return false;
      }
    })()
      // Offline, refused or closing: the caller falls back (provisional numbers); the pending id stays for the retry.
      .catch(() => false)
      .finally(() => this.inFlight.delete(id));
    this.inFlight.set(id, attempt);
    return attempt;
  }

  /** As `reserve`, but gives up waiting after the timeout; a late answer still fills the pool. */
  async reserveWithin(kind: NumberedKind, townshipId: string, year: number, count: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.reserveTimeoutMs);
    });
    try {
      return await Promise.race([this.reserve(kind, townshipId, year, count), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves when no reservation is on its way. */
  async settle(): Promise<void> {
    await Promise.all([...this.inFlight.values()]);
  }

  remaining(kind: NumberedKind, townshipId: string, year: number): Promise<number> {
    return poolRemaining(this.db, poolId(townshipId, kind, year));
  }

  take(kind: NumberedKind, townshipId: string, year: number, count: number): Promise<number[]> {
    return takeFromPool(this.db, poolId(townshipId, kind, year), count);
  }
}

/** Numbers from the series' pool, reserving more now when it is short; fewer when the server cannot be reached. */
export async function numbersFromBlocks(
  db: TaizhangDatabase,
  blocks: BlockReservations,
  request: CaseNumberRequest,
  options: CaseNumberOptions,
): Promise<CaseNumber[]> {
  const { kind, townshipId, townshipShortName, year } = request;
  const numbers: CaseNumber[] = [];
  // Each round either fills the request or reserves a fresh block (the server's counter only grows), so it ends.
  while (numbers.length < request.count) {
    const seqs = await blocks.take(kind, townshipId, year, request.count - numbers.length);
    const candidates = seqs.map((seq) => caseNumberOf({ kind, year, townshipShortName, seq }));
    // A number already on this device (a record pulled from a device numbering on its own) is skipped.
    const taken = new Set((await db[kind].find({ selector: { caseNumber: { $in: candidates.map((n) => n.caseNumber) } } }).exec()).map((d) => d.caseNumber));
    numbers.push(...candidates.filter((n) => !taken.has(n.caseNumber)));
    const missing = request.count - numbers.length;
    if (missing === 0) break;
    const size = Math.min(caseNumberLimits.maxBlock, Math.max(missing + options.lowWater, options.blockSize));
    if (!(await blocks.reserveWithin(kind, townshipId, year, size))) break;
  }
  return numbers;
}
