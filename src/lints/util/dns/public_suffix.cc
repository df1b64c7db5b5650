#include "lints/util/dns/public_suffix.h"

#include <libpsl.h>

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

#include "lints/util/dns/names.h"
#include "lints/util/dns/suffix_rules.h"
#include "lints/util/memo.h"
#include "x509/oids.h"

namespace cair::lints::util::dns {
namespace {

bool PlainAsciiLabels(std::string_view s) {
  if (s.empty() || s.front() == '.' || s.back() == '.') return false;
  char prev = 0;
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\0') return false;
    if (c == '.' && prev == '.') return false;
    prev = c;
  }
  return true;
}

// `text` must be NUL-terminated right after `len` characters. Answers are
// memoised per thread (util/memo.h): corpora repeat the same registrable
// domains and suffixes endlessly, and a libpsl look-up costs far more than a
// hash probe. Names that no rule of the list can make a suffix
// (suffix_rules.h: most whole names and registrable domains) are answered
// without libpsl and without the memo. The rule set costs ~18 million
// instructions to build (reading, hashing and parsing the list): it is built
// only after the process has asked libpsl kRuleSetAfter times, so that
// linting a single certificate does not pay for it.
constexpr int kRuleSetAfter = 256;
std::atomic<int> psl_questions{0};

const SuffixRuleSet* RuleSetOnceWorthIt() {
  if (psl_questions.load(std::memory_order_relaxed) < kRuleSetAfter) return nullptr;
  static const SuffixRuleSet* const rules = SuffixRuleSet::Builtin();
  return rules;
}

// libpsl's answer for the plain ASCII `text` (NUL-terminated after `len`).
struct IcannSuffixMemo;
bool AskLibpsl(const char* text, size_t len) {
  return Memoized<IcannSuffixMemo, 1 << 18, 255>(std::string_view(text, len), [&] {
    psl_questions.fetch_add(1, std::memory_order_relaxed);
    return psl_is_public_suffix2(psl_builtin(), text, PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE) == 1;
  });
}

bool IcannSuffixAt(const char* text, size_t len) {
  const std::string_view key(text, len);
  if (!PlainAsciiLabels(key)) return false;
  if (const SuffixRuleSet* rules = RuleSetOnceWorthIt(); rules != nullptr && !rules->MayBeIcannSuffix(key))
    return false;
  return AskLibpsl(text, len);
}

// A label of a name IcannSuffixAt can be asked about: not empty, no NUL,
// ASCII.
bool PlainLabel(std::string_view label) {
  if (label.empty()) return false;
  for (char c : label)
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\0') return false;
  return true;
}

// For each label start of the lower-cased `n`, whether IcannSuffixAt could
// say yes for the suffix starting there (its labels plain, and a rule of the
// list can make it a suffix): one pass over the labels from the right, each
// label hashed once, instead of a filter and a hash of every suffix.
struct Candidates {
  std::vector<size_t> start;
  std::vector<uint8_t> maybe;
};
void FindCandidates(std::string_view n, Candidates* out) {
  out->start.clear();
  for (size_t s = 0;;) {
    out->start.push_back(s);
    const size_t dot = n.find('.', s);
    if (dot == std::string_view::npos) break;
    s = dot + 1;
  }
  const size_t k = out->start.size();
  out->maybe.assign(k, 0);
  const SuffixRuleSet* rules = RuleSetOnceWorthIt();
  bool xn = false;
  uint64_t h = SuffixRuleSet::kNoLabels;
  for (size_t i = k; i-- > 0;) {
    const size_t end = i + 1 < k ? out->start[i + 1] - 1 : n.size();
    const std::string_view label = n.substr(out->start[i], end - out->start[i]);
    // A suffix holding a label that is not plain is never asked about, and
    // every suffix further left holds this label.
    if (!PlainLabel(label)) break;
    if (rules == nullptr) {
      out->maybe[i] = 1;
      continue;
    }
    xn = xn || label.substr(0, 4) == "xn--";
    const uint64_t parent = h;
    h = SuffixRuleSet::ExtendHash(h, label);
    out->maybe[i] = xn || rules->HasRule(h) || (i + 1 < k && rules->HasWildcardBase(parent));
  }
}

}  // namespace

namespace {
std::vector<ParsedDomain> ComputeSanDomains(const x509::Certificate& c) {
  std::vector<ParsedDomain> out;
  AltNameView san(c, oid::kSubjectAltName);
  san.ForEach(kTagDnsName, [&](std::string_view d) { return out.push_back(ParseDomain(d)), true; });
  return out;
}
}  // namespace

const std::vector<ParsedDomain>& SanDomains(const x509::Certificate& c) {
  return c.Derived(&ComputeSanDomains);
}

bool IsIcannPublicSuffix(std::string_view suffix) {
  const std::string s(suffix);
  return IcannSuffixAt(s.c_str(), s.size());
}

namespace {
ParsedDomain ParseDomainUncached(std::string_view input);
struct ParseDomainMemo;
}  // namespace

// Remembered per name (util/memo.h): a split costs a suffix probe per label.
ParsedDomain ParseDomain(std::string_view input) {
  return Memoized<ParseDomainMemo, 1 << 16, 255>(input, [&] { return ParseDomainUncached(input); });
}

namespace {
ParsedDomain ParseDomainUncached(std::string_view input) {
  ParsedDomain d;
  d.name = AsciiLower(input);
  const std::string_view n = d.name;
  if (n.empty()) {
    d.error = DomainError::kBlank;
    return d;
  }
  if (n[0] == '.') {
    d.error = DomainError::kStartsWithDot;
    return d;
  }
  // The public suffix: the longest list match among the name's suffixes that
  // start at a label boundary; the last label when none matches (the "*"
  // rule). A trailing '.' leaves an empty last label: the whole name is then
  // "a suffix".
  size_t tld_pos = std::string_view::npos;
  thread_local Candidates candidates;
  FindCandidates(n, &candidates);
  for (size_t i = 0; i < candidates.start.size(); ++i) {
    const size_t start = candidates.start[i];
    if (start >= n.size()) break;
    const std::string_view candidate = n.substr(start);
    if (candidates.maybe[i] && AskLibpsl(d.name.c_str() + start, candidate.size())) {
      // The base of a wildcard rule only counts when a label precedes it.
      const bool whole = start == 0;
      const bool multi_label = candidate.find('.') != std::string_view::npos;
      if (!(whole && multi_label && IsIcannPublicSuffix("x-x-0." + std::string(candidate)))) {
        tld_pos = start;
        break;
      }
    }
  }
  if (tld_pos == std::string_view::npos) {
    const size_t dot = n.rfind('.');
    if (dot == std::string_view::npos) {
      d.error = DomainError::kIsSuffix;
      return d;
    }
    tld_pos = dot + 1;
    if (tld_pos == n.size()) {
      d.error = DomainError::kIsSuffix;
      return d;
    }
  }
  if (tld_pos == 0) {
    d.error = DomainError::kIsSuffix;
    return d;
  }
  d.tld_pos = tld_pos;
  // Everything left of the suffix's dot: SLD is its last label, TRD the rest.
  const std::string_view left = n.substr(0, tld_pos - 1);
  const size_t dot = left.rfind('.');
  if (dot == std::string_view::npos) {
    d.sld_pos = 0;
    d.sld_len = left.size();
  } else {
    d.trd_len = dot;
    d.sld_pos = dot + 1;
    d.sld_len = left.size() - dot - 1;
  }
  return d;
}

}  // namespace

}  // namespace cair::lints::util::dns
