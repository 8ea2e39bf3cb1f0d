-- Partial uploads nobody resumed for weeks are removed by the server's sweep
-- (server/files/upload-sweep.ts). The sweep runs as the owner with app.role = 'maintenance' in
-- its own transaction; no request ever carries that role (server/sync/scope.ts sets the device's).
-- Their parts go with them (ON DELETE CASCADE).
CREATE POLICY file_uploads_sweep_read ON file_uploads FOR SELECT USING (current_setting('app.role', true) = 'maintenance');
CREATE POLICY file_uploads_sweep ON file_uploads FOR DELETE USING (current_setting('app.role', true) = 'maintenance');
