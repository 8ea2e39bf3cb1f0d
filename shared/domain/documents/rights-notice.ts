// 人民调解权利义务告知书: before mediating, the parties are told their rights (人民调解法 art. 23) and duties
// (art. 24), and that mediation is free (art. 4); 若干规定 art. 30 has it done first. Each party signs for it.
// Dated the day it was given, or today when it is printed to be given now.
import { mediationFieldLabels } from '../fields/mediation-case';
import { partyRoleLabels } from '../labels';
import type { MediationCase } from '../schemas/mediation-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { dateText } from './format';
import { MissingList } from './missing';
import { committeeNameOf } from './mediation-parts';

type NoticeSource = Pick<MediationCase, 'caseNumber' | 'committee' | 'parties' | 'rightsNotice'>;

function fill(record: NoticeSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(mediationFieldLabels);
  if (record.parties.length === 0) missing.add('DOC_PARTIES_MISSING', '当事人', 'parties');
  return {
    missing: missing.items,
    fields: {
      committeeName: committeeNameOf(record, context),
      caseNumber: record.caseNumber,
      partyNames: record.parties.map((party) => `${partyRoleLabels[party.role]}${party.name}`).join('、'),
      signers: record.parties.map((party) => ({ role: partyRoleLabels[party.role], name: party.name })),
      givenOn: dateText(record.rightsNotice?.givenOn ?? context.today),
    },
  };
}

export const rightsNoticeDocument: DocumentDescription<NoticeSource> = {
  id: 'rights-notice',
  title: '人民调解权利义务告知书',
  template: 'rights-notice.docx',
  fill,
};
