// 普法活动 (decision 037): a unit's law education of the public under 谁执法谁普法 — 中办、国办《关于实行国家机关
// “谁执法谁普法”普法责任制的意见》(2017) and the county plan's (十二). The plan counts the activities and the people
// they reached, so each names where it was held, whom it reached and how many, and which laws the unit explained.
import type { Draft } from '../draft';
import { PUBLIC_LEGAL_EDUCATION, studySessionSchema } from '../schemas/study-session';
import type { IssueList } from './shape';
import { checkNumber, checkText, isBlank, listOf } from './shape';

const props = studySessionSchema.properties;

export function checkPublicLegalEducation(issues: IssueList, draft: Draft<'studySession'>): void {
  if (draft.kind !== PUBLIC_LEGAL_EDUCATION) {
    // Only a 普法活动 reaches the public; elsewhere these fields would be counted as if it did.
    if (!isBlank(draft.audience) || (draft.peopleReached !== undefined && draft.peopleReached !== null)) {
      issues.error('PLE_FIELDS_OTHER_KIND', '普法对象和受众人数只用于“普法活动”，请清空这两项或将学习形式改为普法活动', isBlank(draft.audience) ? 'peopleReached' : 'audience');
    }
    return;
  }
  if (isBlank(draft.place)) {
    issues.error('PLE_PLACE_MISSING', '普法活动须写明活动地点（如：绥滨镇农贸市场），以便按“谁执法谁普法”责任制核查', 'place');
  }
  if (isBlank(draft.audience)) {
    issues.error('PLE_AUDIENCE_MISSING', '普法活动须写明普法对象（如：辖区群众、个体工商户、中小学生）', 'audience');
  } else {
    checkText(issues, draft.audience, 'audience', '普法对象', { maxLength: props.audience.maxLength });
  }
  const reached = draft.peopleReached as unknown;
  if (reached === undefined || reached === null || reached === '') {
    issues.error('PLE_PEOPLE_REACHED_MISSING', '普法活动须填写受众人数（估计数亦可），县普法考核按受众人数统计', 'peopleReached');
  } else {
    checkNumber(issues, reached, 'peopleReached', '受众人数', { min: props.peopleReached.minimum, max: props.peopleReached.maximum, integer: true, unit: '人' });
  }
  if (listOf(draft.lawIds).length === 0) {
    issues.warning('PLE_LAW_MISSING', '“谁执法谁普法”：请选择本次宣传的法律法规（执法部门所执行的法律法规），否则无法核对普法内容', 'lawIds');
  }
}
