// A 权责清单 item the county adds or changes in 基础数据: its name, enforcement category and legal basis.
// Pure, so the dialog and the tests read the same rules. A new item's code comes from its name (a name
// in the bundled list keeps the bundled code, a deactivated one typed again is restored under its code);
// a changed item keeps its code, so the cases that cite it still find it.
import { enforcementCategoryLabels } from '../labels';
import type { DomainIssue } from '../issue';
import { enforcementCategories, type EnforcementCategory } from '../schemas/enforcement-case';
import type { ReferenceData } from '../schemas/reference-data';
import { hasUnstorableText } from '../text/storable-text';
import { countyCodeOf } from './county-code';
import { samplePowerList } from './power-list';

export interface PowerItemInput {
  name: string;
  /** An enforcement category code ('penalty' …). */
  category: string;
  legalBasis: string;
}

export interface PowerItemFields {
  code: string;
  name: string;
  category: EnforcementCategory;
  legalBasis: string;
}

export type PowerItemResult = { ok: true; item: PowerItemFields } | { ok: false; issues: DomainIssue[] };

/** Schema maxima of `name` and `details.text`, counted in characters as the schema counts them. */
export const MAX_POWER_NAME = 200;
export const MAX_LEGAL_BASIS = 2000;

const lengthOf = (text: string): number => [...text].length;

/** Spaces do not make two names different (a pasted name often carries some). */
const sameName = (a: string, b: string): boolean => a.replace(/\s/g, '') === b.replace(/\s/g, '');

const isCategory = (value: string): value is EnforcementCategory => (enforcementCategories as readonly string[]).includes(value);

/**
 * `existing` is the power list as stored (active or not); `editing` the item being changed, or null for
 * a new one. Every problem is reported at once.
 */
export function powerItemFromInput(input: PowerItemInput, existing: readonly ReferenceData[], editing: ReferenceData | null): PowerItemResult {
  const name = input.name.trim();
  const legalBasis = input.legalBasis.trim();
  const issues: DomainIssue[] = [];
  const issue = (code: string, message: string, field: string) => issues.push({ code, message, field, severity: 'error' });

  if (hasUnstorableText(name)) issue('REF_POWER_TEXT_UNSTORABLE', '事项名称含有无法保存的不可见字符（多为从其他程序粘贴带入），请删除后重新输入', 'name');
  else if (name === '') issue('REF_POWER_NAME_MISSING', '请填写事项名称，例如 对随意倾倒生活垃圾的处罚', 'name');
  else if (lengthOf(name) > MAX_POWER_NAME) issue('REF_POWER_TOO_LONG', `事项名称不能超过${MAX_POWER_NAME}个字（现有${lengthOf(name)}个字）`, 'name');

  if (!isCategory(input.category)) {
    issue('REF_POWER_CATEGORY_INVALID', `请选择类别：${enforcementCategories.map((code) => enforcementCategoryLabels[code]).join('、')}`, 'category');
  }

  if (hasUnstorableText(legalBasis)) issue('REF_POWER_TEXT_UNSTORABLE', '法律依据含有无法保存的不可见字符（多为从其他程序粘贴带入），请删除后重新输入', 'legalBasis');
  else if (legalBasis === '') issue('REF_POWER_BASIS_MISSING', '请填写法律依据，写明法律法规名称和条款，例如《中华人民共和国土地管理法》第七十八条', 'legalBasis');
  else if (lengthOf(legalBasis) > MAX_LEGAL_BASIS) issue('REF_POWER_TOO_LONG', `法律依据不能超过${MAX_LEGAL_BASIS}个字（现有${lengthOf(legalBasis)}个字）`, 'legalBasis');

  const others = existing.filter((entry) => entry.kind === 'powerItem' && entry.id !== editing?.id);
  if (name !== '' && others.some((entry) => entry.active && sameName(entry.name, name))) {
    issue('REF_POWER_DUPLICATE', `权责清单中已有在用的事项“${name}”，请修改该事项，不要重复添加`, 'name');
  }
  if (issues.length > 0 || !isCategory(input.category)) return { ok: false, issues };

  const code = editing?.code
    ?? others.find((entry) => sameName(entry.name, name))?.code
    ?? samplePowerList.find((item) => sameName(item.name, name))?.code
    ?? countyCodeOf(name);
  return { ok: true, item: { code, name, category: input.category, legalBasis } };
}
