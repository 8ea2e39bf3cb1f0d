// What the enforcement 文书 (告知书, 决定书) state alike: the party with its address, and the evidence.
import type { EnforcementCase } from '../schemas/enforcement-case';
import type { DocumentContext } from './document';
import { personalText, yuanText } from './format';
import type { MissingList } from './missing';

export type EnforcementSource = Pick<EnforcementCase, 'party' | 'personal' | 'matter' | 'legalBasis' | 'decision' | 'notice' | 'stages' | 'recordings' | 'attachments'>;

/** 作出决定的行政机关 as the case names it, or the township's government. */
export const agencyNameOf = (record: EnforcementSource, context: DocumentContext): string =>
  record.decision?.agencyName?.trim() || `${context.townshipName}人民政府`;

/** Attachments that are evidence (art. 46), by the purposes the enforcement kind offers; scans of 文书 are not. */
const evidencePurposes = new Set(['现场检查笔录', '证据照片']);

/**
 * 当事人 lines under the name (art. 59(一): name or title and address): ID or credit code, representative, address.
 * On the spot (art. 52) the address may not be known: `addressRequired: false` prints it only when recorded.
 */
export function partyDetails(record: EnforcementSource, missing: MissingList, context: DocumentContext, addressRequired = true): { line: string }[] {
  const { party, personal } = record;
  const lines: string[] = [];
  if (party.kind === 'organisation') {
    if (party.creditCode) lines.push(`统一社会信用代码：${party.creditCode}`);
    if (party.legalRepresentative) lines.push(`法定代表人：${party.legalRepresentative}`);
  } else if (personal.idNumber) {
    lines.push(`身份证号码：${personalText('idNumber', personal.idNumber, context.showPersonal)}`);
  }
  const address = addressRequired ? missing.text(personal.address, 'personal.address') : personal.address?.trim();
  if (address) lines.push(`${party.kind === 'organisation' ? '住所' : '住址'}：${personalText('address', address, context.showPersonal)}`);
  return lines.map((line) => ({ line }));
}

/** 证据: what the whole-process record and the evidence attachments hold, in the order they were added. */
export function evidenceOf(record: EnforcementSource): string[] {
  return [
    ...record.recordings.map((recording) => recording.description.trim()),
    ...record.attachments.filter((file) => evidencePurposes.has(file.purpose)).map((file) => `${file.purpose}（${file.name}）`),
  ].filter((text) => text !== '');
}

/** DOC_EVIDENCE_MISSING unless some evidence is recorded; the evidence joined for the paper. */
export function evidenceText(record: EnforcementSource, missing: MissingList): string {
  const evidence = evidenceOf(record);
  if (evidence.length === 0) missing.add('DOC_EVIDENCE_MISSING', '证据（全过程记录，或用途为现场检查笔录、证据照片的附件）', 'recordings');
  return evidence.join('；');
}

/** 行政处罚法 art. 72(一): a fine's surcharge is stated so the party knows it before it runs; none without a fine. */
export const paymentNotesOf = (fine: number | undefined): { line: string }[] => ((fine ?? 0) > 0
  ? [{ line: `罚款金额：${yuanText(fine ?? 0)}。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。` }]
  : []);

/**
 * What every 处罚决定书 opens with (arts. 52, 59): the organ, the document's number, the party with its details and
 * the facts; DOC_NOT_PENALTY unless the case was decided with a penalty. On the spot the address may be unknown.
 */
export function penaltyDecisionHead(record: EnforcementSource, missing: MissingList, context: DocumentContext, addressRequired = true) {
  const decision = record.decision;
  if (decision?.outcome !== 'penalty') missing.add('DOC_NOT_PENALTY', '决定结果为“给予行政处罚”', 'decision.outcome');
  const documentNumber = missing.text(decision?.documentNumber, 'decision.documentNumber');
  const partyDetailLines = partyDetails(record, missing, context, addressRequired);
  return {
    agencyName: agencyNameOf(record, context),
    documentNumber,
    partyName: record.party.name,
    partyDetails: partyDetailLines,
    facts: missing.text(record.matter, 'matter'),
  };
}
