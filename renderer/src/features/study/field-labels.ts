// The study record's coded values in words for its history: its description's, plus the names of the laws
// and officers the page has loaded.
import { studyValueLabels as codedValueLabels } from '#shared/domain/fields/study-session';
import type { ValueLabels } from '#shared/domain/fields/field-labels';

export function studyValueLabels(lawNames: Record<string, string>, officerNames: Record<string, string>): ValueLabels {
  return { ...codedValueLabels, 'lawIds.*': lawNames, 'participants.*.officerId': officerNames };
}
