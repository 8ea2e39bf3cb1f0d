// Whose values a conflict sets side by side, as an official reads them on this PC: the PC whose
// push lost (本机 here, its name elsewhere) against the county server's; and whether this PC may
// choose — the owner of the record (a township's PC for its ledgers, the county for case reviews).
import { ownerRoleOf } from '#shared/sync/index';
import type { SyncConflict, SyncEnrollment } from '../../sync/contract';

export interface ConflictSides {
  local: string;
  server: string;
  /** False on a PC of the other role: it sees the conflict and cannot resolve it. */
  mayResolve: boolean;
}

export function conflictSides(conflict: Pick<SyncConflict, 'kind' | 'foundOn'>, here: Pick<SyncEnrollment, 'deviceId' | 'role'> | null): ConflictSides {
  const own = conflict.foundOn.deviceId === '' || conflict.foundOn.deviceId === here?.deviceId;
  return {
    local: own ? '本机' : `另一台电脑“${conflict.foundOn.deviceName}”`,
    server: '服务器',
    mayResolve: here !== null && ownerRoleOf(conflict.kind) === here.role,
  };
}
