-- Attachments: files kept beside the documents, content-addressed by SHA-256, uploaded in parts
-- and resumed (docs/decisions/009). Bytes live in the database so every instance sees them.

-- A complete file whose bytes hashed to its name. Holds no personal data; never deleted.
CREATE TABLE files (
  sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  stored_at timestamptz NOT NULL DEFAULT now()
);

-- The bytes of a complete file, in the parts they were uploaded in (≤ 4 MiB each).
CREATE TABLE file_parts (
  sha256 text NOT NULL REFERENCES files (sha256),
  part_offset bigint NOT NULL CHECK (part_offset >= 0),
  part_size integer NOT NULL CHECK (part_size > 0),
  data bytea NOT NULL,
  PRIMARY KEY (sha256, part_offset)
);

-- A township that uploaded these bytes itself, completely and verified. A township may download a
-- file only if it holds a grant and one of its records references the file: knowing a hash alone
-- opens nothing.
CREATE TABLE file_grants (
  sha256 text NOT NULL REFERENCES files (sha256),
  township_id text NOT NULL,
  device_id text NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (sha256, township_id)
);

-- An upload under way, per township: a second township uploading the same bytes starts from zero,
-- so an upload's progress never tells one township what another holds.
CREATE TABLE file_uploads (
  township_id text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size bigint NOT NULL CHECK (size >= 0),
  received bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
  started_by text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (township_id, sha256)
);

CREATE TABLE file_upload_parts (
  township_id text NOT NULL,
  sha256 text NOT NULL,
  part_offset bigint NOT NULL CHECK (part_offset >= 0),
  part_size integer NOT NULL CHECK (part_size > 0),
  data bytea NOT NULL,
  PRIMARY KEY (township_id, sha256, part_offset),
  FOREIGN KEY (township_id, sha256) REFERENCES file_uploads ON DELETE CASCADE
);

-- The files a ledger document references: its attachments and the files of its 全过程记录.
-- IMMUTABLE (json functions only), so it can back the index below.
CREATE FUNCTION document_file_refs(body json) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT ref), '{}'::text[]) FROM (
    SELECT a ->> 'sha256' AS ref
    FROM json_array_elements(CASE WHEN json_typeof(body -> 'attachments') = 'array' THEN body -> 'attachments' ELSE '[]'::json END) AS a
    UNION ALL
    SELECT r ->> 'attachmentSha256'
    FROM json_array_elements(CASE WHEN json_typeof(body -> 'recordings') = 'array' THEN body -> 'recordings' ELSE '[]'::json END) AS r
  ) AS refs
  WHERE ref IS NOT NULL
$$;

-- Download rights look up "a record this device may read references this file" by index.
CREATE INDEX documents_file_refs ON documents USING gin (document_file_refs(body))
  WHERE collection IN ('mediationCase', 'studySession', 'enforcementCase');

-- Row-level security, the second line behind server/files/file-store.ts (scope: server/sync/scope.ts).
ALTER TABLE file_uploads ENABLE ROW LEVEL SECURITY;
ALTER TABLE file_uploads FORCE ROW LEVEL SECURITY;
CREATE POLICY file_uploads_township ON file_uploads
  USING (current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true))
  WITH CHECK (current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true));

ALTER TABLE file_upload_parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE file_upload_parts FORCE ROW LEVEL SECURITY;
CREATE POLICY file_upload_parts_township ON file_upload_parts
  USING (current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true))
  WITH CHECK (current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true));

ALTER TABLE file_grants ENABLE ROW LEVEL SECURITY;
ALTER TABLE file_grants FORCE ROW LEVEL SECURITY;
CREATE POLICY file_grants_read ON file_grants FOR SELECT USING (
  current_setting('app.role', true) = 'county' OR township_id = current_setting('app.township', true)
);
CREATE POLICY file_grants_insert ON file_grants FOR INSERT WITH CHECK (
  current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true)
);

-- The bytes: the county reads any; a township only a file it holds a grant for and one of its
-- readable documents references (documents' own policies apply inside the subquery). Parts are
-- written only from the writer's own finished upload.
ALTER TABLE file_parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE file_parts FORCE ROW LEVEL SECURITY;
CREATE POLICY file_parts_read ON file_parts FOR SELECT USING (
  current_setting('app.role', true) = 'county'
  OR (
    EXISTS (SELECT 1 FROM file_grants g WHERE g.sha256 = file_parts.sha256 AND g.township_id = current_setting('app.township', true))
    AND EXISTS (SELECT 1 FROM documents d
                WHERE d.collection IN ('mediationCase', 'studySession', 'enforcementCase')
                  AND document_file_refs(d.body) @> ARRAY[file_parts.sha256])
  )
);
CREATE POLICY file_parts_insert ON file_parts FOR INSERT WITH CHECK (
  current_setting('app.role', true) = 'township'
  AND EXISTS (SELECT 1 FROM file_uploads u
              WHERE u.sha256 = file_parts.sha256 AND u.township_id = current_setting('app.township', true))
);
-- No DELETE or UPDATE policy on files, parts or grants: stored bytes stay (records keep their history).

-- The request role (server/db/app-role.ts) exists here already when the cluster has it; when it
-- does not yet, server/files/file-grants.ts grants the same at start, after app-role.ts made it.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'taizhang_app') THEN
    GRANT SELECT, INSERT ON files, file_parts, file_grants TO taizhang_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON file_uploads, file_upload_parts TO taizhang_app;
  END IF;
END
$$;
