import { describe, expect, it } from 'vitest';
import { createDeviceReporter } from './device-report';

function fakeHttp(failing = () => false) {
  const sent: unknown[] = [];
  return {
    sent,
    json: async (path: string, init?: { body?: unknown }) => {
      await Promise.resolve();
      if (failing()) throw new Error('SERVER_UNREACHABLE');
      sent.push({ path, body: init?.body });
      return undefined as never;
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('device report (decision 026)', () => {
  it('reports the waiting count with the app version when it changed, and not again when it did not', async () => {
    const http = fakeHttp();
    const reporter = createDeviceReporter(http, '0.1.0');
    reporter.counted(3);
    await settle();
    reporter.counted(3);
    await settle();
    reporter.counted(0);
    await reporter.stop();
    expect(http.sent).toEqual([
      { path: '/v1/device-report', body: { waiting: 3, appVersion: '0.1.0' } },
      { path: '/v1/device-report', body: { waiting: 0, appVersion: '0.1.0' } },
    ]);
  });

  it('sends the first count at once and, of those counted while it was under way, only the latest', async () => {
    const http = fakeHttp();
    const reporter = createDeviceReporter(http, '0.1.0');
    reporter.counted(5);
    reporter.counted(4);
    reporter.counted(2);
    await settle();
    await reporter.stop();
    expect(http.sent.map((each) => (each as { body: { waiting: number } }).body.waiting)).toEqual([5, 2]);
  });

  it('sends a report that failed again at the next count, even when the count did not change', async () => {
    let down = true;
    const http = fakeHttp(() => down);
    const reporter = createDeviceReporter(http, '0.1.0');
    reporter.counted(7);
    await settle();
    expect(http.sent).toEqual([]);
    down = false;
    reporter.counted(7);
    await reporter.stop();
    expect(http.sent).toEqual([{ path: '/v1/device-report', body: { waiting: 7, appVersion: '0.1.0' } }]);
  });

  it('sends nothing without an app version the server accepts', async () => {
    const http = fakeHttp();
    for (const version of [undefined, '0.1 beta', '']) {
      const reporter = createDeviceReporter(http, version);
      reporter.counted(1);
      await reporter.stop();
    }
    expect(http.sent).toEqual([]);
  });
});
