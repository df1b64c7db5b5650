// File: lint/registry.h
// The process-wide list of lints. Each lint file registers itself with
// `CAIR_REGISTER_LINT(kMetadata, ClassName)` at static-initialisation time;
// the catalogue is linked as an OBJECT library so none is dropped. A
// registration is two pointers (no allocation, nothing built until a run asks
// for the lint), and the list is kept sorted as lints are added, so reading it
// from any number of threads is safe.
#ifndef CAIR_LINT_REGISTRY_H_
#define CAIR_LINT_REGISTRY_H_

#include <functional>  // kept: includers rely on it
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.h"

namespace cair::lint {

struct Registration {
  const Metadata* metadata;
  std::unique_ptr<LintBase> (*make)();
};

class Registry {
 public:
  static Registry& Global();
  // Adds a lint; a duplicate name aborts at start-up (a programming error).
  // For static initialisation (single-threaded): not safe beside readers.
  bool Add(const Metadata* metadata, std::unique_ptr<LintBase> (*make)());
  // All registrations, sorted by name. Const all the way down: safe from
  // concurrent threads.
  const std::vector<Registration>& All() const { return lints_; }
  const Registration* Find(std::string_view name) const;
  // The lints a user-given name selects: the lint of that name, else every
  // lint whose peer equivalents (Metadata::peers) carry it as
  // "linter:code" or as a bare code. Empty when nothing matches.
  std::vector<std::string_view> Resolve(std::string_view name) const;

 private:
  std::vector<Registration> lints_;  // sorted by metadata->name
};

// Which lints a run uses. Empty include lists mean "all".
struct Filter {
  std::vector<std::string> include_names, exclude_names;
  std::vector<Source> include_sources, exclude_sources;
  bool Matches(const Metadata& m) const;
};

}  // namespace cair::lint

#define CAIR_LINT_CONCAT_INNER(a, b) a##b
#define CAIR_LINT_CONCAT(a, b) CAIR_LINT_CONCAT_INNER(a, b)
#define CAIR_REGISTER_LINT(kMetadata, Class)                                    \
  [[maybe_unused]] static const bool CAIR_LINT_CONCAT(cair_lint_registered_, __LINE__) = \
      ::cair::lint::Registry::Global().Add(                                     \
          &(kMetadata), [] { return std::unique_ptr<::cair::lint::LintBase>(new Class()); })

#endif  // CAIR_LINT_REGISTRY_H_
