
CREATE TABLE certificate_v7 (
  id INTEGER PRIMARY KEY,
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
  revoked_source TEXT,
  reason_ok INTEGER,
  subject TEXT NOT NULL DEFAULT '',
  dns_names TEXT NOT NULL DEFAULT ''
);
INSERT INTO certificate_v7 (problem_id, sha256, serial, issuer, not_before, not_after, precertificate, tbs_key,
                            revoked_at, crl_reason, revoked_source, reason_ok, subject, dns_names)
  SELECT problem_id, sha256, serial, issuer, not_before, not_after, precertificate, tbs_key,
         revoked_at, crl_reason, revoked_source, reason_ok, subject, dns_names FROM certificate;
DROP TABLE certificate;
ALTER TABLE certificate_v7 RENAME TO certificate;
CREATE UNIQUE INDEX certificate_key ON certificate(problem_id, sha256);
CREATE INDEX certificate_serial ON certificate(serial);
