// Failed authentications per address (rule S42): a wrong token or enrollment code costs a
// database lookup and is the only way to guess one, so an address that failed `max` times in a
// window is refused with 429 before any lookup until the window ends. Successes cost nothing here.

interface Window {
  startedAt: number;
  failures: number;
}

/** Addresses remembered at most; past it, expired windows are dropped (then the oldest). */
const MAX_ADDRESSES = 10_000;

export class FailedAuthLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until this address may try again; 0 when it may try now. */
  blockedFor(address: string): number {
    const window = this.windows.get(address);
    if (!window || window.failures < this.max) return 0;
    const left = window.startedAt + this.windowMs - this.now();
    if (left > 0) return left;
    this.windows.delete(address);
    return 0;
  }

  recordFailure(address: string): void {
    const now = this.now();
    const window = this.windows.get(address);
    if (window && now - window.startedAt < this.windowMs) {
      window.failures++;
      return;
    }
    this.windows.delete(address);
    if (this.windows.size >= MAX_ADDRESSES) this.forgetExpired(now);
    this.windows.set(address, { startedAt: now, failures: 1 });
  }

  private forgetExpired(now: number): void {
    for (const [address, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(address);
    // All still live: drop the oldest (Map keeps insertion order), so memory stays bounded.
    const oldest = this.windows.keys().next();
    if (this.windows.size >= MAX_ADDRESSES && !oldest.done) this.windows.delete(oldest.value);
  }
}
