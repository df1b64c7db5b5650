
CREATE TABLE monitor_observation (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('crl', 'ocsp')),
  issuer TEXT NOT NULL,
  url TEXT NOT NULL,
  observed_at INTEGER NOT NULL,
  requests INTEGER NOT NULL,
  failures INTEGER NOT NULL,
  seconds_total REAL NOT NULL,
  seconds_max REAL NOT NULL,
  detail TEXT NOT NULL,
  crl_this_update INTEGER,
  crl_next_update INTEGER,
  crl_number TEXT NOT NULL DEFAULT ''
);
CREATE INDEX monitor_observation_endpoint ON monitor_observation(kind, issuer, url, id);
