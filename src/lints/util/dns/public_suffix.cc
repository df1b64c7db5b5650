#include "lints/util/dns/public_suffix.h"

#include <libpsl.h>

#include <algorithm>
#include <bit>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "lints/util/dns/label_facts.h"
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

// Answers are memoised per thread (util/memo.h): corpora repeat the same
// registrable domains and suffixes endlessly, and a libpsl look-up costs far
// more than a hash probe. Names that no rule of the list can make a suffix
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

// libpsl's answer for the plain ASCII `suffix`, not remembered (libpsl
// wants it NUL-terminated: a copy; the callers remember the answers).
bool AskLibpslUncached(std::string_view suffix) {
  psl_questions.fetch_add(1, std::memory_order_relaxed);
  const std::string text(suffix);
  return psl_is_public_suffix2(psl_builtin(), text.c_str(), PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE) == 1;
}

struct IcannSuffixMemo;
bool AskLibpsl(std::string_view suffix) {
  return Memoized<IcannSuffixMemo, 1 << 18, 255>(suffix, [&] { return AskLibpslUncached(suffix); });
}

bool IcannSuffixAt(std::string_view key) {
  if (!PlainAsciiLabels(key)) return false;
  if (const SuffixRuleSet* rules = RuleSetOnceWorthIt(); rules != nullptr && !rules->MayBeIcannSuffix(key))
    return false;
  return AskLibpsl(key);
}

// A few values held inline, more in a vector (no allocation for the
// common case, no bound on the uncommon one).
template <typename T, size_t kInline>
class InlineList {
 public:
  void Add(const T& v) {
    if (inline_count_ < kInline) {
      inline_[inline_count_++] = v;
    } else {
      more_.push_back(v);
    }
  }
  size_t size() const { return inline_count_ + more_.size(); }
  const T& operator[](size_t i) const { return i < kInline ? inline_[i] : more_[i - kInline]; }

 private:
  T inline_[kInline];
  size_t inline_count_ = 0;
  std::vector<T> more_;
};

// libpsl's answer for the suffix `candidate` of a name being split, whose
// SuffixRuleSet hash (built label by label) is `hash`: remembered per thread
// under that hash, so that a question costs no second hash of the bytes (the
// memo still compares the bytes: the answer is exact).
bool RememberedCandidateAnswer(std::string_view candidate, uint64_t hash) {
  constexpr size_t kMaxEntries = 1 << 18, kMaxKeyBytes = 255;
  if (candidate.size() > kMaxKeyBytes) return AskLibpslUncached(candidate);
  thread_local FlatMemo<bool> memo;
  if (const bool* hit = memo.Find(candidate, hash)) return *hit;
  const bool answer = AskLibpslUncached(candidate);
  memo.Insert(candidate, hash, answer, kMaxEntries);
  return answer;
}

// AskLibpslAboutCandidate for a candidate that ends the name `n` (of which
// it is a suffix): a name's candidates are mostly its TLD or a short public
// suffix, a few dozen of them over a corpus, so the answers for candidates
// of up to 16 octets are also kept in a small direct-mapped table (2 KiB,
// in the cache), by their octets as two words and their length (exact),
// before the memo's hash-table probe and byte comparison.
bool AskLibpslAboutCandidate(std::string_view n, std::string_view candidate, uint64_t hash) {
  const size_t len = candidate.size();
  if (len == 0 || len > 16) return RememberedCandidateAnswer(candidate, hash);
  // The octets as words: the first eight (or all, zero-padded) and the
  // last eight (when more than eight; they overlap the first); read as the
  // word ending at the name's end when the name has eight octets.
  uint64_t first = 0, last = 0;
  if (len > 8) {
    std::memcpy(&first, candidate.data(), 8);
    std::memcpy(&last, candidate.data() + len - 8, 8);
  } else if (n.size() >= 8) {
    std::memcpy(&first, n.data() + n.size() - 8, 8);
    first >>= 8 * (8 - len);
  } else {
    for (size_t i = 0; i < len; ++i) first |= uint64_t{static_cast<unsigned char>(candidate[i])} << (8 * i);
  }
  struct Entry {
    uint64_t first, last;
    uint8_t len;  // 0: empty
    bool answer;
  };
  thread_local Entry table[64];
  Entry& e = table[hash >> 58];
  if (e.len == len && e.first == first && e.last == last) return e.answer;
  const bool answer = RememberedCandidateAnswer(candidate, hash);
  e = {first, last, static_cast<uint8_t>(len), answer};
  return answer;
}

// A suffix of a name that IcannSuffixAt could call a public suffix (its
// labels plain, and a rule of the list can make it one): where it starts,
// its SuffixRuleSet hash, and whether it is more than the last label.
struct Candidate {
  size_t start;
  uint64_t hash;
  bool multi_label;
};

