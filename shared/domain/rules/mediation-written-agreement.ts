// What a written 调解协议书 of a succeeded case must show beyond its terms (decision 017): each party's basic
// facts (人民调解法 art. 29(一)), the place of performance (人民调解工作若干规定 art. 35(四)), and the signed,
// sealed originals with their copies and scan (art. 29(2); 若干规定 art. 35(五)). All warnings: a case
// recorded before these fields existed must still save, and art. 29 says the agreement 可以载明 them.
import type { Draft } from '../draft';
import type { IssueList } from './shape';
import { checkNumber, isBlank, listOf, textOf } from './shape';

type MediationDraft = Draft<'mediationCase'>;

/** The attachment purpose of the signed agreement's scan (offered in 附件用途). */
export const agreementScanPurpose = '调解协议书签字扫描件';

const personFacts = [
  { field: 'gender', label: '性别' },
  { field: 'age', label: '年龄' },
  { field: 'ethnicity', label: '民族' },
  { field: 'occupation', label: '职业' },
] as const;

/** A written agreement of a succeeded case: the one the rules below hold to art. 29. */
export const isSignedWrittenAgreement = (draft: MediationDraft): boolean =>
  draft.status === 'succeeded' && draft.agreement?.form === 'written';

export function checkWrittenAgreementFidelity(issues: IssueList, draft: MediationDraft): void {
  if (!isSignedWrittenAgreement(draft)) return;
  checkPartyFacts(issues, draft);
  if (isBlank(draft.agreement?.performancePlace)) {
    issues.warning('MED_PERFORMANCE_PLACE_MISSING', '书面调解协议应当载明履行协议的地点（人民调解工作若干规定第三十五条），请填写履行地点', 'agreement.performancePlace');
  }
  checkOriginals(issues, draft);
}

function checkPartyFacts(issues: IssueList, draft: MediationDraft): void {
  const personal = listOf(draft.personal?.parties);
  listOf(draft.parties).forEach((party, index) => {
    const who = isBlank(party.name) ? `第${index + 1}位当事人` : `当事人${textOf(party.name)}`;
    const missing = (label: string, field: string) => issues.warning(
      'MED_PARTY_FACTS_MISSING', `调解协议书应当载明当事人的基本情况（人民调解法第二十九条），请填写${who}的${label}`, field,
    );
    const personalAt = personal.findIndex((entry) => entry.partyId === party.partyId);
    if (personalAt < 0 || isBlank(personal[personalAt]?.address)) {
      missing(party.kind === 'organisation' ? '住所地' : '住址', `personal.parties.${personalAt < 0 ? index : personalAt}.address`);
    }
    if (party.kind === 'organisation') {
      if (isBlank(draft.legalRepresentatives?.[party.partyId])) missing('法定代表人或主要负责人', `parties.${index}.legalRepresentative`);
      return;
    }
    for (const item of personFacts) {
      if (isBlank(party[item.field])) missing(item.label, `parties.${index}.${item.field}`);
    }
  });
}

function checkOriginals(issues: IssueList, draft: MediationDraft): void {
  const originals = draft.agreement?.originals;
  const gap = (what: string, field: string) => issues.warning(
    'MED_ORIGINALS_INCOMPLETE', `调解协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（人民调解法第二十九条）：${what}`, field,
  );
  if (originals?.partiesSigned !== true) gap('请确认各方当事人已签名、盖章或按指印', 'agreement.originals.partiesSigned');
  if (originals?.mediatorsSigned !== true) gap('请确认调解员已签名', 'agreement.originals.mediatorsSigned');
  if (originals?.sealed !== true) gap('请确认已加盖人民调解委员会印章', 'agreement.originals.sealed');
  const needed = listOf(draft.parties).length + 1;
  const copies = checkNumber(issues, originals?.copies, 'agreement.originals.copies', '协议书份数', { min: 0, max: 100, integer: true, unit: '份' });
  if (typeof copies !== 'number' || copies < needed) {
    gap(`协议书由当事人各执一份、调解委员会留存一份，共需${needed}份，请填写份数${typeof copies === 'number' ? `（现为${copies}份）` : ''}`, 'agreement.originals.copies');
  }
  if (!listOf(draft.attachments).some((ref) => ref.purpose === agreementScanPurpose)) {
    gap(`请在附件中上传用途为“${agreementScanPurpose}”的签字盖章原件扫描件`, 'attachments');
  }
}
