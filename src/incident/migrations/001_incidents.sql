
CREATE TABLE incident (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  ca_owner TEXT NOT NULL DEFAULT '',
  ccadb_id TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('self', 'third-party', 'audit')),
  reporter TEXT NOT NULL DEFAULT '',
  aware_at INTEGER NOT NULL,
  problem_report_at INTEGER,
  kind TEXT NOT NULL,
  bug INTEGER,
  status TEXT NOT NULL DEFAULT 'open',
  parent_id INTEGER REFERENCES incident(id),
  whiteboard_next_update INTEGER,
  created_at INTEGER NOT NULL
);
CREATE TABLE timeline (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  at INTEGER NOT NULL,
  text TEXT NOT NULL,
  source TEXT NOT NULL
);
CREATE INDEX timeline_incident ON timeline(incident_id, at);
CREATE TABLE problem (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  name TEXT NOT NULL,
  lint TEXT NOT NULL DEFAULT '',
  criterion TEXT NOT NULL DEFAULT '',
  br_reason INTEGER NOT NULL CHECK (br_reason BETWEEN 1 AND 16),
  ca INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE certificate (
  problem_id INTEGER NOT NULL REFERENCES problem(id),
  sha256 TEXT NOT NULL,
  serial TEXT NOT NULL,
  issuer TEXT NOT NULL,
  not_before INTEGER NOT NULL,
  not_after INTEGER NOT NULL,
  precertificate INTEGER NOT NULL,
  tbs_key INTEGER NOT NULL,
  revoked_at INTEGER,
  crl_reason INTEGER,
  PRIMARY KEY (problem_id, sha256)
) WITHOUT ROWID;
