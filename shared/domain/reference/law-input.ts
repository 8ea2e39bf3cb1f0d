// A law the county adds to 法律法规目录: its full title, short name and category. A title already in the
// bundled catalogue keeps the bundled code, so a later fresh install does not list it twice; any other
// title gets a code derived from it (the same title always gives the same id on every device).
import type { DomainIssue } from '../issue';
import type { ReferenceData } from '../schemas/reference-data';
import { countyCodeOf } from './county-code';
import { lawCatalogue } from './laws';

export const lawCategories = ['宪法', '法律', '行政法规', '部门规章', '党内法规', '地方性法规', '地方政府规章', '规范性文件'] as const;

export interface LawInput {
  name: string;
  shortName: string;
  category: string;
}

export interface NewLaw {
  code: string;
  name: string;
  shortName: string;
  category: string;
}

export type LawResult = { ok: true; law: NewLaw } | { ok: false; issues: DomainIssue[] };

/** Schema maxima of `name` and `details.shortName`. */
const MAX_NAME = 200;
const MAX_SHORT_NAME = 60;

/** 《…》 and spaces are dropped so a pasted title matches the catalogue's. */
const cleanTitle = (text: string): string => text.replace(/[《》\s]/g, '');

/** `existing` is the catalogue as stored (active or not): an active title is refused, a deactivated one is restored. */
export function lawFromInput(input: LawInput, existing: readonly ReferenceData[]): LawResult {
  const name = cleanTitle(input.name);
  const shortName = cleanTitle(input.shortName) || name;
  const issues: DomainIssue[] = [];
  const issue = (code: string, message: string, field: string) => issues.push({ code, message, field, severity: 'error' });
  if (name === '') issue('REF_LAW_NAME_MISSING', '请填写法律法规的全称，例如 黑龙江省行政执法与监督条例', 'name');
  else if (name.length > MAX_NAME) issue('REF_LAW_TOO_LONG', `全称不能超过${MAX_NAME}个字`, 'name');
  if (shortName.length > MAX_SHORT_NAME) issue('REF_LAW_TOO_LONG', `简称不能超过${MAX_SHORT_NAME}个字`, 'shortName');
  if (!(lawCategories as readonly string[]).includes(input.category)) {
    issue('REF_LAW_CATEGORY_INVALID', `请选择类别：${lawCategories.join('、')}`, 'category');
  }
  const same = existing.find((law) => law.kind === 'law' && cleanTitle(law.name) === name);
  if (name !== '' && same?.active) issue('REF_LAW_DUPLICATE', `《${name}》已在目录中`, 'name');
  if (issues.length > 0) return { ok: false, issues };
  const code = same?.code ?? lawCatalogue.find((law) => law.name === name)?.code ?? countyCodeOf(name);
  return { ok: true, law: { code, name, shortName, category: input.category } };
}
