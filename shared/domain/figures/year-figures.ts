// The raw counts of one year that the dashboard turns into figures against the plan's targets.
// The store computes these through indexes; the figures are pure functions of them.

export interface YearCounts {
  year: number;
  /** Mediation cases received in the year, by where they stand now. */
  mediation: { received: number; succeeded: number; failed: number; terminated: number };
  /** Distinct laws (law catalogue ids) studied in 会前学法 sessions held in the year. */
  lawsStudiedBeforeMeetings: number;
  /** 执法人员培训 sessions held in the year. */
  officerTrainings: number;
  /** 案卷评查 reviews dated in the year. */
  caseReviews: number;
  /** Active officers, and of them those whose certificate is valid today. */
  officers: { active: number; certifiedValid: number };
}
