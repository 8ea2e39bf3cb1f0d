import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventOrder, readRecordedRun, writeRecordedRun, type FaultEvent } from './event-order';
import type { ConnectionPlan } from './tcp-proxy';

const cut: ConnectionPlan = { kind: 'cut', direction: 'down', afterBytes: 120 };
const drawn = (plans: ConnectionPlan[]) => (index: number): ConnectionPlan => plans[index] ?? { kind: 'pass' };

describe('the event order of a fault run (issue 13)', () => {
  it('records each connection\'s plan counted from the planner\'s first connection, and each save, restart and close in order', async () => {
    const order = EventOrder.record();
    const planner = order.planner(drawn([{ kind: 'refuse' }, cut]));
    await order.turn('save', 't0');
    expect(planner(57)).toEqual({ kind: 'refuse' });
    await order.turn('close', 't1');
    expect(planner(58)).toEqual(cut);
    expect(order.events.map((event) => (event.kind === 'connection' ? `connection ${String(event.index)}` : `${event.kind} ${event.actor}`)))
      .toEqual(['save t0', 'connection 0', 'close t1', 'connection 1']);
  });

  it('a replay gives connection n the recorded plan, whatever the seed would draw, and later connections pass', () => {
    const recorded: FaultEvent[] = [
      { kind: 'connection', index: 0, plan: cut, atMs: 1 },
      { kind: 'connection', index: 1, plan: { kind: 'refuse' }, atMs: 2 },
    ];
    const planner = EventOrder.replay(recorded).planner(drawn([{ kind: 'pass' }, { kind: 'pass' }, { kind: 'refuse' }]));
    expect([planner(10), planner(11), planner(12)]).toEqual([cut, { kind: 'refuse' }, { kind: 'pass' }]);
  });

  it('a replayed close waits until the saves and connections recorded before it happened again', async () => {
    const recorded: FaultEvent[] = [
      { kind: 'save', actor: 't0', atMs: 1 },
      { kind: 'connection', index: 0, plan: cut, atMs: 2 },
      { kind: 'close', actor: 't1', atMs: 3 },
      { kind: 'save', actor: 't0', atMs: 4 },
    ];
    const order = EventOrder.replay(recorded);
    const planner = order.planner(drawn([]));
    const happened: string[] = [];
    const close = order.turn('close', 't1').then(() => happened.push('close t1'));
    await order.turn('save', 't0').then(() => happened.push('save t0'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(happened).toEqual(['save t0']);
    planner(0);
    await close;
    // The second save was recorded after the close: it waited for it.
    await order.turn('save', 't0').then(() => happened.push('save t0'));
    expect(happened).toEqual(['save t0', 'close t1', 'save t0']);
    expect(order.divergences).toEqual([]);
  });

  it('a replay that goes another way goes on after a while and says where: soon for a connection the app did not open, late for a save that never came', async () => {
    const order = EventOrder.replay([
      { kind: 'connection', index: 0, plan: cut, atMs: 1 },
      { kind: 'restart', actor: 'server', atMs: 2 },
      { kind: 'save', actor: 't2', atMs: 3 },
      { kind: 'close', actor: 't1', atMs: 4 },
    ], { connectionMs: 20, actionMs: 200 });
    await order.turn('restart', 'server');
    expect(order.divergences).toEqual(['restart server #1: waited 20 ms for earlier connections that did not come again; went on']);
    await order.turn('close', 't1');
    expect(order.divergences[1]).toBe('close t1 #1: waited 200 ms for earlier events that did not come again; went on');
  });

  it('a recorded run reads back from its file as written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fault-trace-'));
    try {
      const file = join(dir, 'nested', 'app.json');
      const run = { scenario: 'app', seed: '0x2b086712', backend: 'pglite', events: [{ kind: 'save', actor: 't1', atMs: 12 }] as FaultEvent[] };
      await writeRecordedRun(file, run);
      expect(await readRecordedRun(file)).toEqual(run);
      await writeRecordedRun(file, { ...run, events: undefined as never });
      await expect(readRecordedRun(file)).rejects.toThrow('不是故障运行的事件记录');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
