
CREATE TABLE crl_version (
  id INTEGER PRIMARY KEY,
  issuer TEXT NOT NULL,
  scope_key TEXT NOT NULL,
  scope TEXT NOT NULL,
  number_hex TEXT NOT NULL,
  this_update INTEGER NOT NULL,
  next_update INTEGER,
  delta INTEGER NOT NULL,
  ca_crl INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  origin TEXT NOT NULL,
  url TEXT NOT NULL,
  observed_at INTEGER NOT NULL,
  entry_count INTEGER NOT NULL,
  entries BLOB NOT NULL,
  UNIQUE (issuer, scope_key, sha256)
);
CREATE TABLE monitor_finding (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
  issuer TEXT NOT NULL,
  serial TEXT NOT NULL,
  crl_number TEXT NOT NULL,
  url TEXT NOT NULL,
  request TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  last_seen INTEGER NOT NULL,
  detail TEXT NOT NULL,
  rule TEXT NOT NULL,
  expiry_unknown INTEGER NOT NULL,
  incident_id INTEGER REFERENCES incident(id),
  UNIQUE (kind, issuer, serial, crl_number, url, request)
);
CREATE INDEX monitor_finding_incident ON monitor_finding(incident_id);
