import { describe, expect, it } from 'vitest';
import { followFirstPull } from './first-pull-progress';
import { createStatusStore } from './status';

const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('first pull progress', () => {
  it('shows 0 at once, then one update per batch of pulled documents, and ends once in sync', async () => {
    const status = createStatusStore();
    const seen: (number | undefined)[] = [];
    status.subscribe((s) => seen.push(s.initialPull?.received));
    const progress = followFirstPull(status, true);
    expect(status.facts().initialPull).toEqual({ received: 0, done: false });
    for (let i = 0; i < 100; i++) progress.received();
    await tick();
    expect(status.facts().initialPull).toEqual({ received: 100, done: false });
    expect(seen).toEqual([0, 100]);
    expect(progress.finish()).toEqual({ initialPull: { received: 100, done: true } });
    expect(progress.finish()).toBeUndefined();
  });

  it('shows nothing on a device that synced before, and nothing after stop', async () => {
    const status = createStatusStore();
    const synced = followFirstPull(status, false);
    synced.received();
    expect(synced.finish()).toBeUndefined();
    const stopped = followFirstPull(status, true);
    stopped.received();
    stopped.stop();
    await tick();
    expect(status.facts().initialPull).toEqual({ received: 0, done: false });
  });
});
