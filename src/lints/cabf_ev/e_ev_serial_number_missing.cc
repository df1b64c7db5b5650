// EVGs 9.2.6: the subject of an EV certificate carries the registration
// number of the subject (serialNumber).
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"
#include "lints/util/subject/values.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ev_serial_number_missing",
    .description = "An EV subscriber certificate's subject must contain a non-empty serialNumber.",
    .citation = "EVGs: 9.2.6",
    .source = lint::Source::kCabfEv,
    .effective = lint::dates::kZeroDate,
    .peers = "pkilint:cabf.ev_guidelines.serial_number_attribute_absent",
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class EvSerialNumberMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::IsEvCert(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    // zcrypto's Subject.SerialNumber: the last string-valued serialNumber.
    std::string scratch;
    const auto sn = util::subject::LastGoStringView(c.subject, oid::kSerialNumber, &scratch);
    if (!sn || sn->empty()) return lint::Error("the subject has no serialNumber");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, EvSerialNumberMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
