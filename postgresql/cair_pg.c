/* File: postgresql/cair_pg.c
 * The PostgreSQL extension `cair`: SQL functions over cair's lint engine.
 * This glue is plain C on purpose: ereport/elog/CHECK_FOR_INTERRUPTS may
 * longjmp, and a longjmp must never cross a C++ frame with destructors. The
 * engine sits behind cair_core.h, whose functions never throw; a job is freed
 * in PG_FINALLY / PG_CATCH so an error or a cancellation leaks nothing.
 *
 * Every function is IMMUTABLE STRICT PARALLEL SAFE (cair--0.1.sql). A DER
 * value that is not a certificate, CRL or OCSP response yields a `fatal`
 * finding of "cair_parse", never an ERROR. */
#include "postgres.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/tuplestore.h"

#include "cair_core.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(cair_lint);
PG_FUNCTION_INFO_V1(cair_findings);
PG_FUNCTION_INFO_V1(cair_embedded);
PG_FUNCTION_INFO_V1(cair_lints);
PG_FUNCTION_INFO_V1(cair_version);

static void
ensure_engine(void)
{
	const char *error;

	cair_core_init(&error);
	if (error)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("cair: the lint catalogue could not be set up: %s", error)));
}

/* Lints one bytea, checking for cancellation before and between the
 * engine's slices. The caller frees the job (cair_job_free). */
static CairJob *
run_job(bytea *der)
{
	CairJob    *volatile job;

	ensure_engine();
	CHECK_FOR_INTERRUPTS();
	job = cair_job_start(VARDATA_ANY(der), VARSIZE_ANY_EXHDR(der));
	if (!job)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("cair: out of memory")));
	PG_TRY();
	{
		while (cair_job_step(job))
			CHECK_FOR_INTERRUPTS();
	}
	PG_CATCH();
	{
		cair_job_free(job);
		PG_RE_THROW();
	}
	PG_END_TRY();
	return job;
}

static void
out_of_memory(void)
{
	ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("cair: out of memory")));
}

/* cair_lint(der bytea) RETURNS jsonb: `cair lint`'s JSON for one object. */
Datum
cair_lint(PG_FUNCTION_ARGS)
{
	bytea	   *der = PG_GETARG_BYTEA_PP(0);
	CairJob    *volatile job = run_job(der);
	Datum		result = (Datum) 0;

	PG_TRY();
	{
		const char *json = cair_job_json(job);

		if (!json)
			out_of_memory();
		result = DirectFunctionCall1(jsonb_in, CStringGetDatum(json));
	}
	PG_FINALLY();
	{
		cair_job_free(job);
	}
	PG_END_TRY();
	PG_FREE_IF_COPY(der, 0);
	PG_RETURN_DATUM(result);
}

/* cair_findings(der bytea) RETURNS TABLE(lint text, result text, details text) */
Datum
cair_findings(PG_FUNCTION_ARGS)
{
	bytea	   *der = PG_GETARG_BYTEA_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CairJob    *volatile job;

	InitMaterializedSRF(fcinfo, 0);
	job = run_job(der);
	PG_TRY();
	{
		size_t		n = cair_job_findings(job);
		size_t		i;

		if (n == (size_t) -1)
			out_of_memory();
		for (i = 0; i < n; ++i)
		{
			CairFinding f;
			Datum		values[3];
			bool		nulls[3] = {false, false, false};

			cair_job_finding(job, i, &f);
			values[0] = PointerGetDatum(cstring_to_text_with_len(f.lint, (int) f.lint_len));
			values[1] = CStringGetTextDatum(f.result);
			if (f.details_len)
				values[2] = PointerGetDatum(cstring_to_text_with_len(f.details, (int) f.details_len));
			else
				nulls[2] = true;
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			pfree(DatumGetPointer(values[0]));
			pfree(DatumGetPointer(values[1]));
			if (!nulls[2])
				pfree(DatumGetPointer(values[2]));
		}
	}
	PG_FINALLY();
	{
		cair_job_free(job);
	}
	PG_END_TRY();
	PG_FREE_IF_COPY(der, 0);
	return (Datum) 0;
}

/* cair_embedded(der bytea) RETURNS SETOF text: crt.sh's zlint_embedded
 * lines, "F: ...", "E: ...", "W: ...", "N: ...", fatal first. */
Datum
cair_embedded(PG_FUNCTION_ARGS)
{
	bytea	   *der = PG_GETARG_BYTEA_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CairJob    *volatile job;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	job = run_job(der);
	PG_TRY();
	{
		size_t		n = cair_job_lines(job);
		size_t		i;

		if (n == (size_t) -1)
			out_of_memory();
		for (i = 0; i < n; ++i)
		{
			size_t		len;
			const char *line = cair_job_line(job, i, &len);
			Datum		value = PointerGetDatum(cstring_to_text_with_len(line, (int) len));
			bool		isnull = false;

			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &value, &isnull);
			pfree(DatumGetPointer(value));
		}
	}
	PG_FINALLY();
	{
		cair_job_free(job);
	}
	PG_END_TRY();
	PG_FREE_IF_COPY(der, 0);
	return (Datum) 0;
}

static Datum
text_datum(const char *s, size_t len)
{
	return PointerGetDatum(cstring_to_text_with_len(s, (int) len));
}

static DateADT
unix_to_date(int64_t seconds)
{
	int64_t		days = seconds / 86400 - (seconds % 86400 < 0 ? 1 : 0);

	return (DateADT) (days + UNIX_EPOCH_JDATE - POSTGRES_EPOCH_JDATE);
}

/* cair_lints() RETURNS TABLE(name, source, citation, effective_date,
 * ineffective_date, object_type, description) */
Datum
cair_lints(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	size_t		n,
				i;

	ensure_engine();
	InitMaterializedSRF(fcinfo, 0);
	n = cair_lint_count();
	for (i = 0; i < n; ++i)
	{
		CairLintInfo m;
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};

		cair_lint_info(i, &m);
		values[0] = text_datum(m.name, m.name_len);
		values[1] = text_datum(m.source, m.source_len);
		values[2] = text_datum(m.citation, m.citation_len);
		values[3] = DateADTGetDatum(m.has_effective ? unix_to_date(m.effective_unix) : 0);
		nulls[3] = !m.has_effective;
		values[4] = DateADTGetDatum(m.has_ineffective ? unix_to_date(m.ineffective_unix) : 0);
		nulls[4] = !m.has_ineffective;
		values[5] = text_datum(m.object_type, m.object_type_len);
		values[6] = text_datum(m.description, m.description_len);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* cair_version() RETURNS text */
Datum
cair_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(cair_version_string()));
}
