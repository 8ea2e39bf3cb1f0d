// The non-owner role that request transactions switch to (SET LOCAL ROLE), so row-level
// security binds even when DATABASE_URL names a superuser or the table owner (notes §1.7).
import type { Database } from './database';

export const APP_ROLE = 'taizhang_app';

const privileges = [
  `GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`,
  `GRANT SELECT, INSERT, UPDATE ON documents TO ${APP_ROLE}`,
  `GRANT USAGE ON SEQUENCE document_seq TO ${APP_ROLE}`,
  `GRANT SELECT, INSERT, UPDATE ON case_number_counters, case_number_reservations TO ${APP_ROLE}`,
];

async function attempt(db: Database, sql: string, tries = 3): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    try {
      await db.query(sql);
      return true;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 42710 duplicate_object / 23505: another instance made it first; XX000: concurrent catalog update, retry.
      if (code === '42710' || code === '23505') return true;
      if (code !== 'XX000' && code !== '40001') return false;
    }
  }
  return false;
}

/**
 * Makes sure the app role exists, this login may switch to it, and it has exactly SELECT,
 * INSERT, UPDATE on documents (no DELETE: tombstones stay). Returns whether SET ROLE works;
 * when it does not (no CREATEROLE), FORCE ROW LEVEL SECURITY still binds a non-superuser owner.
 */
export async function setupAppRole(db: Database): Promise<boolean> {
  const exists = await db.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [APP_ROLE]);
  if (exists.rowCount === 0) await attempt(db, `CREATE ROLE ${APP_ROLE} NOLOGIN`);
  await attempt(db, `GRANT ${APP_ROLE} TO CURRENT_USER`);
  for (const sql of privileges) await attempt(db, sql);
  const member = await db.query<{ ok: boolean }>(
    `SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)
       THEN pg_has_role(current_user, $1, 'MEMBER') ELSE false END AS ok`,
    [APP_ROLE],
  );
  return member.rows[0]?.ok === true;
}
