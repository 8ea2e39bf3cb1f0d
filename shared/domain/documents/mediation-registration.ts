// 人民调解受理登记表 (人民调解法 art. 27: the committee keeps the 调解登记 in its archive; the local form [W7] in
// docs/domain.md): the day it was taken in, the parties, the 纠纷类型, the 案件来源 (当事人申请 / 主动调解 …, art. 17),
// the dispute in brief, the parties' and the registrar's signatures under the committee's seal. The case does not
// hold the registrar's name, so that line is left to sign.
import { mediationFieldLabels } from '../fields/mediation-case';
import { mediationSourceLabels, partyRoleLabels } from '../labels';
import type { MediationCase } from '../schemas/mediation-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { dateText } from './format';
import { committeeNameOf, partyLines } from './mediation-parts';
import { MissingList } from './missing';
import { referenceNameOf } from './reference-name';

type RegistrationSource = Pick<MediationCase, 'caseNumber' | 'committee' | 'source' | 'receivedOn' | 'disputeType' | 'summary' | 'parties' | 'personal' | 'legalRepresentatives'>;

function fill(record: RegistrationSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(mediationFieldLabels);
  if (record.parties.length === 0) missing.add('DOC_PARTIES_MISSING', '当事人', 'parties');
  const disputeType = referenceNameOf(`disputeType:${record.disputeType}`, context, missing, '纠纷类型', 'disputeType');
  const summary = missing.text(record.summary, 'summary');
  return {
    missing: missing.items,
    fields: {
      committeeName: committeeNameOf(record, context),
      caseNumber: record.caseNumber,
      receivedOn: dateText(record.receivedOn),
      disputeType,
      source: mediationSourceLabels[record.source],
      parties: partyLines(record, context),
      summary,
      signers: record.parties.map((party) => ({ role: partyRoleLabels[party.role], name: party.name })),
    },
  };
}

export const mediationRegistrationDocument: DocumentDescription<RegistrationSource> = {
  id: 'mediation-registration',
  title: '人民调解受理登记表',
  template: 'mediation-registration.docx',
  fill,
};
