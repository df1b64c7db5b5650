#include "lint/registry.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace cair::lint {

Registry& Registry::Global() {
  static Registry* r = new Registry();
  return *r;
}

namespace {
bool NameLess(const Registration& r, std::string_view name) { return r.metadata->name < name; }
}  // namespace

bool Registry::Add(const Metadata* m, std::unique_ptr<LintBase> (*make)()) {
  // Insertion keeps the list sorted, so that All() and Find() never write
  // (no first-use sort for two threads to race on).
  auto at = std::lower_bound(lints_.begin(), lints_.end(), m->name, NameLess);
  if (at != lints_.end() && at->metadata->name == m->name) {
    std::fprintf(stderr, "cair: lint %.*s registered twice\n", static_cast<int>(m->name.size()),
                 m->name.data());
    std::abort();
  }
  lints_.insert(at, Registration{m, make});
  return true;
}

const Registration* Registry::Find(std::string_view name) const {
  auto at = std::lower_bound(lints_.begin(), lints_.end(), name, NameLess);
  return at != lints_.end() && at->metadata->name == name ? &*at : nullptr;
}

std::vector<std::string_view> Registry::Resolve(std::string_view name) const {
  if (const auto* r = Find(name)) return {r->metadata->name};
  std::vector<std::string_view> out;
  for (const auto& r : All()) {
    for (const auto& p : PeerCodes(*r.metadata)) {
      bool prefixed = name.size() == p.linter.size() + 1 + p.code.size() && name.substr(0, p.linter.size()) == p.linter &&
                      name[p.linter.size()] == ':' && name.substr(p.linter.size() + 1) == p.code;
      if (prefixed || name == p.code) {
        out.push_back(r.metadata->name);
        break;
      }
    }
  }
  return out;
}

bool Filter::Matches(const Metadata& m) const {
  auto has = [](const auto& v, const auto& x) { return std::find(v.begin(), v.end(), x) != v.end(); };
  // Names compared as views: no string built per lint (460 per run).
  if (!include_names.empty() && !has(include_names, m.name)) return false;
  if (has(exclude_names, m.name)) return false;
  if (!include_sources.empty() && !has(include_sources, m.source)) return false;
  if (has(exclude_sources, m.source)) return false;
  return true;
}

}  // namespace cair::lint
