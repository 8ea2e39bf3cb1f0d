import { describe, expect, it } from 'vitest';
import { backoffDelay, createRetryGate, SyncStoppedError, type BackoffPolicy } from './backoff';

const policy: BackoffPolicy = { initialMs: 100, maxMs: 1_000, factor: 2, jitter: 0.5 };
const settled = async (promise: Promise<unknown>) => {
  let state = 'pending';
  promise.then(() => (state = 'resolved'), () => (state = 'rejected'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return state;
};

describe('retry backoff', () => {
  it('[C2] grows exponentially up to the ceiling, with jitter taking off at most its share', () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, policy, () => 0))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelay(2, policy, () => 1)).toBe(200);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(300);
  });

  it('[C2] lets requests through at once until a failure, then only after the wait', async () => {
    let clock = 1_000;
    const gate = createRetryGate({ ...policy, initialMs: 10_000, maxMs: 10_000 }, () => clock, () => 0);
    expect(await settled(gate.pass())).toBe('resolved');
    gate.failed();
    const waiting = gate.pass();
    expect(await settled(waiting)).toBe('pending');
    gate.open();
    expect(await settled(waiting)).toBe('resolved');
    gate.failed();
    clock += 10_000;
    expect(await settled(gate.pass())).toBe('resolved');
  });

  it('[C2] a success resets the count of failures', async () => {
    let clock = 0;
    const gate = createRetryGate(policy, () => clock, () => 0);
    gate.failed();
    gate.failed();
    gate.succeeded();
    gate.failed();
    clock += 100; // the first wait again (100), not the third (400)
    expect(await settled(gate.pass())).toBe('resolved');
    gate.failed();
    clock += 100;
    expect(await settled(gate.pass())).toBe('pending');
    gate.open();
  });

  it('[C7] a block holds every request until opened, and a stop rejects the waiters', async () => {
    const gate = createRetryGate(policy);
    gate.block({ code: 'DEVICE_REVOKED', message: '本机的登记已被县司法局撤销，请联系县司法局。' });
    const held = gate.pass();
    expect(await settled(held)).toBe('pending');
    expect(gate.blocked()?.code).toBe('DEVICE_REVOKED');
    gate.close();
    await expect(held).rejects.toBeInstanceOf(SyncStoppedError);
    await expect(gate.pass()).rejects.toBeInstanceOf(SyncStoppedError);
  });
});
