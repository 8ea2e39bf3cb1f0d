// 行政执法台账: the case, its party, officers, procedure and outcome with the dates of each stage
// (行政处罚法 art. 47, 58, 59; the 三项制度 [W1]).
import type { EnforcementCase } from '../schemas/enforcement-case';
import { joinNames, yesNo, type LedgerColumn, type LedgerColumns } from './columns';

const columns: LedgerColumn<EnforcementCase>[] = [
  { header: '案号', type: 'text', width: 26, value: (record) => record.caseNumber },
  { header: '立案日期', type: 'date', width: 12, value: (record) => record.stages.filedOn },
  { header: '执法类别', type: 'text', width: 10, value: (record, context) => context.word('category', record.category) },
  { header: '程序', type: 'text', width: 10, value: (record, context) => context.word('procedure', record.procedure) },
  { header: '执法事项', type: 'text', width: 30, value: (record) => record.matter },
  { header: '当事人', type: 'text', width: 20, value: (record) => record.party.name },
  {
    header: '身份证号码或统一社会信用代码', type: 'text', width: 24,
    // A credit code identifies an organisation, not a person: it is not masked.
    value: (record, context) => (record.party.kind === 'organisation' ? record.party.creditCode : context.personal('idNumber', record.personal.idNumber)),
  },
  { header: '联系电话', type: 'text', width: 14, value: (record, context) => context.personal('phone', record.personal.phone) },
  { header: '住址', type: 'text', width: 24, value: (record, context) => context.personal('address', record.personal.address) },
  { header: '执法人员', type: 'text', width: 16, value: (record, context) => joinNames(record.officerIds.map((id) => context.officerName(id))) },
  { header: '办理环节', type: 'text', width: 10, value: (record, context) => context.word('stage', record.stage) },
  { header: '重大执法决定', type: 'text', width: 8, value: (record) => yesNo(record.major) },
  { header: '法制审核意见', type: 'text', width: 12, value: (record, context) => context.word('legalReview.opinion', record.legalReview?.opinion) },
  { header: '决定结果', type: 'text', width: 12, value: (record, context) => context.word('decision.outcome', record.decision?.outcome) },
  { header: '决定书文号', type: 'text', width: 22, value: (record) => record.decision?.documentNumber },
  { header: '罚款金额（元）', type: 'number', width: 14, format: '#,##0.00', value: (record) => record.decision?.fineAmount },
  { header: '决定日期', type: 'date', width: 12, value: (record) => record.stages.decidedOn },
  { header: '送达日期', type: 'date', width: 12, value: (record) => record.stages.servedOn },
  { header: '执行日期', type: 'date', width: 12, value: (record) => record.stages.executedOn },
  { header: '结案日期', type: 'date', width: 12, value: (record) => record.stages.closedOn },
];

export const enforcementLedgerColumns: LedgerColumns<EnforcementCase> = { sheetName: '行政执法台账', columns };
