// Turns a push body into rows the store may write, or refuses the whole batch: 413 when it is
// too big, 400 with a reason per bad row, 403 when the device may not write a row. Nothing of a
// refused batch is written, because this runs before the transaction opens.
import type { CollectionName } from '#shared/domain/schemas/index';
import { unstorableTextPaths } from '#shared/domain/text/storable-text';
import { textHash } from '#shared/sync/content-equal';
import { documentProblem, syncLimits, type DeviceRole, type DocumentProblem } from '#shared/sync/index';
import { SyncFailure } from './failure';
import { documentOwnerRole, documentTownship, writeRefusal, type DeviceIdentity } from './rights';
import type { DocumentValidator } from './validate';

export interface ValidRow {
  index: number;
  id: string;
  newDocumentState: Record<string, unknown>;
  assumedMasterState?: Record<string, unknown>;
  /** newDocumentState as JSON text: what is stored, unchanged. */
  text: string;
  /** [S53] sentHash of the state as the device sent it (kept even when an older app's push is completed). */
  sentHash: string;
  townshipId: string | null;
  ownerRole: DeviceRole;
  deleted: boolean;
}

/** Problems listed in one answer; a hostile batch of 500 bad rows still gets a bounded reply. */
const MAX_PROBLEMS = 100;
/** Unstorable fields named per document; one is enough to find the record, five to see a pattern. */
const MAX_TEXT_PROBLEMS_PER_DOCUMENT = 5;

/** 'parties.0.name' → '/parties/0/name' (the JSON pointer SCHEMA problems use too). */
const pointerOf = (dotted: string): string => `/${dotted.split('.').join('/')}`;

/**
 * What JSON.stringify writes for the characters of S39: U+0000 as \u0000 and a lone surrogate as
 * \udXXX (well-formed JSON.stringify, ES2019), in keys as in values. A text without this pattern holds
 * no unstorable character; one with it (also `\\u0000`, a backslash typed before "u0000", or an escaped
 * pair) is walked value by value. One regex over the text instead of one per string (issue 12, P5).
 */
const escapedUnstorable = /\\u(?:0000|d[89a-f])/i;

/**
 * [S39] Text PostgreSQL cannot store (U+0000, lone surrogates) anywhere in the document, id and keys
 * included. Checked before anything reaches SQL: the database would answer 22P05/22P02/22021, a 500
 * that every retry of the batch meets again. assumedMasterState is only compared, never stored.
 */
function textProblems(doc: Record<string, unknown>, text: string, index: number, id: string | undefined): DocumentProblem[] {
  if (!escapedUnstorable.test(text)) return [];
  return unstorableTextPaths(doc)
    .slice(0, MAX_TEXT_PROBLEMS_PER_DOCUMENT)
    .map((path) => documentProblem(index, 'TEXT_UNSTORABLE', { ...(id === undefined ? {} : { id }), path: pointerOf(path) }));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const rowKeys = new Set(['newDocumentState', 'assumedMasterState']);

/** A row's problems; without any, its document's JSON text (what is stored, and what sentHash is taken of). */
function checkRow(row: unknown, index: number, validate: DocumentValidator): { problems: DocumentProblem[]; text?: string } {
  if (!isObject(row) || !isObject(row.newDocumentState) || Object.keys(row).some((k) => !rowKeys.has(k))) {
    return { problems: [documentProblem(index, 'ROW_SHAPE')] };
  }
  const doc = row.newDocumentState;
  const id = typeof doc.id === 'string' ? doc.id : undefined;
  const text = JSON.stringify(doc);
  const unstorable = textProblems(doc, text, index, id);
  const schema = validate(doc).map((p) => documentProblem(index, 'SCHEMA', { id, path: p.path, message: `记录不符合数据格式：${p.path} ${p.message}` }));
  if (unstorable.length > 0 || schema.length > 0) return { problems: [...unstorable, ...schema] };
  const assumed = row.assumedMasterState;
  if (assumed !== undefined && (!isObject(assumed) || assumed.id !== doc.id)) return { problems: [documentProblem(index, 'ID_MISMATCH', { id })] };
  return { problems: [], text };
}

export function readPushRows(body: unknown, collection: CollectionName, device: DeviceIdentity, validate: DocumentValidator): ValidRow[] {
  if (!Array.isArray(body)) throw new SyncFailure('INVALID_REQUEST', { expected: 'array of {assumedMasterState?, newDocumentState}' });
  if (body.length > syncLimits.maxPushRows) throw new SyncFailure('BATCH_TOO_LARGE', { rows: body.length, maxRows: syncLimits.maxPushRows });

  const problems: DocumentProblem[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  // Stops at MAX_PROBLEMS: the answer lists no more, so the rest of a bad batch is not examined.
  for (let index = 0; index < body.length && problems.length < MAX_PROBLEMS; index++) {
    const row: unknown = body[index];
    const checked = checkRow(row, index, validate);
    problems.push(...checked.problems);
    if (checked.text === undefined) continue;
    texts[index] = checked.text;
    const id = String((row as { newDocumentState: { id: string } }).newDocumentState.id);
    if (seen.has(id)) problems.push(documentProblem(index, 'DUPLICATE_IN_BATCH', { id }));
    seen.add(id);
  }
  if (problems.length > 0) throw new SyncFailure('INVALID_DOCUMENTS', problems.slice(0, MAX_PROBLEMS));

  const rows = (body as { newDocumentState: Record<string, unknown>; assumedMasterState?: Record<string, unknown> }[]).map(
    (row, index): ValidRow => {
      const text = texts[index] as string;
      return {
        index,
        id: row.newDocumentState.id as string,
        newDocumentState: row.newDocumentState,
        ...(row.assumedMasterState === undefined ? {} : { assumedMasterState: row.assumedMasterState }),
        text,
        sentHash: textHash(text),
        townshipId: documentTownship(collection, row.newDocumentState),
        ownerRole: documentOwnerRole(collection, row.newDocumentState),
        deleted: row.newDocumentState._deleted === true,
      };
    },
  );
  const forbidden = rows.flatMap((row) => {
    const reason = writeRefusal(device, collection, row.newDocumentState);
    return reason ? [documentProblem(row.index, reason, { id: row.id })] : [];
  });
  if (forbidden.length > 0) throw new SyncFailure('FORBIDDEN_DOCUMENTS', forbidden.slice(0, MAX_PROBLEMS));
  return rows;
}
