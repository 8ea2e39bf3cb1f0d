// A reference entry's name for a paper (所学法律法规, 纠纷类型). An id the device's reference data does not name is
// refused (DOC_REFERENCE_UNKNOWN), not printed as its code.
import type { DocumentContext } from './document';
import type { MissingList } from './missing';

export function referenceNameOf(id: string, context: DocumentContext, missing: MissingList, label: string, field: string): string {
  const names = context.referenceNames ?? {};
  const name = Object.hasOwn(names, id) ? names[id]?.trim() : undefined;
  if (name) return name;
  missing.add('DOC_REFERENCE_UNKNOWN', `${label}（“${id}”不在本机的参考数据中，请同步或在「参考数据」中补充）`, field);
  return '';
}
