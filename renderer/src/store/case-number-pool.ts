// The numbers an enrolled device holds for one series (township, kind, year): blocks the county
// server reserved, kept in a local document (docs/decisions/008). Changes go through
// incrementalModify, so two tabs never take the same number, and a block lands only if its
// request is still the pending one, so an answer that arrives twice is counted once.
import type { CaseNumberBlock } from '#shared/sync/index';
import { modifyLocal } from './counter';
import type { TaizhangDatabase } from './database';
import type { NumberedKind } from './rules';

interface Range {
  first: number;
  last: number;
}

/** A reservation asked for and not yet answered: retried with the same requestId until it is. */
export interface PendingReservation {
  requestId: string;
  count: number;
  knownMax: number;
}

interface PoolData {
  blocks: Range[];
  pending?: PendingReservation;
}

export const poolId = (townshipId: string, kind: NumberedKind, year: number): string => `caseNumberPool:${townshipId}:${kind}:${year}`;

const modifyPool = <T>(db: TaizhangDatabase, id: string, change: (data: PoolData) => { data: PoolData; result: T }): Promise<T> =>
  modifyLocal<PoolData, T>(db, id, { blocks: [] }, change);

export async function poolRemaining(db: TaizhangDatabase, id: string): Promise<number> {
  const doc = await db.getLocal<PoolData>(id);
  const blocks = (doc?.get('blocks') as Range[] | undefined) ?? [];
  return blocks.reduce((sum, block) => sum + block.last - block.first + 1, 0);
}

/** Takes up to `count` numbers, lowest first; fewer (maybe none) when the pool runs dry. */
export function takeFromPool(db: TaizhangDatabase, id: string, count: number): Promise<number[]> {
  return modifyPool(db, id, (data) => {
    const taken: number[] = [];
    const blocks = data.blocks.map((block) => ({ ...block }));
    while (taken.length < count && blocks.length > 0) {
      const block = blocks[0] as Range;
      taken.push(block.first);
      block.first += 1;
      if (block.first > block.last) blocks.shift();
    }
    return { data: { ...data, blocks }, result: taken };
  });
}

/** The pending reservation of the series, made now if there is none (its id is kept before the call). */
export function pendingReservation(db: TaizhangDatabase, id: string, wanted: Omit<PendingReservation, 'requestId'>, newId: () => string): Promise<PendingReservation> {
  return modifyPool(db, id, (data) => {
    const pending = data.pending ?? { requestId: newId(), ...wanted };
    return { data: { ...data, pending }, result: pending };
  });
}

/** Adds the answered block once: only while its request is the pending one. Returns whether it was added. */
export function addBlock(db: TaizhangDatabase, id: string, block: CaseNumberBlock): Promise<boolean> {
  return modifyPool(db, id, (data) => {
    if (data.pending?.requestId !== block.requestId) return { data, result: false };
    const blocks = [...data.blocks, { first: block.first, last: block.last }].sort((a, b) => a.first - b.first);
    return { data: { blocks }, result: true };
  });
}

/** The server refused the pending request for good (e.g. its id was reused): the next try makes a new one. */
export function dropPending(db: TaizhangDatabase, id: string, requestId: string): Promise<void> {
  return modifyPool(db, id, (data) => ({
    data: data.pending?.requestId === requestId ? { blocks: data.blocks } : data,
    result: undefined,
  }));
}
