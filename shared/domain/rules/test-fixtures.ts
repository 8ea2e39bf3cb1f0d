// Valid example drafts and a rule context for the rule tests: each test breaks one thing and expects
// exactly the rule that names it. Not imported by production code.
import { defaultCalendarYears } from '../calendar/default-calendar';
import { calendarFromYears } from '../calendar/working-day-calendar';
import type { Draft } from '../draft';
import type { LedgerKind } from '../schemas/index';
import type { Officer } from '../schemas/officer';
import type { RuleContext } from './context';
import type { DomainIssue } from '../issue';

const actor = { person: '张三', deviceId: 'dev-1' };

export const officer = (id: string, name: string, fields: Partial<Officer> = {}): Officer => ({
  id, townshipId: 'zhongren', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
  createdBy: actor, updatedBy: actor, trashed: false, newestFirstKey: id, searchText: name, idNumberHash: '',
  name, unit: '忠仁镇综合行政执法办公室', certificateNumber: `23040${id}`, certificateIssuedOn: '2023-06-01',
  certificateExpiresOn: '2028-06-01', status: 'active', personal: {}, ...fields,
});

export const officers = [
  officer('o1', '王五', { certificateIssuedOn: '2021-03-02', certificateExpiresOn: '2026-09-15' }),
  officer('o2', '李四'),
  officer('o3', '赵六'),
  officer('o4', '孙七', { status: 'left' }),
  officer('o5', '周八', { certificateIssuedOn: '2026-09-20', certificateExpiresOn: '2031-09-20' }),
];

export const context = (overrides: Partial<RuleContext> = {}): RuleContext => ({
  today: '2026-11-30',
  officersById: new Map(officers.map((item) => [item.id, item])),
  calendar: calendarFromYears(defaultCalendarYears([2024, 2025, 2026])),
  ...overrides,
});

/**
 * A case recorded before decision 017's fields existed (schema version 0): complete then, and it must still
 * save (its new gaps are warnings only).
 */
export const mediationDraftBefore017 = (overrides: Partial<Draft<'mediationCase'>> = {}): Draft<'mediationCase'> => ({
  committee: '忠仁镇人民调解委员会',
  source: 'application',
  receivedOn: '2026-10-12',
  disputeType: 'linli',
  summary: '两户因院墙排水问题发生争执',
  parties: [
    { partyId: 'p1', role: 'applicant', kind: 'person', name: '刘一', gender: 'male', age: 52 },
    { partyId: 'p2', role: 'respondent', kind: 'person', name: '陈二', gender: 'female', age: 47 },
  ],
  personal: { parties: [{ partyId: 'p1', idNumber: '11010519491231002X', phone: '13912345678', address: '忠仁镇忠仁村' }] },
  mediators: ['张调解'],
  status: 'succeeded',
  sessions: [{ date: '2026-10-15', place: '忠仁镇调解室', record: '双方陈述，调解员释法说理，双方同意协商' }],
  agreement: {
    form: 'written', facts: '陈二家院墙排水口对着刘一家院子，双方各有责任', terms: '陈二改建排水口，刘一配合施工',
    performanceMethod: '陈二自行施工', performanceDeadline: '2026-11-15', signedOn: '2026-10-15', performance: 'pending',
  },
  closedOn: '2026-10-15',
  returnVisits: [],
  attachments: [],
  ...overrides,
});

/** What a 决定书 states besides the penalty (行政处罚法 art. 59(四)–(六)), for drafts decided on 2026-09-30. */
export const decisionDocument = {
  performance: '收到决定书之日起十五日内到指定银行缴纳',
  remedies: '六十日内向县人民政府申请行政复议，或六个月内向县人民法院提起行政诉讼',
  agencyName: '忠仁镇人民政府',
  sealedOn: '2026-09-30',
} as const;

export const agreementScan = {
  sha256: 'a'.repeat(64), name: '调解协议书.pdf', mimeType: 'application/pdf', size: 1024,
  purpose: '调解协议书签字扫描件', addedAt: '2026-10-15T08:00:00.000Z',
};

