
CREATE TABLE halt (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  issuer_ski TEXT NOT NULL DEFAULT '',
  issuer_subject TEXT NOT NULL DEFAULT '',
  profile TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL,
  halted_at INTEGER NOT NULL,
  resumed_at INTEGER,
  resume_evidence TEXT,
  CHECK (issuer_ski != '' OR issuer_subject != '')
);
CREATE INDEX halt_active ON halt(resumed_at);
CREATE TABLE action_item (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  action TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('Prevent', 'Mitigate', 'Detect')),
  root_cause TEXT NOT NULL,
  criteria TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('Ongoing', 'Complete', 'Delayed', 'Canceled')),
  changed_at INTEGER NOT NULL
);
CREATE TABLE question (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  text TEXT NOT NULL,
  asked_at INTEGER NOT NULL,
  answered_at INTEGER
);
CREATE TABLE posted_update (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  posted_at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE delay_plan (
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  sha256 TEXT NOT NULL,
  subscriber TEXT NOT NULL DEFAULT '',
  rationale TEXT NOT NULL,
  planned_at INTEGER NOT NULL,
  PRIMARY KEY (incident_id, sha256)
) WITHOUT ROWID;
CREATE TABLE narrative (
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  field TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (incident_id, field)
) WITHOUT ROWID;
