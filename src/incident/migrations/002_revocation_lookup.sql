
CREATE INDEX certificate_issuer_serial ON certificate(issuer, serial);
ALTER TABLE certificate ADD COLUMN revoked_source TEXT;
ALTER TABLE certificate ADD COLUMN reason_ok INTEGER;
