// 执法人员台账: who holds an enforcement certificate (执法证), its number and validity (司办通〔2020〕78号 [W21]).
import type { Officer } from '../schemas/officer';
import type { LedgerColumn, LedgerColumns } from './columns';

const columns: LedgerColumn<Officer>[] = [
  { header: '姓名', type: 'text', width: 10, value: (record) => record.name },
  { header: '性别', type: 'text', width: 6, value: (record, context) => context.word('gender', record.gender) },
  { header: '工作单位', type: 'text', width: 24, value: (record) => record.unit },
  { header: '执法证号', type: 'text', width: 16, value: (record) => record.certificateNumber },
  { header: '发证日期', type: 'date', width: 12, value: (record) => record.certificateIssuedOn },
  { header: '有效期至', type: 'date', width: 12, value: (record) => record.certificateExpiresOn },
  { header: '身份证号码', type: 'text', width: 22, value: (record, context) => context.personal('idNumber', record.personal.idNumber) },
  { header: '联系电话', type: 'text', width: 14, value: (record, context) => context.personal('phone', record.personal.phone) },
  { header: '人员状态', type: 'text', width: 10, value: (record, context) => context.word('status', record.status) },
  { header: '备注', type: 'text', width: 24, value: (record) => record.note },
];

export const officerLedgerColumns: LedgerColumns<Officer> = { sheetName: '执法人员台账', columns };
