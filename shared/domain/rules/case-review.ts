// 案卷评查: the reviewed case, the reviewer, veto items from the catalogue and the two section scores.
import type { Draft } from '../draft';
import { caseReviewSchema } from '../schemas/case-review';
import { contentScoreMaximum, formScoreMaximum, isVetoItemCode } from './case-review-score';
import type { RuleContext } from './context';
import { checkDate, checkText, IssueList, isBlank, listOf } from './shape';

const props = caseReviewSchema.properties;

export function validateCaseReview(draft: Draft<'caseReview'>, context: RuleContext): IssueList {
  const issues = new IssueList();
  checkText(issues, draft.enforcementCaseId, 'enforcementCaseId', '被评查的执法案卷', { required: true, maxLength: props.enforcementCaseId.maxLength });
  checkText(issues, draft.reviewedUnit, 'reviewedUnit', '被评查单位', { required: true, maxLength: props.reviewedUnit.maxLength });
  checkText(issues, draft.reviewer, 'reviewer', '评查人', { required: true, maxLength: props.reviewer.maxLength });
  checkDate(issues, draft.reviewedOn, 'reviewedOn', '评查日期', { required: true, notAfter: context.today });
  checkText(issues, draft.findings, 'findings', '评查意见', { maxLength: props.findings.maxLength });
  const score = (value: unknown, field: string, label: string, maximum: number) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > maximum) {
      issues.error('REVIEW_SCORE_RANGE', `${label}应在0到${maximum}分之间，现为${typeof value === 'number' ? value : '空'}`, field);
    }
  };
  score(draft.formScore, 'formScore', '案卷形式得分', formScoreMaximum);
  score(draft.contentScore, 'contentScore', '案卷内容得分', contentScoreMaximum);
  const vetoItems = listOf(draft.vetoItems);
  vetoItems.forEach((code, index) => {
    if (!isVetoItemCode(code)) issues.error('REVIEW_VETO_UNKNOWN', `否决项“${code}”不在评查否决项目录中，请从列表中选择`, `vetoItems.${index}`);
  });
  if (vetoItems.length > 0 && isBlank(draft.findings)) {
    issues.error('REVIEW_FINDINGS_MISSING', '存在否决项的案卷判为不合格，请在评查意见中写明具体问题', 'findings');
  }
  return issues;
}
