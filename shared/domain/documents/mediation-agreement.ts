// 人民调解协议书 (人民调解法 art. 29; 人民调解工作若干规定 art. 35): the parties' basic facts, the main facts, the
// disputed matters and each side's responsibility, what was agreed, how, where and by when it is performed;
// one copy per party plus one kept by the committee; each party signs and adds a fingerprint, the mediator
// signs, the committee seals. Only a case mediated to a written agreement (调解成功, 书面协议) has one.
import { partyRoleLabels } from '../labels';
import { mediationFieldLabels } from '../fields/mediation-case';
import type { MediationCase } from '../schemas/mediation-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { chineseCount, dateText } from './format';
import { committeeNameOf, partyLines } from './mediation-parts';
import { MissingList } from './missing';

type AgreementSource = Pick<MediationCase, 'caseNumber' | 'committee' | 'status' | 'parties' | 'personal' | 'legalRepresentatives' | 'mediators' | 'agreement'>;
function fill(record: AgreementSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(mediationFieldLabels);
  const agreement = record.agreement;
  if (record.status !== 'succeeded') missing.add('DOC_AGREEMENT_NOT_REACHED', '调解状态为“调解成功”', 'status');
  if (agreement?.form !== 'written') missing.add('DOC_AGREEMENT_NOT_REACHED', '协议形式为“书面协议”（口头协议不制作协议书）', 'agreement.form');
  const roles = new Set(record.parties.map((party) => party.role));
  if (!roles.has('applicant') || !roles.has('respondent')) missing.add('DOC_PARTIES_MISSING', '至少一位申请人和一位被申请人', 'parties');
  const facts = missing.text(agreement?.facts, 'agreement.facts');
  const terms = missing.text(agreement?.terms, 'agreement.terms');
  const performanceMethod = missing.text(agreement?.performanceMethod, 'agreement.performanceMethod');
  const performancePlace = missing.text(agreement?.performancePlace, 'agreement.performancePlace');
  const deadline = missing.text(agreement?.performanceDeadline, 'agreement.performanceDeadline');
  const mediators = missing.names(record.mediators, 'mediators');

  const copies = record.parties.length + 1;
  return {
    missing: missing.items,
    fields: {
      committeeName: committeeNameOf(record, context),
      caseNumber: record.caseNumber,
      parties: partyLines(record, context),
      facts,
      terms,
      performanceMethod,
      performancePlace,
      performanceDeadline: deadline ? `${dateText(deadline)}前` : '',
      copiesText: `本协议一式${chineseCount(copies)}份，当事人各执一份，人民调解委员会留存一份。`,
      signers: record.parties.map((party) => ({ role: partyRoleLabels[party.role], name: party.name })),
      mediators: mediators.join('、'),
      signedOn: dateText(agreement?.signedOn ?? context.today),
    },
  };
}

export const mediationAgreementDocument: DocumentDescription<AgreementSource> = {
  id: 'mediation-agreement',
  title: '人民调解协议书',
  template: 'mediation-agreement.docx',
  fill,
};
