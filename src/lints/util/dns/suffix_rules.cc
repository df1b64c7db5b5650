#include "lints/util/dns/suffix_rules.h"

#include <idn2.h>
#include <libpsl.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "base/files.h"
#include "lints/util/memo.h"

namespace cair::lints::util::dns {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::string AsciiLowerCopy(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// SuffixRuleSet::SuffixHash(name), passing proper(h) the hash of each of its
// proper suffixes on the way (the hash is built label by label from the
// right, so they come for free).
template <typename F>
uint64_t SuffixHashAndProper(std::string_view name, F&& proper) {
  uint64_t h = SuffixRuleSet::kNoLabels;
  for (size_t end = name.size();;) {
    const size_t dot = name.rfind('.', end == 0 ? 0 : end - 1);
    if (end == 0 || dot == std::string_view::npos) return SuffixRuleSet::ExtendHash(h, name.substr(0, end));
    h = SuffixRuleSet::ExtendHash(h, name.substr(dot + 1, end - dot - 1));
    proper(h);
    end = dot;
  }
}

// A label libpsl's generator turns into an "xn--" label: libidn2 (IDNA2008,
// no TR46 mapping, so nothing is mapped to plain ASCII) converts it to one.
bool BecomesXnLabel(std::string_view label) {
  const std::string z(label);
  char* out = nullptr;
  const int rc = idn2_lookup_u8(reinterpret_cast<const uint8_t*>(z.c_str()), reinterpret_cast<uint8_t**>(&out),
                                IDN2_NO_TR46);
  const bool ok = rc == IDN2_OK && out != nullptr && std::string_view(out).substr(0, 4) == "xn--";
  idn2_free(out);
  return ok;
}

// Some label starts with "xn--" (one pass, no substring search).
bool HasXnLabel(std::string_view name) {
  for (size_t i = 0; i + 4 <= name.size(); ++i) {
    if (name[i] == 'x' && (i == 0 || name[i - 1] == '.') && name[i + 1] == 'n' && name[i + 2] == '-' &&
        name[i + 3] == '-')
      return true;
  }
  return false;
}

std::string Sha1Hex(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!EVP_Digest(data.data(), data.size(), md, &len, EVP_sha1(), nullptr)) return "";
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len; ++i) out += {kHex[md[i] >> 4], kHex[md[i] & 15]};
  return out;
}

}  // namespace

void SuffixRuleSet::HashSet::Build(const std::vector<uint64_t>& hashes) {
  size_t cap = 16;
  while (cap < hashes.size() * 2) cap *= 2;
  slots_.assign(cap, 0);
  size_ = 0;
  size_t filter_bits = 64;
  while (filter_bits < hashes.size() * 8) filter_bits *= 2;
  filter_.assign(filter_bits / 64, 0);
  filter_mask_ = filter_bits - 1;
  for (uint64_t h : hashes) {
    const uint64_t bit = (h >> 32) & filter_mask_;
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
    for (size_t at = h & (cap - 1);; at = (at + 1) & (cap - 1)) {
      if (slots_[at] == h) break;
      if (slots_[at] != 0) continue;
      slots_[at] = h;
      ++size_;
      break;
    }
  }
}

bool SuffixRuleSet::HashSet::ContainsInTable(uint64_t h) const {
  if (slots_.empty()) return false;
  for (size_t at = h & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
    if (slots_[at] == h) return true;
    if (slots_[at] == 0) return false;
  }
}

