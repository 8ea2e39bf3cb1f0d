// 人民调解案件登记台账: the columns of the county's register (人民调解案件登记簿 [W11], the 受理登记表 and
// 结案报告表 fields [W7][W9], and the 协议涉及金额 the monthly report sums [W10]).
import type { MediationCase } from '../schemas/mediation-case';
import { joinNames, perPerson, type LedgerColumn, type LedgerColumnContext, type LedgerColumns, type PersonalField } from './columns';

const partyPersonal = (record: MediationCase, context: LedgerColumnContext, field: PersonalField) => {
  const byParty = new Map(record.personal.parties.map((entry) => [entry.partyId, entry]));
  return perPerson(record.parties.map((party) => ({ name: party.name, value: context.personal(field, byParty.get(party.partyId)?.[field]) })));
};

const columns: LedgerColumn<MediationCase>[] = [
  { header: '案号', type: 'text', width: 26, value: (record) => record.caseNumber },
  { header: '受理日期', type: 'date', width: 12, value: (record) => record.receivedOn },
  { header: '案件来源', type: 'text', width: 10, value: (record, context) => context.word('source', record.source) },
  { header: '纠纷类型', type: 'text', width: 14, value: (record, context) => context.referenceName(`disputeType:${record.disputeType}`) ?? record.disputeType },
  {
    header: '当事人', type: 'text', width: 28,
    value: (record, context) => joinNames(record.parties.map((party) => `${party.name}（${context.word('parties.*.role', party.role) ?? party.role}）`)),
  },
  { header: '当事人身份证号码', type: 'text', width: 30, value: (record, context) => partyPersonal(record, context, 'idNumber') },
  { header: '联系电话', type: 'text', width: 24, value: (record, context) => partyPersonal(record, context, 'phone') },
  { header: '住址', type: 'text', width: 24, value: (record, context) => partyPersonal(record, context, 'address') },
  { header: '纠纷简要情况', type: 'text', width: 40, value: (record) => record.summary },
  { header: '调解员', type: 'text', width: 14, value: (record) => joinNames(record.mediators) },
  { header: '调解结果', type: 'text', width: 12, value: (record, context) => context.word('status', record.status) },
  { header: '协议形式', type: 'text', width: 10, value: (record, context) => context.word('agreement.form', record.agreement?.form) },
  { header: '协议涉及金额（元）', type: 'number', width: 16, format: '#,##0.00', value: (record) => record.agreement?.amount },
  { header: '履行情况', type: 'text', width: 10, value: (record, context) => context.word('agreement.performance', record.agreement?.performance) },
  { header: '结案日期', type: 'date', width: 12, value: (record) => record.closedOn },
];

export const mediationLedgerColumns: LedgerColumns<MediationCase> = { sheetName: '人民调解案件登记台账', columns };
