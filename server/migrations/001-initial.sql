-- Devices, enrollment codes and the replicated documents (docs/decisions/005).

CREATE TABLE devices (
  id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('township', 'county')),
  township_id text,
  -- SHA-256 of the bearer token; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz,
  revoked_at timestamptz,
  CHECK ((role = 'county') = (township_id IS NULL))
);

CREATE TABLE enrollment_codes (
  -- SHA-256 of the one-time code.
  code_hash text PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('township', 'county')),
  township_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  used_by_device text REFERENCES devices (id),
  CHECK ((role = 'county') = (township_id IS NULL))
);

-- Server ordering of writes. Allocated only under a per-collection transaction lock, so within a
-- collection a larger seq always commits after a smaller one (no late commits behind a cursor).
CREATE SEQUENCE document_seq;

CREATE TABLE documents (
  collection text NOT NULL,
  id text NOT NULL,
  -- null for county-wide documents (reference data), which every device reads.
  township_id text,
  -- 'county' or 'township': who may write this document (shared/sync/ownership.ts).
  owner_role text NOT NULL CHECK (owner_role IN ('township', 'county')),
  -- Ordering kept beside the document, never inside it (RxDB compares content).
  seq bigint NOT NULL,
  deleted boolean NOT NULL,
  -- The pushed document exactly as sent: json (not jsonb) keeps its text, key order included.
  body json NOT NULL,
  written_by text NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (collection, id)
);

CREATE UNIQUE INDEX documents_collection_seq ON documents (collection, seq);
CREATE INDEX documents_collection_township_seq ON documents (collection, township_id, seq);

-- Row-level security: the second line behind the server's own checks. Scope comes from
-- SET LOCAL settings inside each request's transaction (server/sync/scope.ts).
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;

CREATE POLICY documents_read ON documents FOR SELECT USING (
  current_setting('app.role', true) = 'county'
  OR township_id IS NULL
  OR township_id = current_setting('app.township', true)
);

CREATE POLICY documents_insert ON documents FOR INSERT WITH CHECK (
  (current_setting('app.role', true) = 'county' AND owner_role = 'county')
  OR (current_setting('app.role', true) = 'township' AND owner_role = 'township'
      AND township_id = current_setting('app.township', true))
);

CREATE POLICY documents_update ON documents FOR UPDATE
  USING (
    (current_setting('app.role', true) = 'county' AND owner_role = 'county')
    OR (current_setting('app.role', true) = 'township' AND owner_role = 'township'
        AND township_id = current_setting('app.township', true))
  )
  WITH CHECK (
    (current_setting('app.role', true) = 'county' AND owner_role = 'county')
    OR (current_setting('app.role', true) = 'township' AND owner_role = 'township'
        AND township_id = current_setting('app.township', true))
  );
-- No DELETE policy: with RLS on, nobody but a superuser deletes a document. Tombstones stay.
