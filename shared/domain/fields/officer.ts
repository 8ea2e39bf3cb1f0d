// The Chinese names of an officer's fields and coded values: the kind's description (kinds/officer.ts) and its
// pages read them from here.
import { genderLabels, officerStatusLabels } from '../labels';
import type { FieldLabels, ValueLabels } from './field-labels';

export const officerFieldLabels: FieldLabels = {
  name: '姓名', gender: '性别', unit: '工作单位', certificateNumber: '执法证号', certificateIssuedOn: '发证日期',
  certificateExpiresOn: '有效期至', status: '人员状态', note: '备注',
  personal: '身份证号码、联系电话', 'personal.idNumber': '身份证号码', 'personal.phone': '联系电话',
  trashed: '回收站状态',
};

/** Coded values in words for the history panel (在岗 → 暂停执法, not active → suspended). */
export const officerValueLabels: ValueLabels = { status: officerStatusLabels, gender: genderLabels };
