// The field-level changes between two versions of a record, for the 修改记录 shown on its page.
// Personal data (encrypted at rest) must not leak into history: a change there is named, not copied.
import type { RecordHistory } from '#shared/domain/schemas/index';

export type HistoryChange = RecordHistory['changes'][number];

export const PERSONAL_PLACEHOLDER = '（已加密，不记录内容）';
/** The schema's maxLength for `before` / `after`, and maxItems for `changes`. */
const VALUE_MAX = 2000;
const CHANGES_MAX = 500;

/** Fields the store maintains itself; their churn says nothing to the official. */
const ignoredFields = new Set([
  'updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'newestFirstKey', 'searchText', 'partyIdHashes', 'idNumberHash',
  '_rev', '_meta', '_attachments', '_deleted',
]);
const PERSONAL_FIELD = 'personal';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves of a value as dotted paths ('parties.1.name'); an empty array or object counts as a leaf. */
function flatten(value: unknown, path: string, into: Map<string, unknown>): void {
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const)
    : isPlainObject(value) ? Object.entries(value) : undefined;
  if (!entries || entries.length === 0) {
    if (value !== undefined) into.set(path, value);
    return;
  }
  for (const [key, item] of entries) flatten(item, path ? `${path}.${key}` : key, into);
}

const isEmptyContainer = (value: unknown): boolean =>
  (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0);

/** An empty list that gained items (or lost its last) is told by the items' own lines, not as "[] → （空）". */
const replacedByItems = (value: unknown, path: string, otherSide: Map<string, unknown>): boolean =>
  isEmptyContainer(value) && [...otherSide.keys()].some((other) => other.startsWith(`${path}.`));

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text;
}

export function diffRecords(before: Record<string, unknown>, after: Record<string, unknown>): HistoryChange[] {
  const strip = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).filter(([field]) => !ignoredFields.has(field)));
  const old = new Map<string, unknown>();
  const next = new Map<string, unknown>();
  flatten(strip(before), '', old);
  flatten(strip(after), '', next);

  const changes: HistoryChange[] = [];
  for (const path of new Set([...old.keys(), ...next.keys()])) {
    const was = old.get(path);
    const now = next.get(path);
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    if ((now === undefined && replacedByItems(was, path, next)) || (was === undefined && replacedByItems(now, path, old))) continue;
    const change: HistoryChange = { field: path };
    if (path === PERSONAL_FIELD || path.startsWith(`${PERSONAL_FIELD}.`)) {
      if (was !== undefined) change.before = PERSONAL_PLACEHOLDER;
      if (now !== undefined) change.after = PERSONAL_PLACEHOLDER;
    } else {
      const shownBefore = show(was);
      const shownAfter = show(now);
      if (shownBefore !== undefined) change.before = shownBefore;
      if (shownAfter !== undefined) change.after = shownAfter;
    }
    changes.push(change);
  }
  return changes.slice(0, CHANGES_MAX);
}
