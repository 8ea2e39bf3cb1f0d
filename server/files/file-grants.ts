// Privileges of the request role on the file tables. Migration 003 grants them when the role
// already exists; on a fresh cluster server/db/app-role.ts creates the role after the migrations,
// so they are granted again here, after it (each statement is idempotent).
import { APP_ROLE } from '../db/app-role';
import type { Database } from '../db/database';

const grants = [
  `GRANT SELECT, INSERT ON files, file_parts, file_grants TO ${APP_ROLE}`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON file_uploads, file_upload_parts TO ${APP_ROLE}`,
];

export async function grantFileTables(db: Database, useAppRole: boolean): Promise<void> {
  if (!useAppRole) return;
  for (const sql of grants) {
    try {
      await db.query(sql);
    } catch (error) {
      // XX000: another instance granted at the same moment (concurrent catalog update); its grant stands.
      if ((error as { code?: string }).code !== 'XX000') throw error;
    }
  }
}
