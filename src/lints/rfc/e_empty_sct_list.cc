// RFC 6962 3.3: the SignedCertificateTimestampList extension carries
// "SerializedSCT sct_list <1..2^16-1>", so at least one SCT MUST be
// included. Checked on subscriber certificates that are not
// precertificates: a list whose length prefix is zero is an error.
#include "der/parser.h"
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_empty_sct_list",
    .description = "An embedded SCT list extension must contain at least one SCT.",
    .citation = "RFC 6962: 3.3",
    .source = lint::Source::kRfc6962,
    .effective = lint::dates::kRFC6962Date,
    .requires_facts = lint::fact::kNotCa | lint::fact::kNoCtPoison,
};

class EmptySctList final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && !c.HasExtension(oid::kCtPoison);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const x509::Extension* ext = c.FindExtension(oid::kCtSctList);
    if (!ext) return lint::Pass();
    auto octets = der::ReadElement(ext->value);
    if (!octets || octets->tag != der::kOctetString)
      return lint::Fatal("Error decoding the SignedCertificateTimestampList extension");
    const der::Input list = octets->value;
    if (list.size() < 2) return lint::Fatal("Invalid SCT list encoding (missing length field)");
    if (list[0] == 0 && list[1] == 0)
      return lint::Error("At least one SCT MUST be included in the SignedCertificateTimestampList extension");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EmptySctList);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
