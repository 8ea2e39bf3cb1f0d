import { describe, expect, it } from 'vitest';
import { enforcementStageOf } from './enforcement-stage';

describe('enforcement stage', () => {
  it('[ENF_STAGE_DERIVED] is the furthest stage with a date', () => {
    expect(enforcementStageOf({ filedOn: '2026-09-01' })).toBe('filed');
    expect(enforcementStageOf({ filedOn: '2026-09-01', notifiedOn: '2026-09-10' })).toBe('notified');
    expect(enforcementStageOf({ filedOn: '2026-09-01', hearingRequestedOn: '2026-09-12' })).toBe('hearing');
    expect(enforcementStageOf({ filedOn: '2026-09-01', decidedOn: '2026-09-30', servedOn: '' })).toBe('decided');
    expect(enforcementStageOf({ filedOn: '2026-09-01', closedOn: '2026-12-01' })).toBe('closed');
  });
});
