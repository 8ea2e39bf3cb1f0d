-- Releases the county publishes to its PCs (docs/decisions/033): one row per version and channel file,
-- the installer's bytes in the data folder's releases/ (owner-only), their SHA-512 (base64) and size here.
-- audiences NULL = every township and the county; otherwise the township codes (and 'county') it is staged to.
CREATE TABLE releases (
  version      text        NOT NULL CHECK (length(version) BETWEEN 1 AND 64),
  channel      text        NOT NULL CHECK (channel IN ('latest.yml', 'latest-linux.yml', 'latest-linux-arm64.yml')),
  file_name    text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 120),
  sha512       text        NOT NULL CHECK (length(sha512) = 88),
  size         bigint      NOT NULL CHECK (size > 0),
  audiences    text[]      CHECK (audiences IS NULL OR cardinality(audiences) BETWEEN 1 AND 100),
  released_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (version, channel)
);
