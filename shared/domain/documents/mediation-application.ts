// 人民调解申请书 (人民调解法 art. 17: mediation on a party's application; the local form [W7] in docs/domain.md): the
// parties' basic facts, the dispute in brief, what is asked, the applicants' voluntary request, their signatures
// or fingerprints and the date. Only a case that came by application (案件来源: 当事人申请) has one.
import { mediationFieldLabels } from '../fields/mediation-case';
import type { MediationCase } from '../schemas/mediation-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { dateText } from './format';
import { MissingList } from './missing';
import { partyLines } from './mediation-parts';

type ApplicationSource = Pick<MediationCase, 'committee' | 'source' | 'receivedOn' | 'summary' | 'claims' | 'parties' | 'personal' | 'legalRepresentatives'>;

function fill(record: ApplicationSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(mediationFieldLabels);
  if (record.source !== 'application') missing.add('DOC_NOT_APPLIED', '案件来源为“当事人申请”（主动调解等不制作申请书）', 'source');
  const applicants = record.parties.filter((party) => party.role === 'applicant');
  if (applicants.length === 0) missing.add('DOC_PARTIES_MISSING', '至少一位申请人', 'parties');
  const summary = missing.text(record.summary, 'summary');
  const claims = missing.text(record.claims, 'claims');
  const committeeName = record.committee.trim() || context.committeeName;
  return {
    missing: missing.items,
    fields: {
      committeeName,
      parties: partyLines(record, context),
      summary,
      claims,
      applicants: applicants.map((party) => ({ name: party.name })),
      receivedOn: dateText(record.receivedOn),
    },
  };
}

export const mediationApplicationDocument: DocumentDescription<ApplicationSource> = {
  id: 'mediation-application',
  title: '人民调解申请书',
  template: 'mediation-application.docx',
  fill,
};
