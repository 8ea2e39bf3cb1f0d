// Decision 017: what 人民调解法 (2010) and 人民调解工作若干规定 (2002) ask of a case beyond its outcome.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { requiredArchiveDocuments } from './mediation-aftercare';
import { codesOf, context, mediationDraft, mediationDraftBefore017, only } from './test-fixtures';

const check = (overrides: Parameters<typeof mediationDraft>[0]) => validateRecord('mediationCase', mediationDraft(overrides), context());
const base = mediationDraft();

describe('mediation: what the law asks beyond the outcome (decision 017)', () => {
  it('a case recorded before these fields existed still saves: its new gaps are warnings, never errors', () => {
    const issues = validateRecord('mediationCase', mediationDraftBefore017(), context());
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(new Set(codesOf(issues))).toEqual(new Set([
      'MED_PARTY_FACTS_MISSING', 'MED_PERFORMANCE_PLACE_MISSING', 'MED_ORIGINALS_INCOMPLETE', 'MED_RIGHTS_NOTICE_MISSING',
      'MED_RETURN_VISIT_MISSING', 'MED_ARCHIVE_LATE',
    ]));
  });

  it('[MED_PARTY_FACTS_MISSING] 人民调解法 art. 29(一): one warning per party per missing basic fact, naming the party', () => {
    const issues = only(check({
      parties: [
        { partyId: 'p1', role: 'applicant', kind: 'person', name: '刘一', gender: 'male', age: 52, occupation: '农民' },
        { partyId: 'p2', role: 'respondent', kind: 'person', name: '陈二', ethnicity: '满族', occupation: '个体经营' },
      ],
      personal: { parties: [{ partyId: 'p1' }, { partyId: 'p2', address: '忠仁村三组' }] },
    }), 'MED_PARTY_FACTS_MISSING');
    expect(issues.map((issue) => issue.field)).toEqual(['personal.parties.0.address', 'parties.0.ethnicity', 'parties.1.gender', 'parties.1.age']);
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(issues[0]?.message).toBe('调解协议书应当载明当事人的基本情况（人民调解法第二十九条），请填写当事人刘一的住址');
    expect(issues[3]?.message).toContain('当事人陈二的年龄');
  });

  it('[MED_PARTY_FACTS_MISSING] art. 29(一): an organisation party needs its address and legal representative, not a gender', () => {
    const parties = [...base.parties.slice(0, 1), { partyId: 'p2', role: 'respondent' as const, kind: 'organisation' as const, name: '忠仁粮库' }];
    const missing = only(check({ parties, personal: { parties: [base.personal.parties[0]!] } }), 'MED_PARTY_FACTS_MISSING');
    expect(missing.map((issue) => issue.field)).toEqual(['personal.parties.1.address', 'parties.1.legalRepresentative']);
    expect(missing[1]?.message).toContain('当事人忠仁粮库的法定代表人');
    const complete = check({ parties, legalRepresentatives: { p2: '王经理' } });
    expect(codesOf(complete)).toEqual([]);
  });

  it('[MED_PARTY_FACTS_MISSING] only a succeeded case with a written agreement is held to art. 29', () => {
    const sparse = { parties: [{ partyId: 'p1', role: 'applicant' as const, kind: 'person' as const, name: '刘一' }, { partyId: 'p2', role: 'respondent' as const, kind: 'person' as const, name: '陈二' }] };
    expect(codesOf(check({ ...sparse, agreement: { ...base.agreement!, form: 'oral' } }))).not.toContain('MED_PARTY_FACTS_MISSING');
    expect(codesOf(check({ ...sparse, status: 'mediating', closedOn: undefined, archive: undefined }))).not.toContain('MED_PARTY_FACTS_MISSING');
  });

  it('[MED_PERFORMANCE_PLACE_MISSING] 人民调解工作若干规定 art. 35(四): a written agreement states where it is performed', () => {
    const issues = check({ agreement: { ...base.agreement!, performancePlace: ' ' } });
    expect(only(issues, 'MED_PERFORMANCE_PLACE_MISSING')[0]).toMatchObject({ field: 'agreement.performancePlace', severity: 'warning' });
    expect(only(issues, 'MED_PERFORMANCE_PLACE_MISSING')[0]?.message).toContain('第三十五条');
  });

  it('[MED_ORIGINALS_INCOMPLETE] 人民调解法 art. 29(2): signed by the parties and the mediator, sealed, one copy each plus one kept, scanned', () => {
    const issues = only(check({ agreement: { ...base.agreement!, originals: { partiesSigned: true, copies: 2 } }, attachments: [] }), 'MED_ORIGINALS_INCOMPLETE');
    expect(issues.map((issue) => issue.field)).toEqual([
      'agreement.originals.mediatorsSigned', 'agreement.originals.sealed', 'agreement.originals.copies', 'attachments',
    ]);
    expect(issues.every((issue) => issue.severity === 'warning' && issue.message.includes('人民调解法第二十九条'))).toBe(true);
    expect(issues[2]?.message).toContain('共需3份');
    expect(issues[2]?.message).toContain('现为2份');
    expect(issues[3]?.message).toContain('调解协议书签字扫描件');
  });

  it('[MED_RIGHTS_NOTICE_MISSING] 人民调解法 art. 23–24, 若干规定 art. 30: mediation started without the rights notice warns', () => {
    const issues = check({ rightsNotice: undefined });
    expect(only(issues, 'MED_RIGHTS_NOTICE_MISSING')[0]).toMatchObject({ field: 'rightsNotice.givenOn', severity: 'warning' });
    expect(only(issues, 'MED_RIGHTS_NOTICE_MISSING')[0]?.message).toContain('人民调解法第二十三条');
    const notStarted = check({ rightsNotice: undefined, status: 'accepted', sessions: [], agreement: undefined, closedOn: undefined, archive: undefined });
    expect(codesOf(notStarted)).toEqual([]);
  });

  it('[MED_RIGHTS_NOTICE_LATE] 若干规定 art. 30: the notice comes before the first session', () => {
    const issues = check({ rightsNotice: { givenOn: '2026-10-16' } });
    expect(only(issues, 'MED_RIGHTS_NOTICE_LATE')[0]).toMatchObject({ field: 'rightsNotice.givenOn', severity: 'warning' });
    expect(codesOf(check({ rightsNotice: { givenOn: '2026-10-15', form: 'oral' } }))).toEqual([]);
  });

  it('[MED_ESCALATION_NOT_REPORTED] [MED_ESCALATION_MEASURES_MISSING] 人民调解法 art. 25: a marked risk needs measures and a report to the police', () => {
    const issues = check({ escalation: { risk: true } });
    expect(only(issues, 'MED_ESCALATION_NOT_REPORTED')[0]).toMatchObject({ field: 'escalation.reportedOn', severity: 'warning' });
    expect(only(issues, 'MED_ESCALATION_NOT_REPORTED')[0]?.message).toContain('公安机关');
    expect(only(issues, 'MED_ESCALATION_NOT_REPORTED')[0]?.message).toContain('人民调解法第二十五条');
    expect(only(issues, 'MED_ESCALATION_MEASURES_MISSING')[0]).toMatchObject({ field: 'escalation.measures', severity: 'warning' });
    const reported = check({ escalation: { risk: true, measures: '分别稳控双方情绪', reportedOn: '2026-10-14', reportedTo: '忠仁派出所' } });
    expect(codesOf(reported)).toEqual([]);
    expect(codesOf(check({ escalation: { risk: false } }))).toEqual([]);
  });

  it('[FIELD_REQUIRED] a report to the police names whom it went to', () => {
    const issues = check({ escalation: { risk: true, measures: '稳控', reportedOn: '2026-10-14' } });
    expect(only(issues, 'FIELD_REQUIRED')[0]).toMatchObject({ field: 'escalation.reportedTo', severity: 'error' });
  });

  it('[MED_RETURN_VISIT_MISSING] 人民调解法 art. 31: after the 履行期限 a return visit is recorded', () => {
    const before = check({ returnVisits: [{ date: '2026-11-10', visitor: '张调解', note: '正在施工' }] });
    expect(only(before, 'MED_RETURN_VISIT_MISSING')[0]).toMatchObject({ field: 'returnVisits', severity: 'warning' });
    expect(only(before, 'MED_RETURN_VISIT_MISSING')[0]?.message).toContain('履行期限2026-11-15已过');
    const notYet = check({ returnVisits: [], archive: undefined, agreement: { ...base.agreement!, performanceDeadline: '2026-12-31' } });
    expect(codesOf(notYet)).not.toContain('MED_RETURN_VISIT_MISSING');
  });

  it('[MED_ARCHIVE_LATE] art. 27 立卷归档: a case closed over 30 days (county practice) and not archived warns', () => {
    const late = check({ archive: undefined });
    expect(only(late, 'MED_ARCHIVE_LATE')[0]).toMatchObject({ field: 'archive.archivedOn', severity: 'warning' });
    expect(only(late, 'MED_ARCHIVE_LATE')[0]?.message).toContain('人民调解法第二十七条');
    // Closed 2026-10-31: day 30 is 2026-11-30, today — not late yet.
    expect(codesOf(check({ archive: undefined, closedOn: '2026-10-31' }))).toEqual([]);
  });

  it('[MED_ARCHIVE_INCOMPLETE] [MED_ARCHIVED_BEFORE_CLOSED] an archived file has a 卷号 and 保管期限, and is archived after closing', () => {
    const issues = check({ archive: { archivedOn: '2026-10-14', documents: base.archive!.documents! } });
    expect(only(issues, 'MED_ARCHIVE_INCOMPLETE').map((issue) => issue.field)).toEqual(['archive.volumeNumber', 'archive.keepingPeriod']);
    expect(only(issues, 'MED_ARCHIVED_BEFORE_CLOSED')[0]).toMatchObject({ field: 'archive.archivedOn', severity: 'error' });
    const open = check({ status: 'mediating', closedOn: undefined, agreement: undefined });
    expect(only(open, 'MED_ARCHIVED_BEFORE_CLOSED')[0]?.message).toContain('尚未结案');
  });

  it('[MED_ARCHIVE_DOCUMENT_MISSING] art. 27: the 卷宗 holds the documents the case produced, one warning each', () => {
    const issues = only(check({ archive: { ...base.archive!, documents: ['application', 'identity', 'sessionRecords'] } }), 'MED_ARCHIVE_DOCUMENT_MISSING');
    expect(issues.map((issue) => issue.message.match(/“(.+?)”/)?.[1])).toEqual(['权利义务告知书', '调解协议书', '回访记录', '结案报告']);
    expect(requiredArchiveDocuments(mediationDraft({ returnVisits: [], agreement: { ...base.agreement!, form: 'oral' } }))).not.toContain('agreement');
  });
});
