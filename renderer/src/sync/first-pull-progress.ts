// 首次同步 progress of a device that never finished a first sync: how many documents arrived, shown
// once per batch (RxDB reports pulled documents one by one, a batch at a time), and done at the
// first moment the device is in sync.
import type { StatusFacts, StatusStore } from './status';

export interface FirstPullProgress {
  received: () => void;
  /** The device is in sync: the patch that ends the progress, once; undefined after (or without a first sync). */
  finish: () => Pick<StatusFacts, 'initialPull'> | undefined;
  stop: () => void;
}

export function followFirstPull(status: StatusStore, firstSync: boolean): FirstPullProgress {
  let pulling = firstSync;
  let received = 0;
  let queued = false;
  let stopped = false;
  if (pulling) status.update({ initialPull: { received: 0, done: false } });
  return {
    received() {
      if (!pulling) return;
      received += 1;
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        if (pulling && !stopped) status.update({ initialPull: { received, done: false } });
      });
    },
    finish() {
      if (!pulling) return undefined;
      pulling = false;
      return { initialPull: { received, done: true } };
    },
    stop() {
      stopped = true;
    },
  };
}
