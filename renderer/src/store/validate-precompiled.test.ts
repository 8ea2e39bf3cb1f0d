import { fillWithDefaultSettings, normalizeRxJsonSchema, type RxJsonSchema } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '#shared/domain/draft';
import { collectionSchemas, ledgerKinds, type LedgerKind } from '#shared/domain/schemas/index';
import type { AppStore } from './contract';
import {
  actor, caseReviewDraft, enforcementDraft, expectSaved, mediationDraft, officerDraft, openTestStore, studyDraft,
} from './test-support';
import { findPrecompiledValidator, getPrecompiledValidator } from './validate-precompiled';

/** The schema RxDB hands the storage for a collection (createRxSchema: filled, keys sorted). */
const storageSchemaOf = (schema: unknown) =>
  normalizeRxJsonSchema(fillWithDefaultSettings(schema as RxJsonSchema<unknown>)) as unknown as RxJsonSchema<unknown>;

let store: AppStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

describe('precompiled validators', () => {
  it('exist for every collection of collectionSchemas', () => {
    for (const [name, schema] of Object.entries(collectionSchemas)) {
      expect(findPrecompiledValidator(storageSchemaOf(schema)).title, name).toBe((schema as { title: string }).title);
    }
  });

  it('let a valid record of every ledger kind, its history and the reference data through the store', async () => {
    store = await openTestStore();
    const open = store;
    const enforcement = expectSaved(await open.ledger.create('enforcementCase', enforcementDraft(), actor)).record;
    const drafts: { [K in LedgerKind]: Draft<K> } = {
      mediationCase: mediationDraft(), studySession: studyDraft(), enforcementCase: enforcementDraft(), officer: officerDraft(),
      caseReview: caseReviewDraft({ enforcementCaseId: enforcement.id }),
    };
    for (const kind of ledgerKinds) {
      const saved = expectSaved(await open.ledger.create(kind, drafts[kind] as never, actor)).record;
      expect(await open.ledger.history(saved.id)).toHaveLength(1);
    }
    expect((await open.reference.list('township')).length).toBeGreaterThan(0);
  });

  it('refuse through the store an unknown root field, a wrong enum value, a too-long text and a missing required field, writing nothing', async () => {
    store = await openTestStore();
    const { summary: _left, ...withoutSummary } = mediationDraft();
    const refused: [string, Draft<'mediationCase'>, string][] = [
      ['unknown root field', { ...mediationDraft(), remark: '多余字段' } as Draft<'mediationCase'>, '#/remark'],
      ['wrong enum value', mediationDraft({ status: 'settled' as never }), '#/status'],
      ['too-long text', mediationDraft({ summary: '长'.repeat(5001) }), '#/summary'],
      ['missing required field', withoutSummary as Draft<'mediationCase'>, '#/summary'],
    ];
    for (const [label, draft, field] of refused) {
      const result = await store.ledger.create('mediationCase', draft, actor);
      expect(result.ok, label).toBe(false);
      const issue = result.ok ? undefined : result.issues[0];
      expect(issue?.code, label).toBe('RECORD_SCHEMA_INVALID');
      expect(issue?.message, label).toContain(field);
    }
    expect(await store.ledger.count('mediationCase', {})).toBe(0);
  });

  it('report every violation as { field, message }, naming the property itself', () => {
    const validate = getPrecompiledValidator(storageSchemaOf(collectionSchemas.recordHistory));
    const entry = {
      id: 'h1', recordId: 'r1', recordKind: 'mediationCase', townshipId: 'suibin', at: '2026-01-01T00:00:00.000Z',
      actor: { person: '王', deviceId: 'd' }, action: 'update', changes: [{ field: 'status', before: 'a', after: 'b' }],
      _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {},
    };
    expect(validate(entry)).toEqual([]);
    const errors = validate({ ...entry, action: 'erase', changes: [{ before: 'x' }], unknown: 1 });
    expect(errors.map((error) => error.field).sort()).toEqual(['#/action', '#/changes/0/field', '#/unknown']);
    expect(errors.every((error) => typeof error.message === 'string' && error.message.length > 0)).toBe(true);
  });

  it('fail loudly for a schema the build did not generate, or one changed since', () => {
    const history = storageSchemaOf(collectionSchemas.recordHistory);
    expect(() => findPrecompiledValidator({ ...history, title: 'notGenerated' })).toThrow(/VALIDATOR_MISSING/);
    expect(() => findPrecompiledValidator({ ...history, version: 1 })).toThrow(/VALIDATOR_MISSING/);
    const changed: RxJsonSchema<unknown> = { ...history, properties: { ...history.properties, extra: { type: 'string' } } };
    expect(() => findPrecompiledValidator(changed)).toThrow(/VALIDATOR_STALE/);
  });
});
