// The cited 权责清单 item (行政处罚法 arts. 24, 38; 国办发〔2018〕118号), with the context built as the form and
// the store build it (ruleContextFrom) from the county's reference entries.
import { describe, expect, it } from 'vitest';
import { validateRecord } from '../by-kind/validate';
import { defaultReferenceData } from '../reference/defaults';
import type { ReferenceData } from '../schemas/reference-data';
import { ruleContextFrom } from './context';
import { codesOf, enforcementDraft, officers, only } from './test-fixtures';

const burning = 'powerItem:chufa-lutian-fenshao-jiegan';
const reference = defaultReferenceData('2026-01-01T00:00:00.000Z');
const contextWith = (powerItems: readonly ReferenceData[]) => ruleContextFrom({
  today: '2026-11-30', officers, calendarYears: reference.filter((entry) => entry.kind === 'calendarYear'),
  laws: [], disputeTypes: [], settings: [], powerItems,
});
const defaults = reference.filter((entry) => entry.kind === 'powerItem');
/** The county stopped 露天焚烧秸秆 on 2026-10-01 (Beijing time). */
const stoppedList = defaults.map((entry) => (entry.id === burning ? { ...entry, active: false, updatedAt: '2026-10-01T02:00:00.000Z' } : entry));
const check = (powerItemId: string | undefined, filedOn: string, items: readonly ReferenceData[] = stoppedList) =>
  validateRecord('enforcementCase', enforcementDraft({ powerItemId, stages: { filedOn }, decision: undefined, publicity: undefined }), contextWith(items));

describe('the cited 权责清单 item', () => {
  it('[ENF_POWER_ITEM_UNKNOWN] art. 38: an item not in the county\'s list is refused, naming it', () => {
    const issue = only(check('powerItem:no-such-power', '2026-09-01'), 'ENF_POWER_ITEM_UNKNOWN')[0];
    expect(issue).toMatchObject({ field: 'powerItemId', severity: 'error' });
    expect(issue?.message).toContain('powerItem:no-such-power');
    expect(issue?.message).toContain('第三十八条');
  });

  it('[ENF_POWER_ITEM_UNKNOWN] an active item passes; no item, or a list not read yet, says nothing', () => {
    expect(codesOf(check(burning, '2026-11-02', defaults)).filter((code) => code.startsWith('ENF_POWER_ITEM'))).toEqual([]);
    expect(codesOf(check(undefined, '2026-11-02')).filter((code) => code.startsWith('ENF_POWER_ITEM'))).toEqual([]);
    expect(codesOf(check('powerItem:no-such-power', '2026-11-02', [])).filter((code) => code.startsWith('ENF_POWER_ITEM'))).toEqual([]);
  });

  it('[ENF_POWER_ITEM_STOPPED] arts. 24, 38: a case filed after its item was stopped is refused', () => {
    const issue = only(check(burning, '2026-10-02'), 'ENF_POWER_ITEM_STOPPED')[0];
    expect(issue).toMatchObject({ field: 'powerItemId', severity: 'error' });
    expect(issue?.message).toContain('2026-10-01停用');
    expect(issue?.message).toContain('露天焚烧秸秆');
  });

  it('[ENF_POWER_ITEM_STOPPED] a case filed before (or on the day) its item was stopped still saves, with a warning to check its basis', () => {
    for (const filedOn of ['2026-09-01', '2026-10-01']) {
      const issue = only(check(burning, filedOn), 'ENF_POWER_ITEM_STOPPED')[0];
      expect(issue).toMatchObject({ field: 'powerItemId', severity: 'warning' });
      expect(issue?.message).toContain('核实本案的执法依据');
    }
  });

  it('[ENF_POWER_ITEM_STOPPED] an item stopped and restored is in force again', () => {
    const restored = stoppedList.map((entry) => (entry.id === burning ? { ...entry, active: true, updatedAt: '2026-10-20T02:00:00.000Z' } : entry));
    expect(codesOf(check(burning, '2026-10-10', restored))).not.toContain('ENF_POWER_ITEM_STOPPED');
  });
});
