// What a PC reports of itself (records waiting, app version) and what the county reads of every PC
// (docs/decisions/026). The server cannot know either: the PC tells it on POST /v1/device-report.

/** POST /v1/device-report: what the PC knows and the server cannot. */
export interface DeviceReport {
  /** Records with a local change the server has not confirmed (the app bar's 待同步 N 条). */
  waiting: number;
  /** The app's version, e.g. '0.1.0'. */
  appVersion: string;
}

export const deviceReportLimits = {
  /** A township holds tens of thousands of records; more than this waiting is not a real count. */
  maxWaiting: 10_000_000,
  /** Semver with a build suffix fits easily. */
  maxAppVersionLength: 40,
  /** GET /v1/devices answers at most this many PCs (a county has tens of townships, a few PCs each). */
  maxListed: 1000,
} as const;

/** Letters, digits and . + - _ only: shown on the county's page as sent. */
export const APP_VERSION_PATTERN = /^[0-9A-Za-z.+_-]{1,40}$/;

/** One PC as the county's page lists it (GET /v1/devices, county only). */
export interface DeviceHealthRow {
  id: string;
  name: string;
  role: 'township' | 'county';
  townshipId: string | null;
  createdAt: string;
  /** Last request the server authenticated (at most a minute old while the PC is busy). */
  lastSeenAt: string | null;
  revokedAt: string | null;
  /** As last reported by the PC; null until it reported once (an older app never does). */
  waiting: number | null;
  appVersion: string | null;
  reportedAt: string | null;
}

export interface DeviceListResponse {
  devices: DeviceHealthRow[];
  /** More PCs than deviceReportLimits.maxListed are enrolled: the list is cut there. */
  truncated: boolean;
}
