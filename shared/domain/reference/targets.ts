// The county plan's yearly targets (docs/design.md §1) and the success-rate definition, as reference data the
// county may change. The codes are what `yearFigures` looks up.
import type { ReferenceData } from '../schemas/reference-data';

export const targetCodes = {
  lawsStudiedBeforeMeetings: 'lawsStudiedBeforeMeetings',
  officerTrainings: 'officerTrainings',
  caseReviews: 'caseReviews',
  certifiedOfficerRate: 'certifiedOfficerRate',
  mediationSuccessRate: 'mediationSuccessRate',
  publicLawyers: 'publicLawyers',
} as const;

export type TargetCode = (typeof targetCodes)[keyof typeof targetCodes];

export interface TargetSeed {
  code: TargetCode;
  name: string;
  value: number;
  unit: 'count' | 'ratio';
  /** What is counted, shown beside the figure. */
  text: string;
}

export const planTargets: readonly TargetSeed[] = [
  { code: 'lawsStudiedBeforeMeetings', name: '政府常务会议会前学法', value: 20, unit: 'count', text: '每年会前学法不少于20部法律法规（按法律法规目录去重计数）' },
  { code: 'officerTrainings', name: '执法人员培训', value: 2, unit: 'count', text: '每年组织行政执法人员培训不少于2次' },
  { code: 'caseReviews', name: '案卷评查', value: 2, unit: 'count', text: '每年对重点执法单位开展案卷评查不少于2次' },
  { code: 'certifiedOfficerRate', name: '执法人员持证率', value: 1, unit: 'ratio', text: '在岗执法人员持有效执法证的比例达到100%' },
  { code: 'mediationSuccessRate', name: '人民调解成功率', value: 0.9, unit: 'ratio', text: '人民调解成功率不低于90%' },
  { code: 'publicLawyers', name: '公职律师', value: 8, unit: 'count', text: '全县公职律师不少于8名' },
];

/**
 * Setting code of the number of 公职律师 the county has now (县司法局 keeps the register; `details.value`).
 * No entry until the county types it: the dashboard's 公职律师 figure then says 暂无数据.
 */
export const publicLawyerCountSettingCode = 'publicLawyerCount';

/** The 公职律师 number as stored, or an entry without a value (未填写) for the county to fill in. */
export function publicLawyerCountEntry(settings: readonly ReferenceData[], now: string, actor: ReferenceData['updatedBy']): ReferenceData {
  return settings.find((entry) => entry.kind === 'setting' && entry.code === publicLawyerCountSettingCode) ?? {
    id: `setting:${publicLawyerCountSettingCode}`,
    kind: 'setting',
    code: publicLawyerCountSettingCode,
    name: '现有公职律师人数',
    sortOrder: 100,
    active: true,
    details: { text: '全县现有公职律师人数，工作台按规划目标对照' },
    updatedAt: now,
    updatedBy: { ...actor },
  };
}

/** Setting code of the success-rate definition; `details.category` is 'closed' (default) or 'received'. */
export const successRateSettingCode = 'mediationSuccessRateDefinition';

export type SuccessRateDenominator = 'closed' | 'received';

export const successRateDefinitions: Record<SuccessRateDenominator, string> = {
  closed: '调解成功率 = 调解成功件数 ÷ 已结案件数（调解成功 + 调解不成功 + 终止调解）；受理后尚未结案的不计入',
  received: '调解成功率 = 调解成功件数 ÷ 受理件数（含尚未结案的案件）',
};
