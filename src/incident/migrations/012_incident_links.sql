
CREATE TABLE incident_link (
  incident_id INTEGER NOT NULL REFERENCES incident(id),
  related_id INTEGER NOT NULL REFERENCES incident(id),
  kind TEXT NOT NULL CHECK (kind IN ('recurrence', 'split', 'audit-statement')),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (incident_id, related_id)
) WITHOUT ROWID;
CREATE INDEX incident_link_related ON incident_link(related_id);
CREATE TABLE audit_finding (
  incident_id INTEGER PRIMARY KEY REFERENCES incident(id),
  finding TEXT NOT NULL,
  criterion TEXT NOT NULL DEFAULT '',
  auditor TEXT NOT NULL,
  period TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('qualification', 'adverse', 'other-matter', 'non-conformity')),
  statement_date INTEGER NOT NULL,
  UNIQUE (auditor, period, finding)
);