// SuffixRuleSet::ExtendHash(h, n[start, end)) for a label of `n`. A label of
// at most eight octets (most of them) that does not start in the first
// eight octets of `n` is read as one word ending at its end (the octets
// before it shifted out): MemoHash's value, without its call to memcpy.
inline uint64_t ExtendHashWithLabelOf(uint64_t h, std::string_view n, size_t start, size_t end) {
  const size_t len = end - start;
  if (len == 0 || len > 8 || end < 8) return SuffixRuleSet::ExtendHash(h, n.substr(start, len));
  uint64_t w;
  std::memcpy(&w, n.data() + end - 8, 8);
  w >>= 8 * (8 - len);
  return SuffixRuleSet::ExtendHashWithLabelHash(h, SuffixRuleSet::MemoHashOfWord(len, w));
}

// Where the label of `bytes` ending at `end` starts (after the last '.'
// before `end`, else 0), and in *odd whether it holds a NUL or non-ASCII
// octet: a word of eight octets at a time while one ends where the label
// may still start, then octet by octet (an octet b is odd exactly when b
// or b - 1 has its top bit set, as an octet).
inline size_t LabelStart(const unsigned char* bytes, size_t end, bool* odd) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kTop = 0x8080808080808080ull, kLow = ~kTop;
  // The top bit of each octet of `w` that is zero: (x & 0x7f) + 0x7f carries
  // into no other octet and reaches 0x80 unless x & 0x7f is 0.
  const auto zero = [](uint64_t w) { return ~(((w & kLow) + kLow) | w) & kTop; };
  size_t start = end;
  uint64_t flaws = 0;
  while (start >= 8) {
    uint64_t w;
    std::memcpy(&w, bytes + start - 8, 8);
    const uint64_t dots = zero(w ^ ('.' * kOnes));
    const uint64_t odd_octets = (w & kTop) | zero(w);
    if (dots == 0) {
      flaws |= odd_octets;
      start -= 8;
      continue;
    }
    // Octet k of the word is bytes[start - 8 + k]: the label holds those
    // above its last '.', octet j.
    const int j = (63 - std::countl_zero(dots)) / 8;
    if (j < 7) flaws |= odd_octets & (~uint64_t{0} << (8 * (j + 1)));
    *odd = flaws != 0;
    return start - 8 + static_cast<size_t>(j) + 1;
  }
  unsigned bad = 0;
  while (start > 0 && bytes[start - 1] != '.') {
    const unsigned b = bytes[--start];
    bad |= b | ((b - 1) & 0xff);
  }
  *odd = flaws != 0 || (bad & 0x80) != 0;
  return start;
}

// The candidates of the lower-cased `n`, right to left: one pass over its
// labels from the right, each octet read once to find the label's start
// and once to hash it, and no octet left of the last label that can be a
// candidate's read at all. Returns where that last label starts when the
// walk stopped because no rule extends the suffix from there (not at the
// name's start, nor at a label that is not plain), else npos.
size_t FindCandidates(std::string_view n, InlineList<Candidate, 8>* out) {
  const SuffixRuleSet* rules = RuleSetOnceWorthIt();
  bool xn = false;
  uint64_t h = SuffixRuleSet::kNoLabels;
  const auto* bytes = reinterpret_cast<const unsigned char*>(n.data());
  for (size_t end = n.size();;) {
    // The label ending at `end`. A suffix holding a label that is not plain
    // (empty, or with a NUL or non-ASCII octet) is never asked about, and
    // every suffix further left holds this label.
    bool odd = false;
    const size_t start = LabelStart(bytes, end, &odd);
    if (start == end || odd) return std::string_view::npos;
    const bool rightmost = end == n.size();
    xn = xn || (end - start >= 4 && std::memcmp(n.data() + start, "xn--", 4) == 0);
    const uint64_t parent = h;
    h = ExtendHashWithLabelOf(h, n, start, end);
    if (rules == nullptr || xn || rules->HasRule(h) || (!rightmost && rules->HasWildcardBase(parent)))
      out->Add({start, h, !rightmost});
    // No longer suffix can be a candidate unless it holds an "xn--" label:
    // this one had none, and no rule extends it.
    if (start == 0) return std::string_view::npos;
    if (rules != nullptr && !xn && !rules->MayExtend(h)) return start;
    end = start - 1;
  }
}

}  // namespace

bool IsIcannPublicSuffix(std::string_view suffix) { return IcannSuffixAt(suffix); }

bool HasAsciiUpper(std::string_view s) {
  // Eight octets at a time: with the top bits cleared first no sum carries
  // into the next octet; an octet b < 0x80 is in 'A'..'Z' when b + 0x3f
  // reaches 0x80 and b + 0x25 does not.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kTop = 0x8080808080808080ull;
  const auto any_upper = [&](uint64_t w) {
    const uint64_t low = w & ~kTop;
    return ((low + 0x3f * kOnes) & ~(low + 0x25 * kOnes) & ~w & kTop) != 0;
  };
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (any_upper(w)) return true;
  }
  if (i == s.size()) return false;
  // The last octets: the word ending at the end when there is one (octets
  // read twice are asked about twice), else octet by octet (no memcpy call).
  uint64_t w = 0;
  if (s.size() >= 8) {
    std::memcpy(&w, s.data() + s.size() - 8, 8);
  } else {
    for (; i < s.size(); ++i) w |= uint64_t{static_cast<unsigned char>(s[i])} << (8 * i);
  }
  return any_upper(w);
}

