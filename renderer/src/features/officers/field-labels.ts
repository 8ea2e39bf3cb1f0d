// Chinese names of the officer record's fields, for issues, history and the form alike.
import { genderLabels, officerStatusLabels } from '#shared/domain/labels';
import type { ValueLabels } from '../../components/detail/HistoryPanel';
import type { FieldLabels } from '../../components/form/field-labels';

export const officerFieldLabels: FieldLabels = {
  name: '姓名', gender: '性别', unit: '工作单位', certificateNumber: '执法证号', certificateIssuedOn: '发证日期',
  certificateExpiresOn: '有效期至', status: '人员状态', note: '备注',
  personal: '身份证号码、联系电话', 'personal.idNumber': '身份证号码', 'personal.phone': '联系电话',
  trashed: '回收站状态',
};

/** Coded values in words for the history panel (在岗 → 暂停执法, not active → suspended). */
export const officerValueLabels: ValueLabels = { status: officerStatusLabels, gender: genderLabels };
