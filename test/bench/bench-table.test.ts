// The P1–P6 table and .bench/last.json's goal keys, from results shaped as the two benches write them.
import { describe, expect, it } from 'vitest';
import { goalsOf, goalsTable } from './bench-table';

const store = {
  options: { saveCount: 10_000, coldAt: 50_000, listAt: 100_000 },
  comparisons: [
    { id: 'save', measuredMs: 16_000, baselineMs: 8_000 },
    { id: 'saveFloor', measuredMs: 14_000, baselineMs: 8_000 },
    { id: 'list', measuredMs: 300, baselineMs: 80 },
    { id: 'coldOpen', measuredMs: 250, baselineMs: 100 },
    { id: 'export', measuredMs: 3_100, baselineMs: 2_400 },
  ],
};
const sync = {
  ingest: { docs: 100_000, serverMs: 60_000, rawMs: 40_000 },
  pull: { docs: 100_000, replicationMs: 120_000, rawMs: 60_000, indexMs: 300_000, floorMs: 90_000 },
  devices: { devices: 500, alone: { p99: 20 }, herd: { p99: 2_000, requests: 1_500 }, herdTotalMs: 5_000, processRssMiB: 412.4 },
};

describe('the issue-12 goals table', () => {
  it('takes each goal from its own comparison, with both sides and the size', () => {
    const goals = goalsOf(store, sync);
    expect(goals.P1).toMatchObject({ ratio: 2, store: 16_000, baseline: 8_000, n: 10_000 });
    expect(goals.P2).toMatchObject({ ratio: 3.75, store: 300, baseline: 80, n: 100_000 });
    expect(goals.P3).toMatchObject({ ratio: 2.5, store: 250, baseline: 100, n: 50_000 });
    expect(goals.P4).toMatchObject({ ratio: 2, store: 120_000, baseline: 60_000, n: 100_000, extra: { indexMs: 300_000, floorMs: 90_000 } });
    expect(goals.P5).toMatchObject({ ratio: 1.5, store: 60_000, baseline: 40_000, n: 100_000 });
    expect(goals.P6).toMatchObject({ ratio: 100, store: 2_000, baseline: 20, n: 500, extra: { requests: 1_500, requestsPerSecond: 300, processRssMiB: 412.4 } });
  });

  it('prints one line per goal with the machine, and the speed, throughput and memory beside P5 and P6', () => {
    const text = goalsTable(goalsOf(store, sync), { cores: 2, loadBefore: [1.5, 2, 3], loadAfter: [6, 5, 4] });
    const lines = text.split('\n');
    expect(lines[0]).toBe('issue 12 goals, 2 cores, load average 1.5 2.0 3.0 before and 6.0 5.0 4.0 after');
    expect(lines.slice(2).map((l) => l.slice(0, 2))).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(lines.find((l) => l.startsWith('P5'))).toMatch(/1\.50×\s+60\.0 s\s+40\.0 s.*0\.67× raw speed/);
    expect(lines.find((l) => l.startsWith('P6'))).toMatch(/100\.00×\s+2000 ms\s+20 ms.*1500 requests \(300\/s\).*412 MiB/);
  });

  it('prints beside P1 and P4 what the same rows cost written straight into IndexedDB, against the same baseline', () => {
    const lines = goalsTable(goalsOf(store, sync), { cores: 2, loadBefore: [0, 0, 0], loadAfter: [0, 0, 0] }).split('\n');
    expect(lines.find((l) => l.startsWith('P1'))).toMatch(/the same rows straight into IndexedDB 14\.0 s \(1\.75×\)/);
    expect(lines.find((l) => l.startsWith('P4'))).toMatch(/search index ready 300\.0 s from the start; the same rows straight into IndexedDB 90\.0 s \(1\.50×\)/);
  });

  it('says a part was not run instead of inventing a figure', () => {
    const goals = goalsOf(store, { ...sync, pull: null });
    expect(goals.P4).toMatchObject({ ratio: null, store: null, baseline: null, n: null });
    const text = goalsTable(goals, { cores: 2, loadBefore: [0, 0, 0], loadAfter: [0, 0, 0] });
    expect(text.split('\n').find((l) => l.startsWith('P4'))).toContain('not run');
    expect(goalsOf(undefined, undefined).P1.ratio).toBeNull();
  });
});
