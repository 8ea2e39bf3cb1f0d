// The store's case numbering, put together: `assign` for saves (ledger-write, ledger-bulk) and the
// control the app wiring drives — setReserver when enrolled, topUp when online, useDeviceCounter
// when the device leaves sync (docs/decisions/008).
import { numberedCaseKinds, type CaseNumberReserver } from '#shared/sync/index';
import { assignCaseNumbers, type CaseNumber } from './case-numbers';
import {
  BlockReservations,
  defaultCaseNumberOptions,
  modifyNumbering,
  numberingState,
  numbersFromBlocks,
  type CaseNumberOptions,
  type CaseNumberRequest,
  type NumberingMode,
  type ProvisionalEntry,
  type ReservationFailure,
} from './case-number-source';
import { provisionalNumbers, replaceProvisionalNumbers } from './case-number-provisional';
import type { ReferenceStore, SettingsStore } from './contract';
import type { TaizhangDatabase } from './database';
import type { IdNumberHasher } from './id-number-hash';
import { townshipShortName } from './numbering-request';
import type { SaveJournal } from './save-journal';

export interface CaseNumberStatus {
  mode: NumberingMode;
  /** Whether a reserver is set (the sync engine runs). */
  reserverSet: boolean;
  /** Cases still carrying a 临时案号. */
  provisional: number;
}

export interface CaseNumberTopUp {
  /** Blocks received now. */
  reserved: number;
  /** Provisional numbers replaced by real ones now. */
  replaced: number;
  /** Provisional numbers still waiting. */
  provisionalLeft: number;
  /** A series that needed a block did not get one: why (the server's code and message). */
  problem?: ReservationFailure;
}

export interface CaseNumberControl {
  /**
   * Enrolled: the call that reserves a block on the county server (POST /v1/case-numbers/reserve).
   * Setting one switches this device to server blocks for good — kept in the database, so a restart
   * offline never numbers from the device counter — until `useDeviceCounter`. `null` only stops
   * calling the server (sync stopped); numbers then come from what is left, then provisional ones.
   */
  setReserver(reserver: CaseNumberReserver | null): Promise<void>;
  /** The device left sync: back to its own counter; provisional numbers are replaced from it. */
  useDeviceCounter(): Promise<void>;
  /** Reserves blocks for series running low and replaces provisional numbers. Call when online (after each sync). */
  topUp(): Promise<CaseNumberTopUp>;
  status(): Promise<CaseNumberStatus>;
}

export interface CaseNumbering {
  assign(request: CaseNumberRequest): Promise<CaseNumber[]>;
  control: CaseNumberControl;
  /** Waits for reservations still on their way (close). */
  settle(): Promise<void>;
}

export interface CaseNumberingDeps {
  db: TaizhangDatabase;
  settings: SettingsStore;
  reference: ReferenceStore;
  /** Read at call time: a re-keyed hasher applies to renumbered records too. */
  hash: IdNumberHasher;
  clock: () => Date;
  /** A renumbering is a save like an edit: record, search words and history together. */
  journal: SaveJournal;
}

export function createCaseNumbering(deps: CaseNumberingDeps, overrides: Partial<CaseNumberOptions> = {}): CaseNumbering {
  const options = { ...defaultCaseNumberOptions, ...overrides };
  const { db } = deps;
  const blocks = new BlockReservations(db, options);

  const setMode = (mode: NumberingMode) => modifyNumbering(db, (data) => ({ data: { ...data, mode }, result: undefined }));

  async function realNumber(entry: ProvisionalEntry, mode: NumberingMode): Promise<CaseNumber | undefined> {
    const shortName = await townshipShortName(deps.reference, entry.townshipId);
    if (!shortName) return undefined;
    const request = { kind: entry.kind, townshipId: entry.townshipId, townshipShortName: shortName, year: entry.year, count: 1 };
    const numbers = mode === 'blocks' ? await numbersFromBlocks(db, blocks, request, options) : await assignCaseNumbers(db, request);
    return numbers[0];
  }

  async function replace(mode: NumberingMode): Promise<number> {
    return replaceProvisionalNumbers({
      db,
      hash: deps.hash,
      clock: deps.clock,
      journal: deps.journal,
      actor: async () => {
        const s = await deps.settings.get();
        return { person: s.operatorName || '本机', deviceId: s.deviceId };
      },
      realNumber: (entry) => realNumber(entry, mode),
    });
  }

  const control: CaseNumberControl = {
    async setReserver(reserver) {
      blocks.setReserver(reserver);
      if (reserver) await setMode('blocks');
    },
    async useDeviceCounter() {
      blocks.setReserver(null);
      await setMode('device');
      await replace('device');
    },
    async topUp() {
      const state = await numberingState(db);
      if (state.mode === 'device') {
        const replaced = await replace('device');
        return { reserved: 0, replaced, provisionalLeft: (await numberingState(db)).provisional.length };
      }
      let reserved = 0;
      let problem: ReservationFailure | undefined;
      const { townshipId } = await deps.settings.get();
      const year = deps.clock().getFullYear();
      if (townshipId && blocks.online) {
        for (const kind of numberedCaseKinds) {
          if ((await blocks.remaining(kind, townshipId, year)) >= options.lowWater) continue;
          if (await blocks.reserve(kind, townshipId, year, options.blockSize)) reserved += 1;
          else problem ??= blocks.lastFailure;
        }
      }
      const replaced = blocks.online ? await replace('blocks') : 0;
      const result: CaseNumberTopUp = { reserved, replaced, provisionalLeft: (await numberingState(db)).provisional.length };
      if (problem) result.problem = problem;
      return result;
    },
    async status() {
      const state = await numberingState(db);
      return { mode: state.mode, reserverSet: blocks.online, provisional: state.provisional.length };
    },
  };

  return {
    control,
    settle: () => blocks.settle(),
    async assign(request) {
      const state = await numberingState(db);
      if (state.mode === 'device') return assignCaseNumbers(db, request);
      const real = await numbersFromBlocks(db, blocks, request, options);
      const left = await blocks.remaining(request.kind, request.townshipId, request.year);
      // Below the low-water mark: ask for the next block in the background (it fails quietly offline).
      if (left < options.lowWater) void blocks.reserve(request.kind, request.townshipId, request.year, options.blockSize);
      if (real.length === request.count) return real;
      const { deviceId } = await deps.settings.get();
      const provisional = await provisionalNumbers(db, deviceId, { ...request, count: request.count - real.length });
      return [...real, ...provisional];
    },
  };
}
