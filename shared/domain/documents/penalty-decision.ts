// 行政处罚决定书 (行政处罚法 art. 59): the party's name or title and address; the facts and evidence of the
// violation; the penalty and its legal basis; the manner and deadline of performance; the channels and
// deadlines for 行政复议 and 行政诉讼; the organ's name and the date, under its seal. Only a case decided with
// a penalty (决定结果: 给予行政处罚) has one.
import { enforcementFieldLabels } from '../kinds/enforcement-fields';
import type { EnforcementCase } from '../schemas/enforcement-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { dateText, personalText, yuanText } from './format';
import { MissingList } from './missing';

type DecisionSource = Pick<EnforcementCase, 'party' | 'personal' | 'matter' | 'legalBasis' | 'decision' | 'stages' | 'recordings' | 'attachments'>;

/** Attachments that are evidence (art. 46), by the purposes the enforcement kind offers; scans of 文书 are not. */
const evidencePurposes = new Set(['现场检查笔录', '证据照片']);

function partyDetails(record: DecisionSource, missing: MissingList, context: DocumentContext): { line: string }[] {
  const { party, personal } = record;
  const lines: string[] = [];
  if (party.kind === 'organisation') {
    if (party.creditCode) lines.push(`统一社会信用代码：${party.creditCode}`);
    if (party.legalRepresentative) lines.push(`法定代表人：${party.legalRepresentative}`);
  } else if (personal.idNumber) {
    lines.push(`身份证号码：${personalText('idNumber', personal.idNumber, context.showPersonal)}`);
  }
  const address = missing.text(personal.address, 'personal.address');
  if (address) lines.push(`${party.kind === 'organisation' ? '住所' : '住址'}：${personalText('address', address, context.showPersonal)}`);
  return lines.map((line) => ({ line }));
}

/** 证据: what the whole-process record and the evidence attachments hold, in the order they were added. */
function evidenceOf(record: DecisionSource): string[] {
  return [
    ...record.recordings.map((recording) => recording.description.trim()),
    ...record.attachments.filter((file) => evidencePurposes.has(file.purpose)).map((file) => `${file.purpose}（${file.name}）`),
  ].filter((text) => text !== '');
}

function fill(record: DecisionSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(enforcementFieldLabels);
  const decision = record.decision;
  if (decision?.outcome !== 'penalty') missing.add('DOC_NOT_PENALTY', '决定结果为“给予行政处罚”', 'decision.outcome');
  const documentNumber = missing.text(decision?.documentNumber, 'decision.documentNumber');
  const details = partyDetails(record, missing, context);
  const facts = missing.text(record.matter, 'matter');
  const evidence = evidenceOf(record);
  if (evidence.length === 0) missing.add('DOC_EVIDENCE_MISSING', '证据（全过程记录，或用途为现场检查笔录、证据照片的附件）', 'recordings');
  const legalBasis = missing.text(record.legalBasis, 'legalBasis');
  const content = missing.text(decision?.content, 'decision.content');
  const performance = missing.text(decision?.performance, 'decision.performance');
  const remedies = missing.text(decision?.remedies, 'decision.remedies');
  const decidedOn = missing.text(record.stages.decidedOn, 'stages.decidedOn');
  const fine = decision?.fineAmount ?? 0;
  return {
    missing: missing.items,
    fields: {
      agencyName: decision?.agencyName?.trim() || `${context.townshipName}人民政府`,
      documentNumber,
      partyName: record.party.name,
      partyDetails: details,
      facts,
      evidence: evidence.join('；'),
      legalBasis,
      content,
      // 行政处罚法 art. 72(一): the surcharge is stated so the party knows it before it runs.
      paymentNotes: fine > 0
        ? [{ line: `罚款金额：${yuanText(fine)}。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。` }]
        : [],
      performance,
      remedies,
      decidedOn: decidedOn ? dateText(decision?.sealedOn ?? decidedOn) : '',
    },
  };
}

export const penaltyDecisionDocument: DocumentDescription<DecisionSource> = {
  id: 'penalty-decision',
  title: '行政处罚决定书',
  template: 'penalty-decision.docx',
  fill,
};
