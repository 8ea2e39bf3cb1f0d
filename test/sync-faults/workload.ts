// What the seeded devices write: new cases, edits and deletions of their own cases, and names
// added to a case every device of the township shares (so pushes conflict and must merge).
import { mediationCase } from '../../server/testing/documents';
import type { Random } from './random';
import type { SyncDocument } from '#shared/sync/index';
import type { Intent } from './harness';
import type { RawReplica } from './raw-replica';

const words = '邻里宅基地土地承包婚姻家庭继承赡养债务损害赔偿劳务合同山林水利村务管理相邻通行排水采光';

/** A summary of 1–1,500 characters, so documents (and where cuts fall in them) vary in size. */
export function summaryText(random: Random): string {
  const length = random.chance(0.2) ? random.int(300, 1500) : random.int(1, 80);
  let text = '';
  for (let i = 0; i < length; i++) text += words[random.int(0, words.length - 1)];
  return text;
}

export const sharedCaseId = (township: string) => `shared-${township}`;

export const sharedCase = (township: string): SyncDocument => mediationCase(sharedCaseId(township), township, { mediators: ['王五'] });

export interface Writer {
  replica: RawReplica;
  township: string;
  /** Ids of this device's own cases, in creation order. */
  own: string[];
  deleted: Set<string>;
  namesAdded: number;
  created: number;
}

export const writer = (replica: RawReplica, township: string): Writer => ({ replica, township, own: [], deleted: new Set(), namesAdded: 0, created: 0 });

/** One local write by `w`, chosen by the seed; recorded in `intent`. */
export function randomWrite(random: Random, w: Writer, intent: Intent, options: { createOnly?: boolean } = {}): void {
  const live = w.own.filter((id) => !w.deleted.has(id));
  const shared = w.replica.get(sharedCaseId(w.township));
  const roll = random.next();
  if (live.length === 0 || roll < 0.4 || options.createOnly) {
    const id = `${w.replica.name}-${++w.created}`;
    const doc = mediationCase(id, w.township, { summary: summaryText(random) });
    w.own.push(id);
    w.replica.write(doc);
    intent.wrote(doc);
  } else if (roll < 0.75 || !shared || w.namesAdded >= 2) {
    const id = random.pick(live);
    const doc = { ...(w.replica.get(id) as SyncDocument), summary: summaryText(random), status: random.pick(['accepted', 'mediating']) };
    w.replica.write(doc);
    intent.wrote(doc);
  } else if (roll < 0.85) {
    const id = random.pick(live);
    const doc = { ...(w.replica.get(id) as SyncDocument), _deleted: true };
    w.deleted.add(id);
    w.replica.write(doc);
    intent.wrote(doc);
  } else {
    const name = `${w.replica.name}-调解员${++w.namesAdded}`;
    const mediators = [...((shared.mediators ?? []) as string[]), name];
    w.replica.write({ ...shared, mediators });
    intent.added(shared.id, name);
  }
}
