
DROP INDEX certificate_issuer_serial;
CREATE INDEX certificate_serial ON certificate(serial);