std::string_view AsciiLowerTo(std::string_view s, char* out) {
  for (size_t i = 0; i < s.size(); ++i)
    out[i] = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
  return std::string_view(out, s.size());
}

ParsedDomain ParseDomain(std::string_view input, std::string* lowered) {
  if (!HasAsciiUpper(input)) return SplitLowerDomain(input);
  *lowered = AsciiLower(input);
  return SplitLowerDomain(*lowered);
}

// No memo: a split costs about as much as a probe of a name memo would
// (a hash of the name and, in a table of many names, a cache miss) once the
// suffix questions are cheap, and a CA's corpus mostly holds names never
// seen before.
ParsedDomain SplitLowerDomain(std::string_view n) {
  ParsedDomain d;
  d.name = n;
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
  //
  // The walk over the labels from the right reads no label left of the
  // first one from which no rule extends the suffix (S, "example.com" of
  // "www.example.com"): any name ending in "." + S walks the same labels,
  // asks the same questions and gets the same suffix, as far from its end.
  // The last such S split on this thread and where its suffix starts are
  // kept: a certificate's names mostly share their registrable domain.
  constexpr size_t kMaxTailBytes = 64;
  struct LastTail {
    char bytes[kMaxTailBytes];
    size_t size = 0;  // 0: none
    size_t suffix_from_end = 0;
  };
  thread_local LastTail last;
  size_t tld_pos = std::string_view::npos;
  if (last.size != 0 && n.size() > last.size && n[n.size() - last.size - 1] == '.' &&
      std::memcmp(n.data() + n.size() - last.size, last.bytes, last.size) == 0) {
    tld_pos = n.size() - last.suffix_from_end;
  } else {
    InlineList<Candidate, 8> candidates;
    const size_t tail = FindCandidates(n, &candidates);
    // The longest suffix libpsl confirms: the candidates from the left.
    for (size_t i = candidates.size(); i-- > 0;) {
      const Candidate& c = candidates[i];
      const std::string_view candidate = n.substr(c.start);
      if (!AskLibpslAboutCandidate(n, candidate, c.hash)) continue;
      // The base of a wildcard rule only counts when a label precedes it.
      const bool whole = c.start == 0;
      if (whole && c.multi_label && IsIcannPublicSuffix("x-x-0." + std::string(candidate))) continue;
      tld_pos = c.start;
      break;
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
    // S starts after a '.' (so no candidate was the whole name) and holds
    // the suffix found (the candidates and the last label are in it).
    if (tail != std::string_view::npos && n.size() - tail <= kMaxTailBytes) {
      last.size = n.size() - tail;
      std::memcpy(last.bytes, n.data() + tail, last.size);
      last.suffix_from_end = n.size() - tld_pos;
    }
  }
  if (tld_pos == 0) {
    d.error = DomainError::kIsSuffix;
    return d;
  }
  d.tld_pos = static_cast<uint32_t>(tld_pos);
  // Everything left of the suffix's dot: SLD is its last label, TRD the rest.
  // (The SLD starts after the last '.' before the suffix's, or at 0.)
  const size_t left = tld_pos - 1;
  bool odd_unused = false;
  const size_t sld = LabelStart(reinterpret_cast<const unsigned char*>(n.data()), left, &odd_unused);
  if (sld > 0) d.trd_len = static_cast<uint32_t>(sld - 1);
  d.sld_pos = static_cast<uint32_t>(sld);
  d.sld_len = static_cast<uint32_t>(left - sld);
  return d;
}

namespace {
// The SAN dNSNames split, each in place (the certificate's bytes outlive its
// derived values) unless it holds upper-case letters: then in its own
// lower-cased copy (rare: no allocation otherwise). A copy is not moved
// when the list is, so the views into it stay valid.
struct SanDomainList {
  std::vector<std::unique_ptr<char[]>> lowered;
  std::vector<ParsedDomain> domains;
};

SanDomainList ComputeSanDomains(const x509::Certificate& c) {
  SanDomainList out;
  const SanDnsNames& san = SanDnsNamesOf(c);
  if (san.names.empty()) return out;
  out.domains.reserve(san.names.size());
  for (const SanDnsName& n : san.names) {
    std::string_view d = n.name;
    if ((n.facts & kFactUpper) != 0) {
      out.lowered.push_back(std::make_unique<char[]>(d.size()));
      d = AsciiLowerTo(d, out.lowered.back().get());
    }
    out.domains.push_back(SplitLowerDomain(d));
  }
  return out;
}
}  // namespace

const std::vector<ParsedDomain>& SanDomains(const x509::Certificate& c) {
  return c.Derived(&ComputeSanDomains).domains;
}

}  // namespace cair::lints::util::dns
