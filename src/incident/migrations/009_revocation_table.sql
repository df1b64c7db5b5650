
CREATE TABLE revocation_source (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
);
CREATE TABLE revocation (
  cert INTEGER PRIMARY KEY REFERENCES certificate(id),
  revoked_at INTEGER NOT NULL,
  crl_reason INTEGER,
  source_id INTEGER REFERENCES revocation_source(id),
  reason_ok INTEGER
);
INSERT OR IGNORE INTO revocation_source (text)
  SELECT DISTINCT revoked_source FROM certificate WHERE revoked_at IS NOT NULL AND revoked_source IS NOT NULL;
INSERT INTO revocation (cert, revoked_at, crl_reason, source_id, reason_ok)
  SELECT c.id, c.revoked_at, c.crl_reason, s.id, c.reason_ok FROM certificate c
  LEFT JOIN revocation_source s ON s.text = c.revoked_source WHERE c.revoked_at IS NOT NULL ORDER BY c.id;
ALTER TABLE certificate DROP COLUMN revoked_at;
ALTER TABLE certificate DROP COLUMN crl_reason;
ALTER TABLE certificate DROP COLUMN revoked_source;
ALTER TABLE certificate DROP COLUMN reason_ok;
