// [C10] States this device pushed that RxDB has not noted as the server's (connection cut after the
// server wrote, app closed before the answer or before RxDB stored it). RxDB then still believes the server holds the state before
// them, so the next push of a later edit is refused with the device's OWN earlier state as the
// server's. Merged against the old state, a field the official set back looks unchanged here and
// the earlier value would win; merged against the server's state (which is ours), the later edit wins.
import { contentHash } from './content-equal';

/** Per record id, the content hashes of states pushed and not yet noted by RxDB, in the order sent. */
export type UnansweredStates = Map<string, string[]>;

/** A record re-sent this often without an answer keeps its latest states only. */
export const MAX_UNANSWERED_PER_RECORD = 16;

type Doc = { id: string };

/** Before a push: remembers each row's state. True when something new was remembered. */
export function rememberSent(states: UnansweredStates, docs: readonly Doc[]): boolean {
  let changed = false;
  for (const doc of docs) {
    const hash = contentHash(doc);
    const known = states.get(doc.id) ?? [];
    if (known.includes(hash)) continue;
    states.set(doc.id, [...known, hash].slice(-MAX_UNANSWERED_PER_RECORD));
    changed = true;
  }
  return changed;
}

/**
 * Forgets what RxDB itself now knows the server holds. `assumed` is RxDB's assumed master state per
 * record (its replication meta, written only AFTER the push handler returned an answer, and never
 * when the replication was cancelled meanwhile, as when the app closes). When that state is one of a
 * record's remembered states, it and every state sent before it are forgotten: the server holds it
 * or a later write. An answer alone forgets nothing: until RxDB noted it, a restart would push against
 * the old state again (issue 13, seed 0x2b086712). True when something was forgotten.
 */
export function settleAssumed(states: UnansweredStates, assumed: ReadonlyMap<string, unknown>): boolean {
  let changed = false;
  for (const [id, doc] of assumed) {
    const known = states.get(id);
    const at = known?.indexOf(contentHash(doc)) ?? -1;
    if (!known || at < 0) continue;
    const left = known.slice(at + 1);
    if (left.length > 0) states.set(id, left);
    else states.delete(id);
    changed = true;
  }
  return changed;
}

/** Whether the server's state of a record is one this device pushed without hearing the answer. */
export function isOwnUnanswered(states: UnansweredStates, serverState: Doc): boolean {
  return states.get(serverState.id)?.includes(contentHash(serverState)) ?? false;
}

/**
 * The state a refused push merges against: the server's own state when it is this device's
 * unanswered write (every field then takes the device's later value), else what the device
 * believed the server had.
 */
export function mergeBaseOf<T>(input: { assumedMasterState?: T; realMasterState: T }, ownUnanswered: boolean): T | undefined {
  return ownUnanswered ? input.realMasterState : input.assumedMasterState;
}
