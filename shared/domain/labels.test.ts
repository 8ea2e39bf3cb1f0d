import { describe, expect, it } from 'vitest';
import * as labels from './labels';
import { enforcementCategories, enforcementStages } from './schemas/enforcement-case';
import { mediationSources, mediationStatuses, partyRoles } from './schemas/mediation-case';
import { officerStatuses } from './schemas/officer';
import { reviewGrades } from './schemas/case-review';
import { studyKinds } from './schemas/study-session';
import { historyActions } from './schemas/record-history';
import { referenceKinds } from './schemas/reference-data';

describe('labels', () => {
  it('[LABELS_COMPLETE] every enum list of the schemas has a Chinese label per value, and no extras', () => {
    const pairs: [readonly string[], Record<string, string>][] = [
      [mediationStatuses, labels.mediationStatusLabels],
      [mediationSources, labels.mediationSourceLabels],
      [partyRoles, labels.partyRoleLabels],
      [enforcementCategories, labels.enforcementCategoryLabels],
      [enforcementStages, labels.enforcementStageLabels],
      [officerStatuses, labels.officerStatusLabels],
      [reviewGrades, labels.reviewGradeLabels],
      [studyKinds, labels.studyKindLabels],
      [historyActions, labels.historyActionLabels],
      [referenceKinds, labels.referenceKindLabels],
    ];
    for (const [values, map] of pairs) {
      expect(Object.keys(map).sort()).toEqual([...values].sort());
      expect(Object.values(map).every((label) => /[\u4e00-\u9fff]/.test(label))).toBe(true);
    }
  });
});
