// 人民调解笔录 (人民调解法 art. 27: the mediator records the mediation): for each session its time, place and
// record, with the matter (纠纷简要情况), those present, and the signatures of the parties, the mediators and the
// recorder under the committee's seal (the local form [W8] in docs/domain.md). One paper for all the sessions.
import { mediationFieldLabels } from '../fields/mediation-case';
import { partyRoleLabels } from '../labels';
import type { MediationCase } from '../schemas/mediation-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { chineseCount, dateText } from './format';
import { MissingList } from './missing';
import { committeeNameOf } from './mediation-parts';

type RecordSource = Pick<MediationCase, 'caseNumber' | 'committee' | 'parties' | 'mediators' | 'summary' | 'sessions'>;

function fill(record: RecordSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(mediationFieldLabels);
  if (record.sessions.length === 0) missing.lacks('sessions');
  const sessions = record.sessions.map((session, index) => {
    const number = `第${chineseCount(index + 1)}次调解`;
    const place = session.place?.trim() ?? '';
    if (!place) missing.add('DOC_FIELD_MISSING', `${number}的调解地点`, `sessions.${index}.place`);
    return { number, date: dateText(session.date), place, record: session.record.trim() };
  });
  const summary = missing.text(record.summary, 'summary');
  const mediators = missing.names(record.mediators, 'mediators');
  return {
    missing: missing.items,
    fields: {
      committeeName: committeeNameOf(record, context),
      caseNumber: record.caseNumber,
      summary,
      parties: record.parties.map((party) => `${partyRoleLabels[party.role]}${party.name}`).join('、'),
      mediators: mediators.join('、'),
      sessions,
      signers: record.parties.map((party) => ({ role: partyRoleLabels[party.role], name: party.name })),
    },
  };
}

export const sessionRecordDocument: DocumentDescription<RecordSource> = {
  id: 'session-record',
  title: '人民调解笔录',
  template: 'session-record.docx',
  fill,
};
