// The form's round trip for decision 017's fields: what an official ticks and types reaches the record,
// and an older case opened and saved untouched gains nothing it never had.
import { describe, expect, it } from 'vitest';
import type { MediationCase } from '#shared/domain/schemas/index';
import { mediationDraft } from '../../app/testing/sample-drafts';
import { mediationDraftOf, mediationValuesOf } from './form-values';

const actor = { person: '李文', deviceId: 'd' };
const saved = (draft: ReturnType<typeof mediationDraft>): MediationCase => ({
  ...draft, id: 'm1', townshipId: 'zhongren', createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z',
  createdBy: actor, updatedBy: actor, trashed: false, newestFirstKey: 'k', searchText: '', partyIdHashes: [],
  caseNumber: '〔2026〕忠仁调字第1号', caseYear: 2026, caseSeq: 1,
});

describe('mediation form values (decision 017)', () => {
  it('a case recorded before version 1, opened and saved untouched, gains none of the new fields', () => {
    const draft = mediationDraft({ status: 'succeeded', closedOn: '2026-03-10', agreement: { form: 'written', terms: '疏通排水沟' } });
    const again = mediationDraftOf(mediationValuesOf(saved(draft)));
    for (const key of ['rightsNotice', 'escalation', 'archive', 'legalRepresentatives'] as const) expect(again[key]).toBeUndefined();
    expect(again.agreement).toEqual({ form: 'written', terms: '疏通排水沟' });
  });

  it('a draft autosaved by the previous release, restored after the update, still saves', () => {
    const values = mediationValuesOf(saved(mediationDraft({ status: 'mediating' })));
    const { rightsNotice: _notice, escalation: _escalation, archive: _archive, ...previousRelease } = values;
    const agreement: Partial<typeof values.agreement> = { ...values.agreement, terms: '协商中' };
    delete agreement.originals;
    const parties = values.parties.map(({ legalRepresentative: _representative, ...party }) => party);
    const draft = mediationDraftOf({ ...previousRelease, agreement, parties } as unknown as typeof values);
    expect(draft).toMatchObject({ status: 'mediating', agreement: { terms: '协商中' } });
    expect(draft.rightsNotice).toBeUndefined();
  });

  it('keeps every new fact through the form: notice, escalation, originals, 卷宗 and an organisation’s legal representative', () => {
    const draft = mediationDraft({
      parties: [
        { partyId: 'p1', role: 'applicant', kind: 'person', name: '张三' },
        { partyId: 'p2', role: 'respondent', kind: 'organisation', name: '忠仁粮库' },
      ],
      legalRepresentatives: { p2: '王经理' },
      rightsNotice: { givenOn: '2026-03-01', form: 'written' },
      escalation: { risk: true, measures: '稳控情绪', reportedOn: '2026-03-02', reportedTo: '忠仁派出所' },
      status: 'succeeded', closedOn: '2026-03-10',
      agreement: { form: 'written', terms: '赔偿', originals: { partiesSigned: true, mediatorsSigned: true, sealed: false, copies: 3 } },
      archive: { volumeNumber: '（2026）人调字第1号', keepingPeriod: 'long', archivedOn: '2026-03-20', documents: ['application', 'agreement'] },
    });
    const again = mediationDraftOf(mediationValuesOf(saved(draft)));
    expect(again).toMatchObject({
      legalRepresentatives: draft.legalRepresentatives, rightsNotice: draft.rightsNotice, escalation: draft.escalation,
      agreement: draft.agreement, archive: draft.archive,
    });
  });

  it('a party made a person again drops its legal representative; an unticked risk keeps no report', () => {
    const values = mediationValuesOf(saved(mediationDraft({
      parties: [
        { partyId: 'p1', role: 'applicant', kind: 'person', name: '张三' },
        { partyId: 'p2', role: 'respondent', kind: 'organisation', name: '忠仁粮库' },
      ],
      legalRepresentatives: { p2: '王经理' },
    })));
    values.parties[1] = { ...values.parties[1]!, kind: 'person' };
    values.escalation = { risk: false, measures: '', reportedOn: '', reportedTo: '' };
    const draft = mediationDraftOf(values);
    expect(draft.legalRepresentatives).toBeUndefined();
    expect(draft.escalation).toBeUndefined();
  });
});
