// 人民调解回访记录 (人民调解法 art. 31: the committee supervises the performance of the agreement; the local filling
// guide [W9] in docs/domain.md): the parties, the agreement's number (the case number the 协议书 carries), why the
// visit was made, what was found (履行情况 and the visitor's note), the visitor and the date. Every visit the case
// records, on one paper, each signed by its visitor. Only a case mediated to an agreement (调解成功) has one.
import { mediationFieldLabels } from '../fields/mediation-case';
import { partyRoleLabels, returnVisitPerformanceLabels } from '../labels';
import type { MediationCase } from '../schemas/mediation-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { chineseCount, dateText } from './format';
import { MissingList } from './missing';
import { committeeNameOf } from './mediation-parts';

type VisitSource = Pick<MediationCase, 'caseNumber' | 'committee' | 'status' | 'parties' | 'returnVisits'>;

function fill(record: VisitSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(mediationFieldLabels);
  if (record.status !== 'succeeded') missing.add('DOC_AGREEMENT_NOT_REACHED', '调解状态为“调解成功”（回访调解协议的履行情况）', 'status');
  if (record.returnVisits.length === 0) missing.lacks('returnVisits');
  const visits = record.returnVisits.map((visit, index) => {
    const number = `第${chineseCount(index + 1)}次回访`;
    const visitor = visit.visitor.trim();
    const note = visit.note.trim();
    if (!visitor) missing.add('DOC_FIELD_MISSING', `${number}的回访人`, `returnVisits.${index}.visitor`);
    if (!note) missing.add('DOC_FIELD_MISSING', `${number}的回访情况`, `returnVisits.${index}.note`);
    const performance = visit.performance ? `履行情况：${returnVisitPerformanceLabels[visit.performance]}。` : '';
    return { number, date: dateText(visit.date), visitor, situation: `${performance}${note}` };
  });
  return {
    missing: missing.items,
    fields: {
      committeeName: committeeNameOf(record, context),
      caseNumber: record.caseNumber,
      parties: record.parties.map((party) => `${partyRoleLabels[party.role]}${party.name}`).join('、'),
      visits,
    },
  };
}

export const returnVisitDocument: DocumentDescription<VisitSource> = {
  id: 'return-visit',
  title: '人民调解回访记录',
  template: 'return-visit.docx',
  fill,
};
