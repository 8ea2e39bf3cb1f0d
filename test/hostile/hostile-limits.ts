// The server's limits in the hostile suite and its bench: the defaults, but with short deadlines
// so trickled connections end within the run, and no per-device request limit (two devices send
// thousands of requests a minute here; the limit has its own test).
import { defaultLimits, type AppLimits } from '../../server/http/app';

export const hostileLimits: AppLimits = {
  ...defaultLimits,
  requestsPerMinute: 100_000_000,
  unauthenticatedBodyMs: 1_000,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
};
