// File: lints/util/dns/suffix_rules.h
// Which names libpsl's built-in Public Suffix List can possibly call an ICANN
// public suffix, read from the list file the library was built from. libpsl
// stays the authority (public_suffix.h asks it); this set only spares it the
// questions whose answer is certainly "no" — most of them: splitting
// "www.example.com" asks about "www.example.com", "example.com" and "com",
// and each first sight of a name cost a libpsl look-up of ~4,400
// instructions.
//
// libpsl answers 1 for an ASCII name N = L.P (ICANN section, no implicit
// "*" rule) only when its table holds N itself with the ICANN flag (a rule
// "N", "*.N" or "!N" of the ICANN section), or holds P as the base of a
// wildcard rule "*.P" (of any section: libpsl merges the flags of equal
// strings). A single label needs the label itself. Rules with non-ASCII
// labels enter libpsl's table in ASCII form with an "xn--" label, so a name
// with such a label is always left to libpsl; a list in which a non-ASCII
// label would not become an "xn--" label (libidn2, IDNA2008 without TR46
// mapping, refuses it or maps it to plain ASCII) gives no set at all.
#ifndef CAIR_LINTS_UTIL_DNS_SUFFIX_RULES_H_
#define CAIR_LINTS_UTIL_DNS_SUFFIX_RULES_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "lints/util/memo.h"

namespace cair::lints::util::dns {

class SuffixRuleSet {
 public:
  // The set of a public_suffix_list.dat text; nullopt when incomplete (see
  // above).
  static std::optional<SuffixRuleSet> Parse(std::string_view list_text);
  // The set of libpsl's built-in list: parsed once from psl_builtin_filename()
  // when that file's SHA-1 is psl_builtin_sha1sum(), else nullptr (then
  // every name goes to libpsl).
  static const SuffixRuleSet* Builtin();

  // False only when libpsl certainly does not call `name` (ASCII, lower
  // case as the list is) an ICANN public suffix.
  bool MayBeIcannSuffix(std::string_view name) const;

  // The same question for every suffix of a name at once: the set keys its
  // strings by a hash built label by label from the right, so one pass over
  // a name's labels yields the hash of each of its suffixes.
  //   SuffixHash("www.example.com") ==
  //     ExtendHash(ExtendHash(ExtendHash(kNoLabels, "com"), "example"), "www")
  // A suffix S = L.P may be an ICANN public suffix when some label of it
  // starts with "xn--", HasRule(hash of S) or HasWildcardBase(hash of P).
  static constexpr uint64_t kNoLabels = 0;
  static uint64_t ExtendHash(uint64_t suffix_hash, std::string_view label) {
    return ExtendHashWithLabelHash(suffix_hash, MemoHash(label));
  }
  // The same from MemoHash(label).
  static uint64_t ExtendHashWithLabelHash(uint64_t suffix_hash, uint64_t label_hash) {
    uint64_t h = (suffix_hash ^ label_hash) * 0x9e3779b97f4a7c15ull;
    return (h ^ (h >> 29)) | 1;
  }
  // MemoHash of a label of `len` octets (1 to 8) given as the little-endian
  // word `w` (its octets past `len` zero): MemoHash's one round, for a split
  // that read the label as one word.
  static uint64_t MemoHashOfWord(size_t len, uint64_t w) {
    uint64_t h = (len + 1) * 0xff51afd7ed558ccdull;
    h = (h ^ w) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h | 1;
  }
  static uint64_t SuffixHash(std::string_view name);
  bool HasRule(uint64_t suffix_hash) const { return rules_.Contains(suffix_hash); }
  // False when no longer name ending in this suffix S can be an ICANN
  // public suffix unless a label left of S starts with "xn--": S is neither
  // a proper suffix of a rule (in its ASCII form) nor a suffix of a
  // wildcard base. A split stops walking a name's labels there.
  bool MayExtend(uint64_t suffix_hash) const { return extendable_.Contains(suffix_hash); }
  bool HasWildcardBase(uint64_t suffix_hash) const { return wildcard_bases_.Contains(suffix_hash); }

  size_t rule_count() const { return rules_.size(); }
  size_t wildcard_count() const { return wildcard_bases_.size(); }

 private:
  // A set of SuffixHash values: a collision can only make
  // MayBeIcannSuffix say "maybe", which asks libpsl. Most questions are
  // about hashes not in it (every label of every name is asked about), so a
  // bit per hash value class, in a filter of 8-16 bits per member that stays
  // in the cache, answers most "no"s without touching the table (whose
  // random probes missed the cache).
  class HashSet {
   public:
    void Build(const std::vector<uint64_t>& hashes);
    bool Contains(uint64_t h) const {
      const uint64_t bit = (h >> 32) & filter_mask_;
      if ((filter_.empty() || ((filter_[bit >> 6] >> (bit & 63)) & 1) == 0)) return false;
      return ContainsInTable(h);
    }
    size_t size() const { return size_; }

   private:
    bool ContainsInTable(uint64_t h) const;
    std::vector<uint64_t> slots_;   // 0: empty
    std::vector<uint64_t> filter_;  // bit (h >> 32) & filter_mask_ of each member set
    uint64_t filter_mask_ = 0;
    size_t size_ = 0;
  };

  HashSet rules_;           // ICANN rules without "*." / "!"
  HashSet wildcard_bases_;  // "P" of every rule "*.P"
  HashSet extendable_;      // see MayExtend (of every section: more only walks further)
};

}  // namespace cair::lints::util::dns

#endif  // CAIR_LINTS_UTIL_DNS_SUFFIX_RULES_H_
