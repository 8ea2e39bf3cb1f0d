// [C13] A push row is sent only while it is the record's state now (issue 13, seed 0xbde65f68).
import { describe, expect, it } from 'vitest';
import type { SyncDocument } from '#shared/sync/index';
import { checkPushRows } from './current-push-rows';

const state = (summary: string): SyncDocument => ({ id: 'case-1', summary, status: 'accepted', _deleted: false });
const created = state('纠纷');
const edited = state('改 1');
const localCopy = (doc: SyncDocument) => new Map([[doc.id, { ...doc, _rev: '3-x', _meta: { lwt: 1 } }]]);

describe('checkPushRows [C13]', () => {
  it('keeps back the first copy a PC received when a pull brought the other PC\'s edit before the push went (seed 0xbde65f68)', () => {
    // RxDB read the row while the copy was the created state, then a pull wrote the edit and noted it as assumed.
    const checked = checkPushRows([{ newDocumentState: created, assumedMasterState: edited }], localCopy(edited), new Map([[edited.id, edited]]));
    expect(checked.send).toEqual([]);
    expect(checked.stale).toEqual([created]);
  });

  it('keeps back a row the official has edited again since (the newer edit is pushed on its own)', () => {
    const again = state('改 2');
    const checked = checkPushRows([{ newDocumentState: edited, assumedMasterState: created }], localCopy(again), new Map([[created.id, created]]));
    expect(checked.stale).toEqual([edited]);
    expect(checked.send).toEqual([]);
  });

  it('sends a row that is the record now, against the state RxDB assumed when the edit was made', () => {
    const row = { newDocumentState: edited, assumedMasterState: created };
    expect(checkPushRows([row], localCopy(edited), new Map([[created.id, created]]))).toEqual({ send: [row], stale: [], held: [] });
    const first = { newDocumentState: created };
    expect(checkPushRows([first], localCopy(created), new Map())).toEqual({ send: [first], stale: [], held: [] });
  });

  it('sends nothing for a row a pull has since found on the server as it is', () => {
    const checked = checkPushRows([{ newDocumentState: edited, assumedMasterState: created }], localCopy(edited), new Map([[edited.id, edited]]));
    expect(checked).toEqual({ send: [], stale: [], held: [edited.id] });
  });

  it('compares content only: key order and RxDB\'s own fields do not make a row stale', () => {
    const reordered = { _deleted: false, status: 'accepted', summary: '改 1', id: 'case-1' } as SyncDocument;
    const checked = checkPushRows([{ newDocumentState: reordered, assumedMasterState: created }], localCopy(edited), new Map([[created.id, created]]));
    expect(checked.send).toHaveLength(1);
  });

  it('treats a record missing locally as stale (nothing of it is sent)', () => {
    const checked = checkPushRows([{ newDocumentState: edited }], new Map(), new Map());
    expect(checked.stale).toEqual([edited]);
  });
});
