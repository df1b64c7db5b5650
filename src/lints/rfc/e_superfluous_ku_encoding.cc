// RFC 5280 4.2.1.3 with X.690 11.2.2: KeyUsage is a named BIT STRING, which
// DER encodes with all trailing zero bits removed, so the encoding cannot
// end in a 00 octet.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/families/key_usage_encoding.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_superfluous_ku_encoding",
    .description = "The keyUsage BIT STRING must not end with a superfluous all-zero octet.",
    .citation = "X.690: 11.2.2",
    .source = lint::Source::kRfc5280,
    .peers = "x509lint:Bit string with leading 0",
    .requires_facts = lint::fact::kKeyUsage,
};

class SuperfluousKuEncoding final : public families::KeyUsageEncodingCheck {
  lint::Result Check(der::Input v) const override {
    if (v[v.size() - 1] != 0) return lint::Pass();
    return lint::Error("keyUsage encoding ends with a superfluous 00 octet (value: " + der::HexLower(v) + ")");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SuperfluousKuEncoding);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
