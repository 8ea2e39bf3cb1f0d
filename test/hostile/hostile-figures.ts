// What the hostile suite's worker measures and hands back, and what the run adds around it.
import type { Devices, OpKind } from './hostile-mix';

export interface ClientInput {
  baseUrl: string;
  devices: Devices;
  seed: number;
  requests: number;
  concurrency: number;
  /** Answers slower than this count as slow (the bound: 2 s). */
  slowMs: number;
}

export interface ClientFigures {
  requests: number;
  byKind: Partial<Record<OpKind, number>>;
  byStatus: Record<string, number>;
  serverErrors: number;
  slowAnswers: number;
  slowestMs: number;
  slowestByKind: Partial<Record<OpKind, number>>;
  /** Refusals not in the {code, message} shape with a Chinese message. */
  unshaped: number;
  /** Answers other than the one expected for the request. */
  unexpected: number;
  /** A few unexpected answers, to say what went wrong. */
  samples: string[];
  trickled: number;
  trickledStillOpen: number;
  healthProbes: number;
  healthMaxMs: number;
  elapsedMs: number;
}

export interface ClientResult {
  figures: ClientFigures;
  /** Ids of batches answered 200: every one must be stored. */
  mustExist: string[];
  /** Ids of batches refused or cut: none may be stored. */
  mustNotExist: string[];
}

export interface HostileFigures extends ClientFigures {
  /** Ids stored against what the answers said: a refused row stored, or an accepted one missing. */
  partialWrites: number;
  written: number;
  /** The longest the server's event loop was blocked. */
  loopDelayMaxMs: number;
  loopDelayP99Ms: number;
  rssBeforeMiB: number;
  rssMaxMiB: number;
  rssGrowthMiB: number;
}
