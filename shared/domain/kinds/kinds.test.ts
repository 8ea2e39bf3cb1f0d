import { describe, expect, it } from 'vitest';
import { deadlinesOf } from '../by-kind/deadlines';
import { listDateOf } from '../by-kind/list-date';
import { searchPattern } from '../derive/search-text';
import { searchTextOf } from '../by-kind/search-text';
import { searchTokensOf } from '../by-kind/search-tokens';
import { calendarFromYears } from '../calendar/working-day-calendar';
import { validateRecord } from '../by-kind/validate';
import { caseReviewDraft, context, enforcementDraft, mediationDraft, officerDraft, studyDraft } from '../rules/test-fixtures';
import { collectionSchemas, ledgerKinds, type LedgerKind, type LedgerRecordByKind } from '../schemas/index';
import { describeKind, ledgerKindDescriptions, recordHref, recordNounOf, statisticsKindOf } from './index';
import { statisticsParts } from '../statistics/statistics-source';

/** Fields the store writes and no official edits or resolves in a conflict. */
const STORE_FIELDS = new Set(['id', 'townshipId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'newestFirstKey', 'searchText',
  'caseYear', 'caseSeq', 'partyIdHashes', 'idNumberHash', 'acknowledgedWarnings']);

const stored = { id: 'r1', trashed: false, caseNumber: '〔2026〕忠仁调字第3号', partyIdHashes: [] };
/** One record of each kind and what an official sees of it. */
const samples: { [K in LedgerKind]: { record: LedgerRecordByKind[K]; listDate: string; title: string; found: string } } = {
  mediationCase: { record: { ...mediationDraft(), ...stored } as unknown as LedgerRecordByKind['mediationCase'],
    listDate: mediationDraft().receivedOn, title: '〔2026〕忠仁调字第3号 刘一、陈二', found: 'ly' },
  studySession: { record: { ...studyDraft(), ...stored } as unknown as LedgerRecordByKind['studySession'],
    listDate: '2026-06-12', title: '2026-06-12 学习行政处罚法', found: '常务会议' },
  enforcementCase: { record: { ...enforcementDraft(), ...stored, caseNumber: '忠仁综执〔2026〕7号' } as unknown as LedgerRecordByKind['enforcementCase'],
    listDate: '2026-09-01', title: '忠仁综执〔2026〕7号 马九', found: '焚烧秸秆' },
  officer: { record: { ...officerDraft(), ...stored } as unknown as LedgerRecordByKind['officer'],
    listDate: '2028-06-01', title: '李四（2304220001）', found: 'lisi' },
  caseReview: { record: { ...caseReviewDraft(), ...stored, caseNumber: '忠仁综执〔2026〕7号' } as unknown as LedgerRecordByKind['caseReview'],
    listDate: '2026-11-20', title: '忠仁综执〔2026〕7号 忠仁镇综合行政执法办公室', found: '县司法局' },
};

describe('ledger kind descriptions', () => {
  it('[KIND_COMPLETE] every ledger kind is registered under its own name, with a Chinese label and a page path of its own', () => {
    expect(Object.keys(ledgerKindDescriptions).sort()).toEqual([...ledgerKinds].sort());
    for (const kind of ledgerKinds) {
      const description = describeKind(kind);
      expect(description.kind).toBe(kind);
      expect(description.label).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(description.path).toMatch(/^\/[a-z]+$/);
    }
    expect(new Set(ledgerKinds.map((kind) => describeKind(kind).path)).size).toBe(ledgerKinds.length);
    expect(new Set(ledgerKinds.map((kind) => describeKind(kind).label)).size).toBe(ledgerKinds.length);
  });

  it('[KIND_FIELDS_NAMED] every field an official can change has a Chinese name, so a conflict or an issue never shows a code', () => {
    for (const kind of ledgerKinds) {
      const { labels } = describeKind(kind).fields;
      const editable = Object.keys(collectionSchemas[kind].properties).filter((field) => !STORE_FIELDS.has(field));
      expect(editable.filter((field) => !labels[field]), kind).toEqual([]);
    }
  });

  it('[KIND_DRIVES] lists, the recycle bin and search read each kind through its description', () => {
    for (const kind of ledgerKinds) {
      const { record, listDate, title, found } = samples[kind];
      expect(listDateOf(kind, record), kind).toBe(listDate);
      expect(describeKind(kind).title(record), kind).toBe(title);
      expect(new RegExp(searchPattern(found)).test(searchTextOf(kind, record)), kind).toBe(true);
      expect(searchTokensOf(kind, record).some((token) => token.startsWith(found)), kind).toBe(true);
    }
  });

  it('[KIND_DRIVES] clocks run only for the kinds that have them, and only outside the recycle bin', () => {
    const calendar = calendarFromYears([]);
    const today = '2026-09-02';
    expect(deadlinesOf('studySession', samples.studySession.record, calendar, today)).toEqual([]);
    expect(deadlinesOf('enforcementCase', samples.enforcementCase.record, calendar, today).map((deadline) => deadline.code)).toContain('ENF_DECISION_DUE');
    expect(deadlinesOf('enforcementCase', { ...samples.enforcementCase.record, trashed: true }, calendar, today)).toEqual([]);
  });

  it('[KIND_DRIVES] a record is checked by its own kind\'s rules', () => {
    const codes = validateRecord('studySession', { ...studyDraft(), meetingName: '' }, context()).map((issue) => issue.code);
    expect(codes).toContain('STUDY_MEETING_NAME_MISSING');
    expect(validateRecord('studySession', studyDraft(), context()).filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('[KIND_LINKS] links and messages name a kind as the navigation does', () => {
    expect(recordHref('studySession', 'a/b')).toBe('/study/a%2Fb');
    expect(recordNounOf('studySession')).toBe('学法记录');
    expect(recordNounOf('mediationCase')).toBe('人民调解记录');
  });

  it('[KIND_DRIVES] each part of the statistics is fed by exactly one ledger kind, and a roster is read whole', () => {
    for (const part of statisticsParts) {
      const feeding = ledgerKinds.filter((kind) => describeKind(kind).statistics?.part === part);
      expect(feeding, part).toHaveLength(1);
      expect(statisticsKindOf(part)).toBe(feeding[0]);
    }
    expect(describeKind('officer').statistics?.ofPeriod).toBe(false);
    expect(describeKind('studySession').statistics?.ofPeriod).toBe(true);
    // The facts keep what the figures count and nothing personal.
    expect(describeKind('studySession').statistics?.facts(samples.studySession.record)).not.toHaveProperty('lecturer');
  });
});
