// Case-number blocks (docs/decisions/008): an enrolled township device numbers its cases from
// blocks of consecutive numbers the county server reserves for its township, so two devices of
// one township never hand out the same 案号, even when both work offline for weeks.

/** The kinds that carry a 案号; case reviews copy the reviewed case's number and need none. */
export const numberedCaseKinds = ['mediationCase', 'enforcementCase'] as const;
export type NumberedCaseKind = (typeof numberedCaseKinds)[number];

export const isNumberedCaseKind = (value: unknown): value is NumberedCaseKind =>
  (numberedCaseKinds as readonly unknown[]).includes(value);

export const caseNumberLimits = {
  /** Numbers per reservation: enough for a busy week offline, few enough to leave small gaps. */
  maxBlock: 100,
  /** The schemas' caseSeq maximum. */
  maxSeq: 1_000_000,
  minYear: 2000,
  maxYear: 2100,
} as const;

/** `POST /v1/case-numbers/reserve` body. */
export interface CaseNumberReserveRequest {
  /**
   * Made by the device before the first try and reused on every retry until an answer arrives,
   * so a lost answer does not burn a second block: the server answers a repeat with the same block.
   */
  requestId: string;
  kind: NumberedCaseKind;
  year: number;
  /** 1 … caseNumberLimits.maxBlock */
  count: number;
  /**
   * The highest number of this kind and year the device already used on its own (numbered by its
   * counter before it enrolled): the block starts above it.
   */
  knownMax?: number;
  /** Optional; when sent it must be the device's own township (else 403). */
  townshipId?: string;
}

/** The answer: `first` … `last` inclusive are this device's to use. */
export interface CaseNumberBlock {
  requestId: string;
  kind: NumberedCaseKind;
  year: number;
  first: number;
  last: number;
}

/** What the app's sync layer hands the store: one HTTP call; it rejects when offline or refused. */
export type CaseNumberReserver = (request: CaseNumberReserveRequest) => Promise<CaseNumberBlock>;
