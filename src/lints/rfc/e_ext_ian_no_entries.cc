// RFC 5280 4.2.1.7: if the issuerAltName extension is present, its
// GeneralNames sequence must contain at least one entry.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ext_ian_no_entries",
    .description = "An issuerAltName extension must contain at least one GeneralName.",
    .citation = "RFC 5280: 4.2.1.7",
    .source = lint::Source::kRfc5280,
    .effective = lint::dates::kRFC2459Date,
    .requires_facts = lint::fact::kIssuerAltName,
};

class IanNoEntries final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kIssuerAltName);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    util::dns::AltNameView ian(c, oid::kIssuerAltName);
    const der::Input v = ian.extension()->value;
    const bool empty = v.size() < 2 || (v.size() == 2 && v[0] == 0x30 && v[1] == 0x00);
    return empty ? lint::Error() : lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, IanNoEntries);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
