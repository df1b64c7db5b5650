
CREATE TABLE problem_report (
  id INTEGER PRIMARY KEY,
  received_at INTEGER NOT NULL,
  reporter TEXT NOT NULL,
  certs TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  responded_at INTEGER,
  response TEXT NOT NULL DEFAULT '',
  incident_id INTEGER REFERENCES incident(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX problem_report_open ON problem_report(responded_at);
ALTER TABLE problem ADD COLUMN smime INTEGER NOT NULL DEFAULT 0;
