import { describe, expect, it } from 'vitest';
import { defaultReferenceData } from './defaults';
import { powerItemFromInput } from './power-item-input';

const powerList = defaultReferenceData('2026-01-01T00:00:00.000Z').filter((entry) => entry.kind === 'powerItem');
const codesOf = (result: ReturnType<typeof powerItemFromInput>) => (result.ok ? [] : result.issues.map((issue) => issue.code));
const messagesOf = (result: ReturnType<typeof powerItemFromInput>) => (result.ok ? [] : result.issues.map((issue) => issue.message));
const burning = powerList.find((entry) => entry.code === 'chufa-lutian-fenshao-jiegan');

const newItem = { name: '对在禁止养殖区域内建设畜禽养殖场的处罚', category: 'penalty', legalBasis: '《畜禽规模养殖污染防治条例》第三十七条' };

describe('a 权责清单 item the county adds or changes', () => {
  it('a new name gets a code derived from it, the same on every device, within the id limit', () => {
    const first = powerItemFromInput({ ...newItem, name: `  ${newItem.name} ` }, powerList, null);
    expect(first).toMatchObject({ ok: true, item: { name: newItem.name, category: 'penalty', legalBasis: newItem.legalBasis } });
    const second = powerItemFromInput(newItem, [], null);
    expect(first.ok && second.ok && first.item.code === second.item.code).toBe(true);
    expect(first.ok ? `powerItem:${first.item.code}`.length : 99).toBeLessThanOrEqual(40);
  });

  it('a changed item keeps its code, so cases citing it still find it', () => {
    const result = powerItemFromInput({ name: '对露天焚烧秸秆的处罚', category: 'penalty', legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条' }, powerList, burning ?? null);
    expect(result.ok ? result.item.code : null).toBe('chufa-lutian-fenshao-jiegan');
  });

  it('[REF_POWER_DUPLICATE] an active name is refused (spaces ignored); a deactivated one is restored under its code; an item may keep its own name', () => {
    const name = burning?.name ?? '';
    const duplicate = powerItemFromInput({ ...newItem, name: ` ${name.slice(0, 5)} ${name.slice(5)}` }, powerList, null);
    expect(codesOf(duplicate)).toEqual(['REF_POWER_DUPLICATE']);
    expect(messagesOf(duplicate)[0]).toContain('已有在用的事项');
    const deactivated = powerList.map((entry) => (entry.id === burning?.id ? { ...entry, active: false } : entry));
    const restored = powerItemFromInput({ ...newItem, name }, deactivated, null);
    expect(restored.ok ? restored.item.code : null).toBe('chufa-lutian-fenshao-jiegan');
    expect(powerItemFromInput({ ...newItem, name }, powerList, burning ?? null).ok).toBe(true);
  });

  it('a bundled name missing on this device keeps its bundled code (a fresh install does not list it twice)', () => {
    const older = powerList.filter((entry) => entry.code !== 'chufa-lanfa-linmu');
    const result = powerItemFromInput({ name: '对滥伐林木的处罚', category: 'penalty', legalBasis: '《中华人民共和国森林法》第七十六条' }, older, null);
    expect(result.ok ? result.item.code : null).toBe('chufa-lanfa-linmu');
  });

  it('[REF_POWER_NAME_MISSING] [REF_POWER_CATEGORY_INVALID] [REF_POWER_BASIS_MISSING] every problem at once, in Chinese', () => {
    const result = powerItemFromInput({ name: ' ', category: '行政处罚', legalBasis: '\n' }, powerList, null);
    expect(codesOf(result)).toEqual(['REF_POWER_NAME_MISSING', 'REF_POWER_CATEGORY_INVALID', 'REF_POWER_BASIS_MISSING']);
    expect(messagesOf(result)[1]).toBe('请选择类别：行政处罚、行政许可、行政强制、行政检查、行政征收、其他');
  });

  it('[REF_POWER_TOO_LONG] name ≤ 200 and legal basis ≤ 2000 characters, counted as the schema counts (a character outside the BMP is one)', () => {
    expect(codesOf(powerItemFromInput({ ...newItem, name: '事'.repeat(201), legalBasis: '条'.repeat(2001) }, powerList, null))).toEqual(['REF_POWER_TOO_LONG', 'REF_POWER_TOO_LONG']);
    expect(powerItemFromInput({ ...newItem, name: '𠀀'.repeat(200), legalBasis: '条'.repeat(2000) }, powerList, null).ok).toBe(true);
  });

  it('[REF_POWER_TEXT_UNSTORABLE] U+0000 or an unpaired surrogate, pasted from another program, is refused', () => {
    expect(codesOf(powerItemFromInput({ ...newItem, name: `${newItem.name}\u0000` }, powerList, null))).toEqual(['REF_POWER_TEXT_UNSTORABLE']);
    expect(codesOf(powerItemFromInput({ ...newItem, legalBasis: `第三十七条\ud800` }, powerList, null))).toEqual(['REF_POWER_TEXT_UNSTORABLE']);
  });
});
