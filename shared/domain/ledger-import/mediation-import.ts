// 人民调解 from an office's Excel 台账: one row a case, with its applicant and respondent, the way the
// 人民调解案件登记簿 keeps them. Headers of the app's own export map by themselves.
import type { Draft } from '../draft';
import { mediationSourceLabels, mediationStatusLabels } from '../labels';
import type { MediationCase } from '../schemas/mediation-case';
import { cellNames, cellText } from './cells';
import type { ImportContext, ImportField, ImportRow, LedgerImport, RowDraft } from './description';
import { dateField, labelField, missingRequired } from './row-fields';

const fields: ImportField[] = [
  { key: 'receivedOn', label: '受理日期', aliases: ['受理时间', '登记日期'], required: true },
  { key: 'disputeType', label: '纠纷类型', aliases: ['纠纷种类', '案件类型'], required: true },
  { key: 'source', label: '案件来源', aliases: ['来源'], required: false },
  { key: 'applicant', label: '申请人', aliases: ['申请人姓名', '当事人甲'], required: true },
  { key: 'applicantIdNumber', label: '申请人身份证号码', aliases: ['申请人身份证号', '身份证号码'], required: false },
  { key: 'applicantPhone', label: '申请人联系电话', aliases: ['申请人电话', '联系电话'], required: false },
  { key: 'respondent', label: '被申请人', aliases: ['被申请人姓名', '当事人乙'], required: true },
  { key: 'summary', label: '纠纷简要情况', aliases: ['纠纷简况', '简要案情', '纠纷情况'], required: true },
  { key: 'mediators', label: '调解员', aliases: ['调解人员', '调解人'], required: true },
  { key: 'status', label: '调解结果', aliases: ['调解状态', '状态'], required: false },
  { key: 'closedOn', label: '结案日期', aliases: ['结案时间'], required: false },
];

function draftOf(row: ImportRow, context: ImportContext): RowDraft<'mediationCase'> {
  const problems: string[] = [];
  missingRequired(row, fields, problems);
  const receivedOn = dateField(row, 'receivedOn', '受理日期', problems);
  const closedOn = dateField(row, 'closedOn', '结案日期', problems);
  const typeName = cellText(row.disputeType);
  const disputeType = typeName ? context.referenceCode('disputeType', typeName) : undefined;
  if (typeName && !disputeType) problems.push(`纠纷类型“${typeName}”不在基础数据的纠纷类型中`);
  const source = labelField(row, 'source', '案件来源', mediationSourceLabels, problems, 'application');
  const status = labelField(row, 'status', '调解结果', mediationStatusLabels, problems, 'accepted');
  if (problems.length > 0 || !receivedOn || !disputeType || !source || !status) return { ok: false, problems };

  const idNumber = cellText(row.applicantIdNumber);
  const phone = cellText(row.applicantPhone);
  const draft: Draft<'mediationCase'> = {
    committee: context.committee, source, receivedOn, disputeType, summary: cellText(row.summary), status,
    parties: [
      { partyId: 'p1', role: 'applicant', kind: 'person', name: cellText(row.applicant) },
      { partyId: 'p2', role: 'respondent', kind: 'person', name: cellText(row.respondent) },
    ],
    personal: { parties: [{ partyId: 'p1', ...(idNumber ? { idNumber } : {}), ...(phone ? { phone } : {}) }, { partyId: 'p2' }] },
    mediators: cellNames(row.mediators),
    sessions: [], returnVisits: [], attachments: [],
    ...(closedOn ? { closedOn } : {}),
  };
  return { ok: true, draft };
}

const names = (draft: Pick<MediationCase, 'parties'>, role: string) =>
  draft.parties.filter((party) => party.role === role).map((party) => party.name.trim()).sort().join('、');

export const mediationImport: LedgerImport<'mediationCase'> = {
  fields,
  draftOf,
  sameCaseKey: (draft) => [draft.receivedOn, names(draft, 'applicant'), names(draft, 'respondent'), draft.summary.trim()].join('|'),
};
