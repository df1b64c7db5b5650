// CA/B Forum BRs 7.1.4.2: a dNSName (and a subject commonName holding a DNS
// name) consists of labels of letters, digits and hyphens; zlint also lets
// '_' and '*' through, plus a leading "*." and leading "?." labels
// (redacted precertificate names). Any other character is an error.
#include <array>
#include <cstdint>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "lints/util/families/dns_names.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_dnsname_bad_character_in_label",
    .description = "DNS names in subscriber certificates may only use letters, digits, '-', '_' and '*' in their labels.",
    .citation = "BRs: 7.1.4.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kNotCa,
};

// Per octet: 1 for a label character (letters, digits, '*', '_', '-'), 2
// for '.', 0 for any other (a table: one load per octet of every name).
constexpr auto kOctetClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' ||
                   c == '_' || c == '-'
               ? 1
               : c == '.' ? 2 : 0;
  return t;
}();

// zlint's pattern ^(\*\.)?(\?\.)*([A-Za-z0-9*_-]+\.)*[A-Za-z0-9*_-]*$ : after
// an optional "*." and any "?." labels, labels of allowed characters where
// only the last may be empty.
bool ProperCharacters(std::string_view name) {
  if (name.substr(0, 2) == "*.") name.remove_prefix(2);
  name = util::dns::RemovePrependedQuestionMarks(name);
  size_t label_len = 0;
  for (char c : name) {
    const uint8_t k = kOctetClass[static_cast<uint8_t>(c)];
    if (k == 1) {
      ++label_len;
    } else if (k == 2 && label_len != 0) {
      label_len = 0;
    } else {
      return false;  // another octet, or an empty label before a '.'
    }
  }
  return true;
}

// A name of letters, digits, '*', '_', '-' and dots without an empty label
// passes (a leading "*." removed, its labels are still non-empty ones of
// those octets): only a name with another octet or an empty label is read.
class DnsNameBadCharacterInLabel final
    : public families::DnsNameCheck<families::DnsNames::kCommonNameAndSan, ProperCharacters,
                                    util::dns::kFactOther | util::dns::kFactEmptyLabel> {};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, DnsNameBadCharacterInLabel);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
