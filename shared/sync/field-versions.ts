// Fields a protocol version added to a synced collection, so that the county server keeps
// serving PCs that update late (docs/design.md §5) when a schema grows (decision 015):
// - a PC speaking an older protocol never receives a field it does not know (its schema's root
//   `additionalProperties: false` would refuse the document and stop its pull);
// - a push from such a PC keeps the newer fields the server already holds, so a field filled
//   in on an updated PC is not lost when an old PC edits the same record.
// A field is named by its path through objects ('statement', 'stages.hearingNoticeOn'); a path
// never goes into an array's items (an old PC may reorder or drop items, so they could not be
// matched), and a field added is optional; a test checks every entry with `misplacedPaths`.
import type { CollectionName } from '../domain/schemas/index';

export type FieldsAdded = Readonly<Partial<Record<CollectionName, readonly string[]>>>;

/** Per protocol version, the fields it added. Add a version's entry with the schema bump that adds the fields. */
export const fieldsAddedIn: Readonly<Record<number, FieldsAdded>> = {
  2: {
    enforcementCase: [
      'notice', 'statement', 'hearing', 'collectiveDiscussion', 'evidencePreservation', 'closing',
      'decision.performance', 'decision.remedies', 'decision.agencyName', 'decision.sealedOn',
      'legalReview.firstTime', 'legalReview.legalProfessionQualified',
      'publicity.changedOn', 'publicity.changeKind', 'publicity.withdrawnOn',
    ],
    // Decision 017: what 人民调解法 art. 23–29 and the 卷宗 ask that version 0 could not hold.
    mediationCase: ['legalRepresentatives', 'agreement.originals', 'rightsNotice', 'escalation', 'archive'],
  },
  // Decision 027: the place an on-the-spot penalty was decided (行政处罚法 art. 52).
  3: { enforcementCase: ['decision.place'] },
  // Decision 037: a 普法活动's audience and people reached (only that kind has them).
  4: { studySession: ['audience', 'peopleReached'] },
};

/** Per collection, per top-level field, the coded values a protocol version added. */
export type EnumValuesAdded = Readonly<Partial<Record<CollectionName, Readonly<Record<string, readonly string[]>>>>>;

/**
 * Per protocol version, the new values of a coded field. An older app's schema refuses a document holding
 * one, and hiding the field would not do (it is required), so the server leaves such documents out of that
 * app's pulls, in the query itself (decision 037). Add a version's entry with the schema bump that adds them.
 */
export const enumValuesAddedIn: Readonly<Record<number, EnumValuesAdded>> = {
  4: { studySession: { kind: ['publicLegalEducation'] } },
};

/** Per field of `collection`, the values a PC speaking `protocol` does not know; fields with none left out. */
export function enumValuesNewerThan(collection: CollectionName, protocol: number, table: Readonly<Record<number, EnumValuesAdded>> = enumValuesAddedIn): Record<string, string[]> {
  const newer: Record<string, string[]> = {};
  for (const [version, added] of Object.entries(table)) {
    if (Number(version) <= protocol) continue;
    for (const [field, values] of Object.entries(added[collection] ?? {})) newer[field] = [...(newer[field] ?? []), ...values];
  }
  return newer;
}

type Json = Record<string, unknown>;

/** Documents are JSON values: a copy through JSON is exact. */
const copyJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The paths of `collection` a PC speaking `protocol` does not know, from the table above. */
export function fieldsNewerThan(collection: CollectionName, protocol: number, table: Readonly<Record<number, FieldsAdded>> = fieldsAddedIn): string[] {
  return Object.entries(table).flatMap(([version, added]) => (Number(version) > protocol ? [...(added[collection] ?? [])] : []));
}

/** The object holding the path's last key, and that key; undefined when a parent is missing. */
function parentOf(doc: Json, path: string): { parent: Json; key: string } | undefined {
  const keys = path.split('.');
  const key = keys.pop() ?? path;
  let parent: unknown = doc;
  for (const step of keys) {
    parent = isObject(parent) ? parent[step] : undefined;
  }
  return isObject(parent) ? { parent, key } : undefined;
}

/** A copy of `doc` without `paths` (nested objects copied on the way, the input untouched). */
export function withoutFields<T extends Json>(doc: T, paths: readonly string[]): T {
  if (paths.length === 0) return doc;
  const copy = copyJson(doc);
  for (const path of paths) {
    const at = parentOf(copy, path);
    if (at) delete at.parent[at.key];
  }
  return copy;
}

/**
 * `pushed` (by a PC whose copy came without `paths`) with the values `stored` holds at those paths,
 * where `pushed` has none: an app that does not know a field never sends it, and one that updated
 * since may have filled it in itself. A nested path is carried over only where `pushed` still has
 * its parent object: an old PC that removed the parent removed what was under it.
 */
export function keepingFields<T extends Json>(pushed: T, stored: Json, paths: readonly string[]): T {
  if (paths.length === 0) return pushed;
  const copy = copyJson(pushed);
  for (const path of paths) {
    const from = parentOf(stored, path);
    if (!from || from.parent[from.key] === undefined) continue;
    const to = parentOf(copy, path);
    if (to && to.parent[to.key] === undefined) to.parent[to.key] = copyJson(from.parent[from.key]);
  }
  return copy;
}

/**
 * How a PC speaking `protocol` may have received a stored document, newest first: without the fields
 * newer than its protocol, then — since it may have updated after pulling — without those newer than
 * each older protocol down to `minProtocol`. Repeats are left out; the first is the one it receives now.
 */
export function baseViews(collection: CollectionName, protocol: number, minProtocol: number, table: Readonly<Record<number, FieldsAdded>> = fieldsAddedIn): string[][] {
  const views: string[][] = [];
  for (let version = protocol; version >= minProtocol; version--) {
    const hidden = fieldsNewerThan(collection, version, table);
    if (views.length === 0 || (views.at(-1) ?? []).length !== hidden.length) views.push(hidden);
  }
  return views;
}

/**
 * Paths that cannot be added fields of `schema`: not in it, reached only through an array's items,
 * or required (an older app's push, which cannot hold them, would be refused). Mistakes in the table.
 */
export function misplacedPaths(schema: Json, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    let node: Json = schema;
    for (const key of path.split('.')) {
      if (node.type !== 'object' || !isObject(node.properties)) return true;
      const property = node.properties[key];
      if (!isObject(property)) return true;
      if (Array.isArray(node.required) && node.required.includes(key)) return true;
      node = property;
    }
    return false;
  });
}
