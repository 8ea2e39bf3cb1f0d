// 案卷评查 scoring: any veto item (否决项) makes the file 不合格 with 0 points; otherwise the total is the
// form section (≤ 20) plus the content section (≤ 80). Grades: ≥ 90 优秀, ≥ 80 良好, ≥ 60 合格, else 不合格
// (the common 百分制 bands of provincial 评查标准; a county that uses others changes them here).
import type { ReviewGrade } from '../schemas/case-review';

/** The veto items of docs/domain.md (测绘地理信息 standard [W4]), code → label. */
export const vetoItemCatalogue = {
  unlawfulAgency: '执法主体不合法',
  uncertifiedOfficer: '执法人员未取得执法证件',
  crimeNotTransferred: '涉嫌犯罪应移送而未移送',
  insufficientEvidence: '主要证据不足',
  unclearFacts: '认定事实不清',
  wrongCharacterisation: '定性错误',
  wrongLaw: '适用法律依据错误',
  unlawfulProcedure: '违反法定程序',
  fewerThanTwoOfficers: '执法人员少于两人',
} as const satisfies Record<string, string>;

export type VetoItemCode = keyof typeof vetoItemCatalogue;

export const isVetoItemCode = (code: string): code is VetoItemCode => Object.hasOwn(vetoItemCatalogue, code);

export const gradeThresholds: readonly { grade: ReviewGrade; minimum: number }[] = [
  { grade: 'excellent', minimum: 90 },
  { grade: 'good', minimum: 80 },
  { grade: 'pass', minimum: 60 },
];

export const formScoreMaximum = 20;
export const contentScoreMaximum = 80;

const clamp = (value: number, maximum: number): number => (Number.isFinite(value) ? Math.min(Math.max(value, 0), maximum) : 0);

export function scoreCaseReview(input: { vetoItems: readonly string[]; formScore: number; contentScore: number }): { totalScore: number; grade: ReviewGrade } {
  if (input.vetoItems.length > 0) return { totalScore: 0, grade: 'fail' };
  // Points are deducted per fault with no negative section totals ([W4]); clamping keeps a stray input in range.
  const totalScore = clamp(input.formScore, formScoreMaximum) + clamp(input.contentScore, contentScoreMaximum);
  const grade = gradeThresholds.find((band) => totalScore >= band.minimum)?.grade ?? 'fail';
  return { totalScore, grade };
}
