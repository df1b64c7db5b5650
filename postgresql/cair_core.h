/* File: postgresql/cair_core.h
 * The C interface between the PostgreSQL glue (cair_pg.c, plain C, where
 * ereport/elog may longjmp) and cair's C++ lint engine (cair_core.cc). Every
 * function here is noexcept: the C++ side catches every exception and turns
 * it into a value, so no C++ frame is ever crossed by a longjmp and no
 * exception ever reaches PostgreSQL. Memory returned by a job stays valid
 * until cair_job_free; the job aliases the DER bytes passed to it. */
#ifndef CAIR_POSTGRESQL_CAIR_CORE_H_
#define CAIR_POSTGRESQL_CAIR_CORE_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct CairJob CairJob;

/* NULL and a message in *error when the lint catalogue could not be set up
 * (a broken installation), else the message is NULL. Idempotent. */
void cair_core_init(const char** error);

/* Parses `der`; NULL only when memory ran out. */
CairJob* cair_job_start(const char* der, size_t len);
/* Runs the next slice of the catalogue; 1 while slices remain. Between
 * calls the caller may check for query cancellation. */
int cair_job_step(CairJob* job);
void cair_job_free(CairJob* job);

/* cair lint's JSON for the object (NUL-terminated, valid UTF-8 without
 * NUL); NULL when memory ran out. */
const char* cair_job_json(CairJob* job);

/* Findings (info, warn, error, fatal; one fatal "cair_parse" for an
 * unparsable object). Strings are valid UTF-8 without NUL; `details` may be
 * empty. Returns (size_t)-1 when memory ran out. */
typedef struct {
  const char* lint;
  size_t lint_len;
  const char* result; /* NUL-terminated: info, warn, error, fatal */
  const char* details;
  size_t details_len;
} CairFinding;
size_t cair_job_findings(CairJob* job);
void cair_job_finding(CairJob* job, size_t i, CairFinding* out);

/* crt.sh zlint_embedded lines ("E: <description>"), fatal first. Returns
 * (size_t)-1 when memory ran out. */
size_t cair_job_lines(CairJob* job);
const char* cair_job_line(CairJob* job, size_t i, size_t* len);

/* The catalogue. Strings are (pointer, length), valid for the process. */
typedef struct {
  const char *name, *description, *citation, *source, *object_type;
  size_t name_len, description_len, citation_len, source_len, object_type_len;
  int has_effective, has_ineffective;
  int64_t effective_unix, ineffective_unix; /* seconds since 1970-01-01 UTC */
} CairLintInfo;
size_t cair_lint_count(void);
void cair_lint_info(size_t i, CairLintInfo* out);

const char* cair_version_string(void);

#ifdef __cplusplus
}
#endif

#endif /* CAIR_POSTGRESQL_CAIR_CORE_H_ */
