// [C10] States this device pushed without hearing the answer (connection cut after the server
// wrote, app closed before the answer). RxDB then still believes the server holds the state before
// them, so the next push of a later edit is refused with the device's OWN earlier state as the
// server's. Merged against the old state, a field the official set back looks unchanged here and
// the earlier value would win; merged against the server's state (which is ours), the later edit wins.
import { contentHash } from './content-equal';

/** Per record id, the content hashes of states pushed and not yet answered. */
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
 * After the answer: a row the server took confirms its record (no earlier state of ours can come
 * back as the server's any more); a refused row's state was not written, but the record's earlier
 * unanswered states stay for the merge that follows. True when something was forgotten.
 */
export function settleAnswer(states: UnansweredStates, sent: readonly Doc[], refusedIds: ReadonlySet<string>): boolean {
  let changed = false;
  for (const doc of sent) {
    const known = states.get(doc.id);
    if (!known) continue;
    const left = refusedIds.has(doc.id) ? known.filter((hash) => hash !== contentHash(doc)) : [];
    if (left.length === known.length) continue;
    if (left.length > 0) states.set(doc.id, left);
    else states.delete(doc.id);
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
