import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from '../reference/defaults';
import type { ReferenceData } from '../schemas/reference-data';
import { yearFigures, type YearCounts } from './year-figures';

const reference = defaultReferenceData('2026-01-01T00:00:00.000Z');
const counts = (overrides: Partial<YearCounts> = {}): YearCounts => ({
  year: 2026,
  mediation: { received: 40, succeeded: 27, failed: 2, terminated: 1, byDisputeType: {}, bySource: {} },
  lawsStudiedBeforeMeetings: 21,
  officerTrainings: 1,
  publicLegalEducation: { activities: 0, peopleReached: 0 },
  caseReviews: 2,
  officers: { active: 8, certifiedValid: 7 },
  ...overrides,
});
const byCode = (figures: ReturnType<typeof yearFigures>, code: string) => figures.find((figure) => figure.code === code);

describe('year figures against the plan', () => {
  it('[FIG_SUCCESS_RATE] success rate = succeeded ÷ (succeeded + failed + terminated), with its definition', () => {
    const rate = byCode(yearFigures(counts(), reference), 'mediationSuccessRate');
    expect(rate).toMatchObject({ value: 0.9, target: 0.9, unit: 'ratio', met: true, label: '人民调解成功率' });
    expect(rate?.definition).toContain('调解不成功');
  });

  it('[FIG_SUCCESS_RATE_NONE_CLOSED] no closed case gives no rate, not zero', () => {
    const rate = byCode(yearFigures(counts({ mediation: { received: 5, succeeded: 0, failed: 0, terminated: 0, byDisputeType: {}, bySource: {} } }), reference), 'mediationSuccessRate');
    expect(rate).toMatchObject({ value: null, met: null });
  });

  it('[FIG_SUCCESS_RATE_SETTING] the county can count over cases received instead', () => {
    const setting = reference.map((entry): ReferenceData => entry.kind === 'setting'
      ? { ...entry, details: { category: 'received', text: '调解成功件数 ÷ 受理件数' } } : entry);
    const rate = byCode(yearFigures(counts(), setting), 'mediationSuccessRate');
    expect(rate).toMatchObject({ value: 27 / 40, met: false, definition: '调解成功件数 ÷ 受理件数' });
  });

  it('[FIG_COUNTS] laws studied, trainings and reviews against their targets', () => {
    const figures = yearFigures(counts(), reference);
    expect(byCode(figures, 'lawsStudiedBeforeMeetings')).toMatchObject({ value: 21, target: 20, unit: 'count', met: true });
    expect(byCode(figures, 'officerTrainings')).toMatchObject({ value: 1, target: 2, met: false });
    expect(byCode(figures, 'caseReviews')).toMatchObject({ value: 2, target: 2, met: true });
  });

  it('[FIG_CERTIFIED_RATE] certified-officer rate must reach 100 %; no active officers gives no rate', () => {
    expect(byCode(yearFigures(counts(), reference), 'certifiedOfficerRate')).toMatchObject({ value: 7 / 8, target: 1, met: false });
    expect(byCode(yearFigures(counts({ officers: { active: 3, certifiedValid: 3 } }), reference), 'certifiedOfficerRate')?.met).toBe(true);
    expect(byCode(yearFigures(counts({ officers: { active: 0, certifiedValid: 0 } }), reference), 'certifiedOfficerRate')?.value).toBeNull();
  });

  it('[FIG_TARGET_EDITED] a target the county changed is used; a missing one falls back to the plan', () => {
    const edited = reference.map((entry): ReferenceData => entry.code === 'lawsStudiedBeforeMeetings'
      ? { ...entry, details: { ...entry.details, value: 25 } } : entry);
    expect(byCode(yearFigures(counts(), edited), 'lawsStudiedBeforeMeetings')).toMatchObject({ target: 25, met: false });
    expect(byCode(yearFigures(counts(), []), 'lawsStudiedBeforeMeetings')).toMatchObject({ target: 20, met: true });
  });

  it('[FIG_PUBLIC_LAWYERS] 公职律师 is the number the county typed in 基础数据, against the plan; none typed yet gives no figure', () => {
    const none = byCode(yearFigures(counts(), reference), 'publicLawyers');
    expect(none).toMatchObject({ value: null, met: null, target: 8 });
    expect(none?.definition).toContain('尚未');
    const typed: ReferenceData = {
      id: 'setting:publicLawyerCount', kind: 'setting', code: 'publicLawyerCount', name: '现有公职律师人数', sortOrder: 40, active: true,
      details: { value: 6 }, updatedAt: '2026-11-02T03:00:00.000Z', updatedBy: { person: '赵县局', deviceId: 'county-1' },
    };
    const figure = byCode(yearFigures(counts(), [...reference, typed]), 'publicLawyers');
    expect(figure).toMatchObject({ value: 6, target: 8, unit: 'count', met: false, label: '公职律师' });
    expect(figure?.definition).toContain('赵县局');
  });
});
