-- [S53] Per document, the state each device last wrote there, as the sentHash of what it sent
-- (shared/sync/content-equal.ts): a device whose push answer was lost learns from its next conflict
-- which of its own states the server's state grew from, and merges against that (decision 043).
-- One small entry per device that ever wrote the document; never sent to another device.
ALTER TABLE documents ADD COLUMN own_writes jsonb NOT NULL DEFAULT '{}'::jsonb;
