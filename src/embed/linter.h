// File: embed/linter.h
// Linting one DER object per call, for hosts that hand cair one object at a
// time: the PostgreSQL extension (postgresql/), the Python module (python/)
// and `cair lint --stream`. One `Linter` serves every object and, being
// read-only after construction, every thread.
//
// An object that parses as nothing is not an error here: it is an `Outcome`
// of kind kUnparsable, which each output below renders as one `fatal`
// finding of the pseudo-lint `kParseLint` ("cair_parse") with the reason,
// so that a query over a table with malformed rows completes.
//
// `lints_per_step` splits the catalogue into steps (Start, then Step until
// it returns false) so that a host can honour cancellation between steps
// (PostgreSQL's CHECK_FOR_INTERRUPTS must run outside any C++ frame).
#ifndef CAIR_EMBED_LINTER_H_
#define CAIR_EMBED_LINTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "der/input.h"
#include "lint/config.h"
#include "lint/lint.h"
#include "lint/registry.h"
#include "lint/runner.h"
#include "x509/object.h"

namespace cair::embed {

// The stable name of the finding an unparsable object yields.
inline constexpr std::string_view kParseLint = "cair_parse";

enum class Kind { kUnparsable, kCertificate, kPrecertificate, kTbsCertificate, kCrl, kOcspResponse };
// "unparsable", "certificate", "precertificate", "tbsCertificate", "crl", "ocsp".
const char* KindName(Kind k);

struct Entry {
  const lint::Metadata* lint;
  lint::Result result;
};

struct Outcome {
  Kind kind = Kind::kUnparsable;
  std::string error;           // kUnparsable: why nothing parsed
  std::vector<Entry> results;  // every selected lint of the object's type, by name
};

class Linter {
 public:
  // `lints_per_step` 0: the whole catalogue in one step.
  explicit Linter(const lint::Filter& filter = {}, const lint::Config& config = {}, size_t lints_per_step = 0);
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;
  ~Linter();

  // One object's run. `der` must outlive it (the parse aliases it).
  class Job {
   public:
    const Outcome& outcome() const { return outcome_; }
    Outcome& outcome() { return outcome_; }

   private:
    friend class Linter;
    x509::ParsedObject parsed_;
    size_t step_ = 0;
    Outcome outcome_;
    std::vector<lint::Result> scratch_;
  };

  // Parses `der`. False when there is nothing to lint (kUnparsable; the
  // outcome holds the reason).
  bool Start(der::Input der, Job* job) const;
  // Runs the next step's lints. False once every step has run.
  bool Step(Job* job) const;
  // Start and every step.
  Outcome Lint(der::Input der) const;

  // Every selected lint (all types), by name.
  const std::vector<const lint::Metadata*>& lints() const { return lints_; }

 private:
  std::vector<std::unique_ptr<lint::Runner>> steps_;
  std::vector<const lint::Metadata*> lints_;
};

// `s` with every invalid UTF-8 sequence and every NUL replaced by U+FFFD
// (PostgreSQL's text and jsonb accept neither).
std::string ValidUtf8(std::string_view s);

// `cair lint`'s JSON for one object: every lint name to {"result",
// "details"?}; an unparsable object maps "cair_parse" to fatal with the
// reason. Details are passed through ValidUtf8.
nlohmann::ordered_json ResultMap(const Outcome& o);

struct Finding {
  std::string_view lint;
  lint::Status status;
  std::string details;  // valid UTF-8, no NUL; may be empty
  const lint::Metadata* metadata = nullptr;  // null for kParseLint
};
// The info, warn, error and fatal results, by lint name; one fatal
// kParseLint finding for an unparsable object.
std::vector<Finding> Findings(const Outcome& o);

// crt.sh's zlint_embedded line format: "<F|E|W|N>: <lint description>" for
// each fatal, error, warn and info (zlint's notice) result, fatal first, then
// by text; "F: <reason>" for an unparsable object.
std::vector<std::string> EmbeddedLines(const Outcome& o);

}  // namespace cair::embed

#endif  // CAIR_EMBED_LINTER_H_
