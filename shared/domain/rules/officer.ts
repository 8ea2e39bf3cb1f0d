// 执法人员: name, unit and a certificate (执法证) whose expiry comes after its issue and whose number is
// no other officer's.
import { certificateValidOn } from '../deadlines/certificate-validity';
import type { Draft } from '../draft';
import { genderLabels, officerStatusLabels } from '../labels';
import { officerSchema } from '../schemas/officer';
import type { RuleContext } from './context';
import { checkDate, checkEnum, checkIdNumber, checkPhone, checkText, IssueList, isBlank, textOf } from './shape';

const props = officerSchema.properties;

export function validateOfficer(draft: Draft<'officer'>, context: RuleContext): IssueList {
  const issues = new IssueList();
  checkText(issues, draft.name, 'name', '姓名', { required: true, maxLength: props.name.maxLength });
  checkEnum(issues, draft.gender, genderLabels, 'gender', '性别', false);
  checkText(issues, draft.unit, 'unit', '工作单位', { required: true, maxLength: props.unit.maxLength });
  checkText(issues, draft.note, 'note', '备注', { maxLength: props.note.maxLength });
  if (isBlank(draft.certificateNumber)) {
    issues.error('OFFICER_CERT_NUMBER_MISSING', '请填写执法证号（执法证正面的证件号码）；尚未取得执法证的人员不能登记为执法人员', 'certificateNumber');
  } else {
    checkText(issues, draft.certificateNumber, 'certificateNumber', '执法证号', { maxLength: props.certificateNumber.maxLength });
    checkCertificateUnique(issues, draft.certificateNumber, context);
  }
  const issuedOn = checkDate(issues, draft.certificateIssuedOn, 'certificateIssuedOn', '发证日期', { required: true, notAfter: context.today });
  const expiresOn = checkDate(issues, draft.certificateExpiresOn, 'certificateExpiresOn', '有效期至', { required: true });
  const datesInOrder = !(issuedOn && expiresOn && expiresOn <= issuedOn);
  if (!datesInOrder) {
    issues.error('OFFICER_CERT_EXPIRY_BEFORE_ISSUE', `执法证有效期至${expiresOn}不晚于发证日期${issuedOn}，请核对证件背面的有效期`, 'certificateExpiresOn');
  }
  checkEnum(issues, draft.status, officerStatusLabels, 'status', '人员状态');
  if (datesInOrder && draft.status === 'active' && expiresOn && !certificateValidOn(expiresOn, context.today)) {
    issues.warning('OFFICER_CERT_LAPSED', `执法证已于${expiresOn}到期，到期后不能参与执法；请办理换证后更新有效期，或将状态改为“暂停执法”`, 'certificateExpiresOn');
  }
  checkIdNumber(issues, draft.personal?.idNumber, 'personal.idNumber', '身份证号码');
  checkPhone(issues, draft.personal?.phone, 'personal.phone', '联系电话');
  return issues;
}

/** A certificate number names one officer (执法证 national design, 司办通〔2020〕78号): no other officer holds it. */
function checkCertificateUnique(issues: IssueList, certificateNumber: unknown, context: RuleContext): void {
  const number = textOf(certificateNumber);
  if (!number) return;
  for (const other of context.officersById.values()) {
    if (other.id === context.recordId || other.trashed || textOf(other.certificateNumber) !== number) continue;
    issues.error('OFFICER_CERT_NUMBER_DUPLICATE',
      `执法证号${number}已登记在执法人员${other.name}名下；一个执法证号只对应一名执法人员，请核对证件号码，或修改已有的那条记录`, 'certificateNumber');
    return;
  }
}
