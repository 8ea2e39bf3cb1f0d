// Small documents that pass the shared schemas, for the server's contract tests.
import type { SyncDocument } from '#shared/sync/index';

const at = '2026-10-08T09:30:00.000Z';
const actor = { person: '张三', deviceId: 'test-device' };

const base = (id: string, townshipId: string) => ({
  id,
  townshipId,
  createdAt: at,
  updatedAt: at,
  createdBy: actor,
  updatedBy: actor,
  trashed: false,
  newestFirstKey: `79738991_${id}`,
  searchText: id,
});

export function mediationCase(id: string, townshipId: string, change: Record<string, unknown> = {}): SyncDocument {
  return {
    ...base(id, townshipId),
    caseNumber: `〔2026〕测试调字第${id.length}号`,
    caseYear: 2026,
    caseSeq: 1,
    committee: '忠仁镇人民调解委员会',
    source: 'application',
    receivedOn: '2026-10-08',
    disputeType: 'neighbour',
    summary: '邻里纠纷',
    parties: [{ partyId: 'p1', role: 'applicant', kind: 'person', name: '李四' }],
    personal: { parties: [{ partyId: 'p1', idNumber: '230422199001011234', phone: '13800000000' }] },
    partyIdHashes: [],
    mediators: ['王五'],
    status: 'accepted',
    sessions: [],
    returnVisits: [],
    attachments: [],
    _deleted: false,
    ...change,
  };
}

export function caseReview(id: string, townshipId: string, change: Record<string, unknown> = {}): SyncDocument {
  return {
    ...base(id, townshipId),
    enforcementCaseId: 'enf-1',
    caseNumber: '绥滨综执罚〔2026〕1号',
    reviewedUnit: '综合行政执法办公室',
    reviewedOn: '2026-10-09',
    reviewer: '县司法局',
    vetoItems: [],
    formScore: 18,
    contentScore: 70,
    totalScore: 88,
    grade: 'good',
    findings: '卷宗完整',
    _deleted: false,
    ...change,
  };
}

export function referenceItem(code: string, change: Record<string, unknown> = {}): SyncDocument {
  return {
    id: `law:${code}`,
    kind: 'law',
    code,
    name: '中华人民共和国行政处罚法',
    sortOrder: 1,
    active: true,
    details: { category: '法律', shortName: '行政处罚法' },
    updatedAt: at,
    updatedBy: actor,
    _deleted: false,
    ...change,
  };
}

export function studySession(id: string, townshipId: string, change: Record<string, unknown> = {}): SyncDocument {
  return {
    ...base(id, townshipId),
    heldOn: '2026-10-08',
    kind: 'preMeeting',
    organiser: '忠仁镇人民政府',
    topic: '行政处罚法',
    lawIds: [],
    lecturer: '王五',
    hours: 1,
    participants: [{ name: '李四' }],
    attachments: [],
    _deleted: false,
    ...change,
  };
}

export function enforcementCase(id: string, townshipId: string, change: Record<string, unknown> = {}): SyncDocument {
  return {
    ...base(id, townshipId),
    caseNumber: `绥滨综执罚〔2026〕${id.length}号`,
    caseYear: 2026,
    caseSeq: 1,
    category: 'penalty',
    procedure: 'ordinary',
    matter: '占道经营',
    party: { kind: 'person', name: '赵六' },
    personal: {},
    partyIdHashes: [],
    officerIds: [],
    stages: { filedOn: '2026-10-08' },
    stage: 'filed',
    legalBasis: '行政处罚法',
    major: false,
    recordings: [],
    attachments: [],
    _deleted: false,
    ...change,
  };
}

export function officer(id: string, townshipId: string, change: Record<string, unknown> = {}): SyncDocument {
  return {
    ...base(id, townshipId),
    name: '孙七',
    unit: '综合行政执法办公室',
    certificateNumber: `ZF-${id}`,
    certificateIssuedOn: '2025-01-01',
    certificateExpiresOn: '2030-01-01',
    status: 'active',
    personal: {},
    idNumberHash: '',
    _deleted: false,
    ...change,
  };
}

export function historyEntry(id: string, townshipId: string, change: Record<string, unknown> = {}): SyncDocument {
  return {
    id,
    recordId: `${id}-record`,
    recordKind: 'mediationCase',
    townshipId,
    at,
    actor,
    action: 'update',
    changes: [{ field: 'summary', before: '邻里纠纷', after: '邻里纠纷（已调解）' }],
    _deleted: false,
    ...change,
  };
}
