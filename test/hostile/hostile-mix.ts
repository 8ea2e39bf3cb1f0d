// What the hostile suite sends: one seeded request at a time, each with the answers it may get.
// Valid sync traffic is mixed with junk, so "nothing half-written" and "the PCs keep syncing" are
// checked under load, not beside it.
import type { Random } from '../sync-faults/random';
import { mediationCase } from '../../server/testing/documents';

export type OpKind =
  | 'validPush'
  | 'retryPush'
  | 'pull'
  | 'badRowPush'
  | 'junkItems'
  | 'junkKeys'
  | 'junkDepth'
  | 'badJson'
  | 'wrongHeaders'
  | 'unknownToken'
  | 'badEnroll'
  | 'hostileQuery'
  | 'unknownPath'
  | 'headStream'
  | 'abortedPush'
  | 'hugeHeader'
  | 'malformedRequest'
  | 'unmetExpectation'
  | 'trickledEnroll';

/** Relative frequencies: most traffic is what PCs send; every kind of junk comes by the hundred. */
export const opWeights: Record<OpKind, number> = {
  validPush: 18,
  retryPush: 3,
  pull: 18,
  badRowPush: 10,
  junkItems: 1,
  junkKeys: 1,
  junkDepth: 2,
  badJson: 6,
  wrongHeaders: 4,
  unknownToken: 8,
  badEnroll: 4,
  hostileQuery: 4,
  unknownPath: 3,
  headStream: 2,
  abortedPush: 2,
  hugeHeader: 1,
  malformedRequest: 1,
  unmetExpectation: 1,
  trickledEnroll: 0.3,
};

export interface Devices {
  townships: { townshipId: string; headers: Record<string, string> }[];
}

/** A documents' batch the suite tracks: written whole on 200, else not at all. */
export interface TrackedBatch {
  ids: string[];
  body: string;
}

export const docId = (seedHex: string, op: number, row: number) => `hx-${seedHex}-${op}-${row}`;

export function validBatch(random: Random, seedHex: string, op: number, townshipId: string): TrackedBatch {
  const rows = Array.from({ length: random.int(1, 5) }, (_, row) => ({ newDocumentState: mediationCase(docId(seedHex, op, row), townshipId) }));
  return { ids: rows.map((r) => r.newDocumentState.id), body: JSON.stringify(rows) };
}

/** A batch with valid rows and one bad one, in a random place; nothing of it may be stored. */
export function batchWithBadRow(random: Random, seedHex: string, op: number, townshipId: string): TrackedBatch & { status: number } {
  const flaw = random.pick(['schema', 'unknownField', 'rxdbField', 'otherTownship', 'duplicate', 'rowShape', 'unstorableText'] as const);
  // A duplicate needs a row before it to repeat.
  const size = random.int(flaw === 'duplicate' ? 2 : 1, 5);
  const bad = random.int(flaw === 'duplicate' ? 1 : 0, size - 1);
  const rows: unknown[] = [];
  const ids: string[] = [];
  for (let row = 0; row < size; row++) {
    const id = docId(seedHex, op, row);
    ids.push(id);
    const doc = mediationCase(id, townshipId);
    if (row !== bad) rows.push({ newDocumentState: doc });
    else if (flaw === 'schema') rows.push({ newDocumentState: { ...doc, status: 'lost', caseYear: '二〇二六' } });
    else if (flaw === 'unknownField') rows.push({ newDocumentState: { ...doc, secret: random.int(0, 9) } });
    else if (flaw === 'rxdbField') rows.push({ newDocumentState: { ...doc, _rev: '1-abc', _meta: { lwt: 1 } } });
    else if (flaw === 'otherTownship') rows.push({ newDocumentState: mediationCase(id, 'fuxing') });
    else if (flaw === 'duplicate') rows.push({ newDocumentState: mediationCase(ids[0] ?? id, townshipId) });
    // Issue 8's reproductions: text PostgreSQL cannot store (S39, TEXT_UNSTORABLE).
    else if (flaw === 'unstorableText') rows.push({ newDocumentState: { ...doc, summary: random.pick(['a\u0000b', 'abc\ud800', '\udc00x']) } });
    else rows.push({ doc });
  }
  return { ids, body: JSON.stringify(rows), status: flaw === 'otherTownship' ? 403 : 400 };
}

/** `count` array items in one document's mediators (limit 20), written as text, never as objects. */
export function junkItemsBody(seedHex: string, op: number, townshipId: string, count: number): string {
  const doc = JSON.stringify(mediationCase(docId(seedHex, op, 0), townshipId));
  return `[{"newDocumentState":${doc.replace('"mediators":["王五"]', `"mediators":[${'0,'.repeat(count - 1)}0]`)}}]`;
}

export function junkKeysBody(seedHex: string, op: number, townshipId: string, count: number): string {
  const doc = JSON.stringify(mediationCase(docId(seedHex, op, 0), townshipId));
  const keys = Array.from({ length: count }, (_, i) => `"k${i}":0`).join(',');
  return `[{"newDocumentState":{${keys},${doc.slice(1)}}]`;
}

export function junkDepthBody(random: Random): string {
  const depth = random.int(17, 200_000);
  return random.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

export function badJsonBody(random: Random, seedHex: string, op: number, townshipId: string): string | Buffer {
  const text = JSON.stringify([{ newDocumentState: mediationCase(docId(seedHex, op, 0), townshipId) }]);
  switch (random.int(0, 4)) {
    case 0:
      return text.slice(0, random.int(1, text.length - 1));
    case 1:
      return `[{"newDocumentState":{"__proto__":{"admin":true},"id":"${docId(seedHex, op, 0)}"}}]`;
    case 2:
      return '[{"newDocumentState":{"constructor":{"prototype":{"x":1}}}}]';
    case 3:
      return Buffer.from([0x5b, 0xff, 0xfe, 0x5d]);
    default:
      return '';
  }
}

export function hostileQuery(random: Random): { query: string; status: number } {
  return random.pick([
    { query: 'batchSize=1&checkpoint=1e309', status: 400 },
    { query: 'batchSize=1&checkpoint=-5', status: 400 },
    { query: 'batchSize=1&checkpoint=1&checkpoint=2', status: 400 },
    { query: 'batchSize=1001', status: 400 },
    { query: 'batchSize=0', status: 400 },
    { query: `batchSize=1&checkpoint=${'9'.repeat(400)}`, status: 400 },
    { query: `batchSize=${'%'.repeat(300)}`, status: 400 },
  ]);
}

/** A loopback address other than 127.0.0.1 (Linux answers all of 127/8): another attacker. */
export const randomLoopback = (random: Random): string => `127.${random.int(1, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;

/** Sizes of the prepared junk bodies: the issue's 4,000,000 items (8 MB), 700,000 keys, and smaller. */
export const junkItemCounts = [4_000_000, 1_000_000, 50_000, 1_001];
export const junkKeyCounts = [700_000, 100_000, 101];
