-- What each PC last reported of itself (docs/decisions/026): records waiting and its app version,
-- which the server cannot know. The county's page lists them beside last_seen_at and revoked_at.
ALTER TABLE devices ADD COLUMN reported_waiting integer CHECK (reported_waiting >= 0);
ALTER TABLE devices ADD COLUMN reported_app_version text CHECK (length(reported_app_version) <= 40);
ALTER TABLE devices ADD COLUMN reported_at timestamptz;
