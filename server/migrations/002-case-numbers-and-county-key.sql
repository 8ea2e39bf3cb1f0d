-- Case-number blocks per (township, kind, year) and the county's ID-number hash key
-- (docs/decisions/008).

-- The highest number handed out so far. A reservation raises last_seq with one UPDATE … RETURNING,
-- whose row lock serialises concurrent reservations of the same series, so blocks never overlap.
CREATE TABLE case_number_counters (
  township_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('mediationCase', 'enforcementCase')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  last_seq integer NOT NULL CHECK (last_seq BETWEEN 0 AND 1000000),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (township_id, kind, year)
);

-- Every block handed out, by the device's request id: a retried request gets the same block back.
CREATE TABLE case_number_reservations (
  device_id text NOT NULL REFERENCES devices (id),
  request_id text NOT NULL,
  township_id text NOT NULL,
  kind text NOT NULL,
  year integer NOT NULL,
  count integer NOT NULL,
  first_seq integer NOT NULL,
  last_seq integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (device_id, request_id),
  CHECK (last_seq - first_seq + 1 = count)
);

-- Row-level security as on documents: a township's transaction sees and writes only its own series.
ALTER TABLE case_number_counters ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_number_counters FORCE ROW LEVEL SECURITY;
CREATE POLICY case_number_counters_township ON case_number_counters
  USING (current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true))
  WITH CHECK (current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true));

ALTER TABLE case_number_reservations ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_number_reservations FORCE ROW LEVEL SECURITY;
CREATE POLICY case_number_reservations_township ON case_number_reservations
  USING (current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true))
  WITH CHECK (current_setting('app.role', true) = 'township' AND township_id = current_setting('app.township', true));

-- Server-wide secrets. Read only by the owner login (enrollment), never by the request role.
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The county's HMAC key for ID-number hashes: 64 hex digits from two gen_random_uuid()s, which
-- draw on pg_strong_random (244 random bits). Made once, here; every enrolled device gets it.
INSERT INTO server_secrets (name, value)
VALUES ('id_hash_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
