// [C10] States this device pushed that RxDB has not noted as the server's (connection cut after the
// server wrote, app closed before the answer or before RxDB stored it). RxDB then still believes the server holds the state before
// them, so the next push of a later edit is refused with the device's OWN earlier state as the
// server's, or with another PC's edit made on top of it. Merged against the old state, a field the
// official set back looks unchanged here and the earlier value would win; merged against the state
// the device last wrote there (named by the server, S53), the later edit wins.
import { contentHash, sentHash } from './content-equal';

/** One state pushed and not yet noted by RxDB. */
export interface SentState {
  /** contentHash: recognises the state whatever key order it comes back in. */
  content: string;
  /** sentHash of the text sent (S53); absent in states kept before decision 043. */
  sent?: string;
  /** The state itself as the app sealed it (it holds personal fields: encrypted at rest, R7). */
  sealed?: string;
}

/** Per record id, the states pushed and not yet noted by RxDB, in the order sent. */
export type UnansweredStates = Map<string, SentState[]>;

/** A record re-sent this often without an answer keeps its latest states only. */
export const MAX_UNANSWERED_PER_RECORD = 16;

type Doc = { id: string };

/** What to remember of `doc`: its fingerprints and the copy the app sealed. */
export const sentStateOf = (doc: unknown, sealed?: string): SentState => ({
  content: contentHash(doc),
  sent: sentHash(doc),
  ...(sealed === undefined ? {} : { sealed }),
});

/** The docs whose state is not remembered yet (only these need sealing). */
export function notRemembered<T extends Doc>(states: UnansweredStates, docs: readonly T[]): T[] {
  return docs.filter((doc) => {
    const hash = contentHash(doc);
    return !(states.get(doc.id) ?? []).some((state) => state.content === hash);
  });
}

/** Before a push: remembers each row's state. True when something new was remembered. */
export function rememberSent(states: UnansweredStates, sent: readonly { id: string; state: SentState }[]): boolean {
  let changed = false;
  for (const { id, state } of sent) {
    const known = states.get(id) ?? [];
    if (known.some((k) => k.content === state.content)) continue;
    states.set(id, [...known, state].slice(-MAX_UNANSWERED_PER_RECORD));
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
    const hash = contentHash(doc);
    const at = known?.findIndex((state) => state.content === hash) ?? -1;
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
  const hash = contentHash(serverState);
  return states.get(serverState.id)?.some((state) => state.content === hash) ?? false;
}

/**
 * [S53] The sealed copy of the state this device last wrote to record `id`, as the server names it
 * (`sent`), when it is one still unanswered here. While RxDB has not noted any of them, RxDB's
 * assumed state is older than all of them (it keeps a record with local changes out of pulls), so
 * this state is the latest one the server's state and the device's both grew from.
 */
export function sealedOwnWrite(states: UnansweredStates, id: string, sent: string): string | undefined {
  return states.get(id)?.find((state) => state.sent === sent)?.sealed;
}

/** States as kept before decision 043 (content hashes only) and since. */
export function readSentStates(stored: unknown): SentState[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry): SentState[] => {
    if (typeof entry === 'string') return [{ content: entry }];
    if (typeof entry !== 'object' || entry === null || typeof (entry as SentState).content !== 'string') return [];
    const { content, sent, sealed } = entry as SentState;
    return [{ content, ...(typeof sent === 'string' ? { sent } : {}), ...(typeof sealed === 'string' ? { sealed } : {}) }];
  });
}

/**
 * The state a refused push merges against: the state this device last wrote there when the server
 * named it and it is still kept here (S53); else the server's own state when it is this device's
 * unanswered write (every field then takes the device's later value); else what the device believed
 * the server had.
 */
export function mergeBaseOf<T>(input: { assumedMasterState?: T; realMasterState: T }, ownUnanswered: boolean, ownLastWrite?: T): T | undefined {
  if (ownLastWrite !== undefined) return ownLastWrite;
  return ownUnanswered ? input.realMasterState : input.assumedMasterState;
}
