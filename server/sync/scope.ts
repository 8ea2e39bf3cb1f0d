// Every document read or write runs in a transaction scoped to one device: the app role and
// the device's role/township as SET LOCAL settings, which the row-level policies read.
import { APP_ROLE } from '../db/app-role';
import type { Database, Queryable } from '../db/database';
import type { DeviceRole } from '#shared/sync/index';

export interface Scope {
  role: DeviceRole;
  /** null for the county. */
  townshipId: string | null;
}

/** The hub reads every township to fan out per device; it filters in code before sending. */
export const countyScope: Scope = { role: 'county', townshipId: null };

/**
 * Sets the transaction's scope; a later call in the same transaction replaces it. is_local = true is
 * SET LOCAL: undone at COMMIT/ROLLBACK, so a pooled connection never carries a scope over.
 * set_config('role', …) is SET LOCAL ROLE; one statement, one round trip.
 */
export async function setScope(tx: Queryable, useAppRole: boolean, scope: Scope): Promise<void> {
  const settings = `set_config('app.role', $1, true), set_config('app.township', $2, true)`;
  await tx.query(useAppRole ? `SELECT set_config('role', $3, true), ${settings}` : `SELECT ${settings}`, [
    scope.role,
    scope.townshipId ?? '',
    ...(useAppRole ? [APP_ROLE] : []),
  ]);
}

export async function inScope<T>(db: Database, useAppRole: boolean, scope: Scope, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await setScope(tx, useAppRole, scope);
    return fn(tx);
  });
}
