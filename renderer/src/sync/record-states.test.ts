import { describe, expect, it } from 'vitest';
import { recordStatesOf } from './record-states';

describe('record states', () => {
  it('a conflict shows before a problem, a problem before waiting, and confirmed records are synced', () => {
    const states = recordStatesOf(['a', 'b', 'c', 'd'], {
      conflicted: new Set(['a']),
      problem: (id) => id === 'a' || id === 'b',
      unconfirmed: new Set(['b', 'c']),
    });
    expect(Object.fromEntries(states)).toEqual({ a: 'conflict', b: 'problem', c: 'waiting', d: 'synced' });
  });

  it('every record waits while nobody knows which are confirmed (replication not started, no leader answer)', () => {
    const states = recordStatesOf(['a', 'b'], { conflicted: new Set(), problem: () => false, unconfirmed: undefined });
    expect([...states.values()]).toEqual(['waiting', 'waiting']);
  });
});
