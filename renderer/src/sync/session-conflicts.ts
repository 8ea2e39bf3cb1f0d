// Conflicts in a running session: the handler RxDB calls for each collection (it merges field by
// field and records true collisions for 冲突处理), and the open-conflict count the status shows,
// followed in this tab and in others.
import type { Subscription } from 'rxjs';
import type { CollectionName } from '#shared/domain/schemas/index';
import type { TaizhangDatabase } from '../store/database';
import { createConflictHandler, type RecordDeriver } from './conflict-handler';
import { recordCollisions, type FoundOn } from './conflict-store';
import type { SetAsideStore } from './set-aside-store';
import type { UnansweredPushes } from './unanswered-pushes';

export interface ConflictDeps {
  db: TaizhangDatabase;
  derive: RecordDeriver;
  /** ISO time now. */
  at(): string;
  /** This PC as a collision entry names it (its enrollment). */
  foundOn: FoundOn;
}

/** Call before the collection's replication starts: RxDB reads the handler when it starts. */
export function installConflictHandler(
  deps: ConflictDeps,
  name: CollectionName,
  stores: { unanswered: UnansweredPushes; setAside: SetAsideStore },
): void {
  deps.db[name].conflictHandler = createConflictHandler(name, {
    derive: deps.derive,
    isOwnUnanswered: (state) => stores.unanswered.isOwn(state),
    ownLastWrite: (id) => stores.unanswered.ownLastWrite(id),
    assumedBase: (assumed) => stores.setAside.base(assumed),
    onCollisions: async ({ kind, merged, collisions }) => {
      // The open-conflict count follows the collection: no recount here.
      await recordCollisions(deps.db, kind, merged, collisions, deps.at(), deps.foundOn);
    },
  }) as never;
}

/** The open-conflict count, now and whenever a conflict is recorded or resolved; unsubscribe to stop. */
export function followOpenConflicts(db: TaizhangDatabase, show: (conflicts: number) => void): Subscription {
  return db.syncConflict.count({ selector: { status: 'open' } }).$.subscribe(show);
}