std::optional<SuffixRuleSet> SuffixRuleSet::Parse(std::string_view text) {
  std::vector<uint64_t> rules, wildcards, extendable;
  bool private_section = false;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; };
    while (!line.empty() && space(line.front())) line.remove_prefix(1);
    while (!line.empty() && space(line.back())) line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.substr(0, 2) == "//") {
      // Whatever is outside the private section counts as ICANN: more rules
      // only make MayBeIcannSuffix say "maybe" more often.
      if (line.find("===BEGIN PRIVATE DOMAINS===") != std::string_view::npos) private_section = true;
      if (line.find("===END PRIVATE DOMAINS===") != std::string_view::npos) private_section = false;
      continue;
    }
    std::string_view rule = line;
    for (size_t i = 0; i < rule.size(); ++i)
      if (space(rule[i])) rule = rule.substr(0, i);
    bool wildcard = false;
    if (rule.front() == '!') {
      rule.remove_prefix(1);
    } else if (rule.front() == '*') {
      if (rule.substr(0, 2) != "*.") continue;  // libpsl ignores other '*' rules
      rule.remove_prefix(2);
      wildcard = true;
    }
    if (!IsAscii(rule)) {
      // Enters libpsl's table with an "xn--" label, which MayBeIcannSuffix
      // always leaves to libpsl: nothing to record, provided it does, but
      // the all-ASCII suffixes right of its last non-ASCII label, which a
      // split must walk past to reach that label.
      size_t last_non_ascii = 0;
      for (size_t i = 0; i < rule.size(); ++i)
        if (static_cast<unsigned char>(rule[i]) >= 0x80) last_non_ascii = i;
      if (const size_t dot = rule.find('.', last_non_ascii); dot != std::string_view::npos) {
        const std::string tail = AsciiLowerCopy(rule.substr(dot + 1));
        extendable.push_back(SuffixHashAndProper(tail, [&](uint64_t proper) { extendable.push_back(proper); }));
      }
      size_t start = 0;
      while (true) {
        const size_t dot = rule.find('.', start);
        const std::string_view label = rule.substr(start, dot == std::string_view::npos ? dot : dot - start);
        if (!IsAscii(label) && !BecomesXnLabel(label)) return std::nullopt;
        if (dot == std::string_view::npos) break;
        start = dot + 1;
      }
      continue;
    }
    const std::string lower = AsciiLowerCopy(rule);
    for (const std::string_view r : {rule, std::string_view(lower)}) {
      const uint64_t h = SuffixHashAndProper(r, [&](uint64_t proper) { extendable.push_back(proper); });
      if (!private_section) rules.push_back(h);
      if (wildcard) wildcards.push_back(h), extendable.push_back(h);
    }
  }
  SuffixRuleSet set;
  set.rules_.Build(rules);
  set.wildcard_bases_.Build(wildcards);
  // Mostly the same few TLDs and second-level suffixes: sized by the
  // distinct ones, so that the filter stays small.
  std::sort(extendable.begin(), extendable.end());
  extendable.erase(std::unique(extendable.begin(), extendable.end()), extendable.end());
  set.extendable_.Build(extendable);
  return set;
}

const SuffixRuleSet* SuffixRuleSet::Builtin() {
  static const std::optional<SuffixRuleSet> set = []() -> std::optional<SuffixRuleSet> {
    const psl_ctx_t* builtin = psl_builtin();
    const char* file = psl_builtin_filename();
    const char* sha1 = psl_builtin_sha1sum();
    if (builtin == nullptr || file == nullptr || *file == '\0' || sha1 == nullptr || *sha1 == '\0') return std::nullopt;
    std::string error;
    const std::optional<std::string> text = base::ReadWholeFile(file, &error);
    if (!text || Sha1Hex(*text) != sha1) return std::nullopt;
    return Parse(*text);
  }();
  return set ? &*set : nullptr;
}

uint64_t SuffixRuleSet::SuffixHash(std::string_view name) {
  return SuffixHashAndProper(name, [](uint64_t) {});
}

bool SuffixRuleSet::MayBeIcannSuffix(std::string_view name) const {
  if (HasXnLabel(name) || HasRule(SuffixHash(name))) return true;
  const size_t dot = name.find('.');
  return dot != std::string_view::npos && HasWildcardBase(SuffixHash(name.substr(dot + 1)));
}

}  // namespace cair::lints::util::dns
