-- cair 0.1: lint certificates, CRLs and OCSP responses stored as DER bytea.
-- Every function is IMMUTABLE STRICT PARALLEL SAFE: a parallel sequential
-- scan spreads the linting over PostgreSQL's workers (and, on Citus, over the
-- worker nodes, each with the extension installed). A value that is not a
-- certificate, CRL or OCSP response yields a fatal finding of the pseudo-lint
-- "cair_parse" with the reason, never an ERROR. COST tells the planner that
-- one call lints a whole object (about 100 microseconds), which is what makes
-- it choose a parallel plan.
\echo Use "CREATE EXTENSION cair" to load this file. \quit

CREATE FUNCTION cair_lint(der bytea) RETURNS jsonb
  AS 'MODULE_PATHNAME', 'cair_lint'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10000;
COMMENT ON FUNCTION cair_lint(bytea) IS
  'cair lint''s JSON for one DER object: every lint name to {"result", "details"}';

CREATE FUNCTION cair_findings(der bytea)
  RETURNS TABLE(lint text, result text, details text)
  AS 'MODULE_PATHNAME', 'cair_findings'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10000 ROWS 4;
COMMENT ON FUNCTION cair_findings(bytea) IS
  'The info, warn, error and fatal results for one DER object (fatal "cair_parse" when it does not parse)';

CREATE FUNCTION cair_embedded(der bytea) RETURNS SETOF text
  AS 'MODULE_PATHNAME', 'cair_embedded'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10000 ROWS 4;
COMMENT ON FUNCTION cair_embedded(bytea) IS
  'crt.sh zlint_embedded lines ("F: ", "E: ", "W: ", "N: " and the lint description), fatal first';

CREATE FUNCTION cair_lints()
  RETURNS TABLE(name text, source text, citation text, effective_date date,
                ineffective_date date, object_type text, description text)
  AS 'MODULE_PATHNAME', 'cair_lints'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 450;
COMMENT ON FUNCTION cair_lints() IS
  'Every lint: name, source (zlint''s LintSource), citation, effective window (NULL: unbounded), object type';

CREATE FUNCTION cair_version() RETURNS text
  AS 'MODULE_PATHNAME', 'cair_version'
  LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
