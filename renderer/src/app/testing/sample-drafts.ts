// Small valid drafts for component tests.
import type { Draft } from '#shared/domain/draft';

export function mediationDraft(overrides: Partial<Draft<'mediationCase'>> = {}): Draft<'mediationCase'> {
  return {
    committee: '忠仁镇人民调解委员会', source: 'application', receivedOn: '2026-03-01', disputeType: 'linli',
    summary: '两家因院墙排水发生争执', parties: [
      { partyId: 'p1', role: 'applicant', kind: 'person', name: '张三' },
      { partyId: 'p2', role: 'respondent', kind: 'person', name: '李四' },
    ],
    personal: { parties: [{ partyId: 'p1', phone: '13912345678' }, { partyId: 'p2' }] },
    mediators: ['王调解'], status: 'accepted',
    sessions: [{ date: '2026-03-05', place: '村委会', record: '双方陈述，调解员释明相邻关系规定' }], returnVisits: [], attachments: [],
    ...overrides,
  };
}
