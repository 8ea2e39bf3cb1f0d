// 人民调解结案报告表 (the local filling guide [W9] in docs/domain.md; 人民调解法 art. 27: the case is filed when it
// closes): when the case was taken in and closed, the parties' names, addresses and phones, the 案件来源 (申请 / 主动 /
// 公安移交 / 法院委托 / 政府指定), and how it ended. Only what the form asks of each party is printed (no ID number:
// 个人信息保护法 art. 6). Only a closed case (调解成功, 调解不成功 or 终止调解, with its 结案日期) has one.
import { mediationFieldLabels } from '../fields/mediation-case';
import { agreementFormLabels, mediationSourceLabels, mediationStatusLabels, partyRoleLabels, performanceLabels } from '../labels';
import type { MediationCase } from '../schemas/mediation-case';
import type { DocumentContext, DocumentDescription, DocumentFill } from './document';
import { dateText, joinParts, personalText } from './format';
import { MissingList } from './missing';
import { referenceNameOf } from './reference-name';
import { committeeNameOf } from './mediation-parts';

type ReportSource = Pick<MediationCase, 'caseNumber' | 'committee' | 'source' | 'receivedOn' | 'disputeType' | 'summary' | 'parties' | 'personal' | 'mediators' | 'status' | 'agreement' | 'closedOn' | 'closingNote'>;

const closedStatuses = new Set<MediationCase['status']>(['succeeded', 'failed', 'terminated']);

/** 申请人：刘一，联系电话：…，住址：… */
function contactLines(record: ReportSource, context: DocumentContext): { line: string }[] {
  const personalById = new Map((record.personal.parties ?? []).map((item) => [item.partyId, item]));
  return record.parties.map((party) => {
    const personal = personalById.get(party.partyId);
    const details = joinParts([
      personal?.phone ? `联系电话：${personalText('phone', personal.phone, context.showPersonal)}` : undefined,
      personal?.address ? `${party.kind === 'person' ? '住址' : '住所'}：${personalText('address', personal.address, context.showPersonal)}` : undefined,
    ]);
    return { line: `${partyRoleLabels[party.role]}：${party.name}${details ? `，${details}` : ''}` };
  });
}

/** 调解结果 and, where recorded, the agreement's form, its performance and the closing note (art. 26's routes). */
function outcomeLines(record: ReportSource): { line: string }[] {
  const lines = [`调解结果：${mediationStatusLabels[record.status]}`];
  if (record.status === 'succeeded' && record.agreement) {
    lines.push(`协议形式：${agreementFormLabels[record.agreement.form]}`);
    if (record.agreement.performance) lines.push(`履行情况：${performanceLabels[record.agreement.performance]}`);
  }
  if (record.closingNote?.trim()) lines.push(`结案说明：${record.closingNote.trim()}`);
  return lines.map((line) => ({ line }));
}

function fill(record: ReportSource, context: DocumentContext): DocumentFill {
  const missing = new MissingList(mediationFieldLabels);
  if (!closedStatuses.has(record.status)) missing.add('DOC_CASE_OPEN', '调解状态为“调解成功”“调解不成功”或“终止调解”', 'status');
  const closedOn = missing.text(record.closedOn, 'closedOn');
  if (record.parties.length === 0) missing.add('DOC_PARTIES_MISSING', '当事人', 'parties');
  const disputeType = referenceNameOf(`disputeType:${record.disputeType}`, context, missing, '纠纷类型', 'disputeType');
  const summary = missing.text(record.summary, 'summary');
  const mediators = missing.names(record.mediators, 'mediators');
  return {
    missing: missing.items,
    fields: {
      committeeName: committeeNameOf(record, context),
      caseNumber: record.caseNumber,
      receivedOn: dateText(record.receivedOn),
      closedOn: closedOn ? dateText(closedOn) : '',
      source: mediationSourceLabels[record.source],
      disputeType,
      parties: contactLines(record, context),
      summary,
      outcome: outcomeLines(record),
      mediators: mediators.join('、'),
    },
  };
}

export const closingReportDocument: DocumentDescription<ReportSource> = {
  id: 'closing-report',
  title: '人民调解结案报告表',
  template: 'closing-report.docx',
  fill,
};