/** A complete successful case as the law and decision 017 ask it: no issue at all. */
export const mediationDraft = (overrides: Partial<Draft<'mediationCase'>> = {}): Draft<'mediationCase'> => {
  const before = mediationDraftBefore017();
  return {
    ...before,
    parties: [
      { partyId: 'p1', role: 'applicant', kind: 'person', name: '刘一', gender: 'male', age: 52, ethnicity: '汉族', occupation: '农民' },
      { partyId: 'p2', role: 'respondent', kind: 'person', name: '陈二', gender: 'female', age: 47, ethnicity: '满族', occupation: '个体经营' },
    ],
    personal: { parties: [
      { partyId: 'p1', idNumber: '11010519491231002X', phone: '13912345678', address: '忠仁镇忠仁村' },
      { partyId: 'p2', address: '忠仁镇忠仁村三组' },
    ] },
    rightsNotice: { givenOn: '2026-10-12', form: 'written' },
    agreement: {
      ...before.agreement, form: 'written', performancePlace: '陈二家院墙处',
      originals: { partiesSigned: true, mediatorsSigned: true, sealed: true, copies: 3 },
    },
    returnVisits: [{ date: '2026-11-18', visitor: '张调解', performance: 'performed', note: '排水口已改建，双方满意' }],
    archive: {
      volumeNumber: '（2026）人调字第12号', keepingPeriod: 'long', archivedOn: '2026-11-20',
      documents: ['application', 'rightsNotice', 'identity', 'sessionRecords', 'agreement', 'returnVisits', 'closingReport', 'judicialConfirmation'],
    },
    attachments: [agreementScan],
    ...overrides,
  };
};

export const enforcementDraft = (overrides: Partial<Draft<'enforcementCase'>> = {}): Draft<'enforcementCase'> => ({
  category: 'penalty',
  procedure: 'ordinary',
  matter: '露天焚烧秸秆',
  party: { kind: 'person', name: '马九' },
  personal: { idNumber: '11010519491231002X', phone: '0468-7891234' },
  officerIds: ['o2', 'o3'],
  stages: { filedOn: '2026-09-01', investigatedOn: '2026-09-03', notifiedOn: '2026-09-10', decidedOn: '2026-09-30', servedOn: '2026-10-09' },
  legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条第二款',
  major: false,
  decision: { outcome: 'penalty', content: '罚款伍佰元', fineAmount: 500, documentNumber: '忠仁综执罚决〔2026〕3号', ...decisionDocument },
  publicity: { publishedOn: '2026-10-15', channel: '忠仁镇政务公开栏' },
  recordings: [{ stage: 'investigated', medium: 'video', description: '现场检查执法记录仪录像' }],
  attachments: [],
  ...overrides,
});

export const studyDraft = (overrides: Partial<Draft<'studySession'>> = {}): Draft<'studySession'> => ({
  heldOn: '2026-06-12',
  kind: 'preMeeting',
  meetingName: '第12次镇政府常务会议',
  organiser: '忠仁镇人民政府',
  topic: '学习行政处罚法',
  lawIds: ['law:xingzheng-chufa-fa'],
  lecturer: '司法所所长',
  hours: 0.5,
  participants: [{ name: '镇长' }, { name: '副镇长', examScore: 92 }],
  attachments: [],
  ...overrides,
});

export const officerDraft = (overrides: Partial<Draft<'officer'>> = {}): Draft<'officer'> => ({
  name: '李四', gender: 'male', unit: '忠仁镇综合行政执法办公室', certificateNumber: '2304220001',
  certificateIssuedOn: '2023-06-01', certificateExpiresOn: '2028-06-01', status: 'active',
  personal: { idNumber: '11010519491231002X', phone: '13912345678' },
  ...overrides,
});

export const caseReviewDraft = (overrides: Partial<Draft<'caseReview'>> = {}): Draft<'caseReview'> => ({
  enforcementCaseId: 'case-1', reviewedUnit: '忠仁镇综合行政执法办公室', reviewedOn: '2026-11-20', reviewer: '县司法局',
  vetoItems: [], formScore: 18, contentScore: 72, findings: '案卷规范',
  ...overrides,
});

export const codesOf = (issues: readonly DomainIssue[]): string[] => issues.map((issue) => issue.code);

export const only = (issues: readonly DomainIssue[], code: string): DomainIssue[] => issues.filter((issue) => issue.code === code);

export type AnyDraft = Draft<LedgerKind>;
