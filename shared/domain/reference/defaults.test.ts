import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { referenceDataSchema } from '../schemas/reference-data';
import { defaultReferenceData } from './defaults';

const now = '2026-01-01T00:00:00.000Z';
const entries = defaultReferenceData(now);
const ofKind = (kind: string) => entries.filter((entry) => entry.kind === kind);

// ajv, as the app (build-time validators) and the server do; RxDB-only keywords carry no validation.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
ajv.addVocabulary(['version', 'primaryKey', 'indexes', 'encrypted']);
const validateEntry = ajv.compile(referenceDataSchema);
const isValid = (value: unknown): boolean => validateEntry(value);

describe('default reference data for 绥滨县', () => {
  it('[REF_SCHEMA_VALID] every default entry validates against referenceDataSchema', () => {
    const failures = entries.flatMap((entry) => {
      return isValid(entry) ? [] : [{ id: entry.id, error: validateEntry.errors?.map((e) => `${e.instancePath}: ${e.message}`) }];
    });
    expect(failures).toEqual([]);
    expect(entries.length).toBeGreaterThan(90);
    // The validator does refuse a bad entry (an unknown detail field), so the check above can fail.
    const bad = { ...entries[0], details: { ...entries[0]?.details, colour: 'red' } };
    expect(isValid(bad)).toBe(false);
  });

  it('[REF_IDS] ids are kind:code, unique, and written by 系统/defaults', () => {
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      expect(entry.id).toBe(`${entry.kind}:${entry.code}`);
      expect(entry.updatedBy).toEqual({ person: '系统', deviceId: 'defaults' });
      expect(entry.updatedAt).toBe(now);
    }
  });

  it('[REF_TOWNSHIPS] the nine townships of 绥滨县 with short names and mediation committees', () => {
    const townships = ofKind('township');
    expect(townships.map((t) => t.name)).toEqual(['绥滨镇', '绥东镇', '忠仁镇', '连生乡', '北岗乡', '富强乡', '北山乡', '新富乡', '福兴乡']);
    expect(townships.find((t) => t.code === 'zhongren')?.details).toMatchObject({ shortName: '忠仁', text: '忠仁镇人民调解委员会' });
  });

  it('[REF_CATALOGUES] dispute types, laws and power list are large enough and carry what the forms need', () => {
    expect(ofKind('disputeType').map((t) => t.name)).toEqual(expect.arrayContaining(['婚姻家庭纠纷', '村务管理纠纷', '计划生育纠纷', '道路交通事故纠纷']));
    expect(ofKind('disputeType')).toHaveLength(17);
    const laws = ofKind('law');
    expect(laws.length).toBeGreaterThanOrEqual(40);
    expect(laws.every((law) => law.details.shortName && law.details.category)).toBe(true);
    expect(laws.map((law) => law.details.shortName)).toEqual(expect.arrayContaining(['宪法', '民法典', '行政处罚法', '人民调解法', '个人信息保护法']));
    const powers = ofKind('powerItem');
    expect(powers.length).toBeGreaterThanOrEqual(15);
    expect(powers.every((item) => item.details.category && item.details.text?.includes('《'))).toBe(true);
  });

  it('[REF_TARGETS] the plan targets and the success-rate setting', () => {
    const value = (code: string) => ofKind('target').find((t) => t.code === code)?.details;
    expect(value('lawsStudiedBeforeMeetings')).toMatchObject({ value: 20, unit: 'count' });
    expect(value('mediationSuccessRate')).toMatchObject({ value: 0.9, unit: 'ratio' });
    expect(value('certifiedOfficerRate')).toMatchObject({ value: 1, unit: 'ratio' });
    expect(value('publicLawyers')).toMatchObject({ value: 8, unit: 'count' });
    expect(ofKind('setting')[0]?.details.text).toContain('调解不成功');
  });

  it('[REF_CALENDAR] 2024–2026 holiday arrangements are included', () => {
    const years = ofKind('calendarYear');
    expect(years.map((y) => y.details.year)).toEqual([2024, 2025, 2026]);
    expect(years.find((y) => y.details.year === 2026)?.details.workdays).toContain('2026-10-10');
  });
});
