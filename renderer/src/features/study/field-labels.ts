// The study record's coded values in words for its history: its description's, plus the names of the laws
// and officers the page has loaded.
import { studyValueLabels as codedValueLabels } from '#shared/domain/kinds/study-session';
import type { ValueLabels } from '#shared/domain/kinds/description';

export function studyValueLabels(lawNames: Record<string, string>, officerNames: Record<string, string>): ValueLabels {
  return { ...codedValueLabels, 'lawIds.*': lawNames, 'participants.*.officerId': officerNames };
}
