// The C++ half of the PostgreSQL extension (see cair_core.h): one
// process-wide Linter, and jobs that lint one object in slices so the C glue
// can check for cancellation between them. Nothing here throws: every entry
// point catches and reports through its return value.
#include "cair_core.h"

#include <exception>
#include <new>
#include <string>
#include <vector>

#include "embed/linter.h"

#ifndef CAIR_VERSION
#define CAIR_VERSION "unknown"
#endif

namespace {

using cair::embed::Linter;

// Lints per slice: about a seventh of the catalogue, so a cancelled query
// waits for at most one slice of one object.
constexpr size_t kLintsPerStep = 64;

Linter* g_linter = nullptr;
std::string* g_init_error = nullptr;

// Fills `*out` from `make()`: its size, or (size_t)-1 when memory ran out.
template <typename Vector, typename Make>
size_t Fill(Vector* out, Make make) noexcept {
  try {
    *out = make();
    return out->size();
  } catch (...) {
    return static_cast<size_t>(-1);
  }
}

}  // namespace

struct CairJob {
  Linter::Job job;
  std::string json;
  std::vector<cair::embed::Finding> findings;
  std::vector<std::string> lines;
  bool failed = false;

  // An exception escaping the engine: reported like an unparsable object.
  void Fail(const char* what) noexcept {
    failed = true;
    try {
      auto& o = job.outcome();
      o.kind = cair::embed::Kind::kUnparsable;
      o.results.clear();
      o.error = std::string("cair could not lint this object: ") + what;
    } catch (...) {
    }
  }
};

extern "C" {

void cair_core_init(const char** error) {
  *error = nullptr;
  if (g_linter) return;
  if (g_init_error) {
    *error = g_init_error->c_str();
    return;
  }
  try {
    g_linter = new Linter(cair::lint::Filter{}, cair::lint::Config{}, kLintsPerStep);
  } catch (const std::exception& e) {
    g_init_error = new (std::nothrow) std::string(e.what());
    *error = g_init_error ? g_init_error->c_str() : "out of memory";
  } catch (...) {
    g_init_error = new (std::nothrow) std::string("unknown exception");
    *error = g_init_error ? g_init_error->c_str() : "out of memory";
  }
}

CairJob* cair_job_start(const char* der, size_t len) {
  CairJob* j = new (std::nothrow) CairJob();
  if (!j) return nullptr;
  try {
    g_linter->Start(cair::der::Input(reinterpret_cast<const uint8_t*>(der), len), &j->job);
  } catch (const std::exception& e) {
    j->Fail(e.what());
  } catch (...) {
    j->Fail("unknown exception");
  }
  return j;
}

int cair_job_step(CairJob* j) {
  if (j->failed) return 0;
  try {
    return g_linter->Step(&j->job) ? 1 : 0;
  } catch (const std::exception& e) {
    j->Fail(e.what());
  } catch (...) {
    j->Fail("unknown exception");
  }
  return 0;
}

void cair_job_free(CairJob* j) { delete j; }

const char* cair_job_json(CairJob* j) {
  try {
    j->json = cair::embed::ResultMap(j->job.outcome()).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return j->json.c_str();
  } catch (...) {
    return nullptr;
  }
}

size_t cair_job_findings(CairJob* j) {
  return Fill(&j->findings, [j] { return cair::embed::Findings(j->job.outcome()); });
}

void cair_job_finding(CairJob* j, size_t i, CairFinding* out) {
  const auto& f = j->findings[i];
  out->lint = f.lint.data();
  out->lint_len = f.lint.size();
  out->result = cair::lint::StatusName(f.status);
  out->details = f.details.data();
  out->details_len = f.details.size();
}

size_t cair_job_lines(CairJob* j) {
  return Fill(&j->lines, [j] { return cair::embed::EmbeddedLines(j->job.outcome()); });
}

const char* cair_job_line(CairJob* j, size_t i, size_t* len) {
  *len = j->lines[i].size();
  return j->lines[i].data();
}

size_t cair_lint_count(void) { return g_linter ? g_linter->lints().size() : 0; }

void cair_lint_info(size_t i, CairLintInfo* out) {
  const cair::lint::Metadata& m = *g_linter->lints()[i];
  auto set = [](std::string_view s, const char** p, size_t* n) {
    *p = s.data();
    *n = s.size();
  };
  set(m.name, &out->name, &out->name_len);
  set(m.description, &out->description, &out->description_len);
  set(m.citation, &out->citation, &out->citation_len);
  set(cair::lint::SourceName(m.source), &out->source, &out->source_len);
  set(cair::lint::ObjectTypeName(m.type), &out->object_type, &out->object_type_len);
  out->has_effective = m.effective != cair::lint::kAlways;
  out->has_ineffective = m.ineffective != cair::lint::kNever;
  out->effective_unix = m.effective;
  out->ineffective_unix = m.ineffective;
}

const char* cair_version_string(void) { return CAIR_VERSION; }

}  // extern "C"
