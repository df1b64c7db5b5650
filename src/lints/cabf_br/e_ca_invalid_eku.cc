// BRs 7.1.2 (TLS subordinate CA profiles): anyExtendedKeyUsage, when present
// in a subordinate CA's extKeyUsage, must be the only value; a TLS subordinate
// CA must not combine serverAuth with emailProtection, codeSigning,
// timeStamping or OCSPSigning.
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_ca_invalid_eku",
    .description = "A TLS subordinate CA's extKeyUsage must not mix anyExtendedKeyUsage with other values, nor include emailProtection, codeSigning, timeStamping or OCSPSigning.",
    .citation = "BRs: 7.1.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_7_1_Date,
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class CaInvalidEku final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) && util::zcrypto::CountEkus(c).known != 0;
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::zcrypto::HasEku(c, oid::kAnyExtendedKeyUsage) && util::zcrypto::CountEkus(c).known > 1)
      return lint::Error("anyExtendedKeyUsage MUST NOT be accompanied by any other value in the EKU extension");
    lint::Result r = lint::Pass();
    util::zcrypto::ForEachEku(c, [&](der::Input p) {
      const char* what = p == oid::kEkuEmailProtection ? "emailProtection"
                         : p == oid::kEkuCodeSigning   ? "codeSigning"
                         : p == oid::kEkuTimeStamping  ? "timeStamping"
                         : p == oid::kEkuOcspSigning   ? "OCSPSigning"
                                                       : nullptr;
      if (what) r = lint::Error(std::string(what) + " MUST not be present together with serverAuth in the EKU extension");
      return what == nullptr;
    });
    return r;
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, CaInvalidEku);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
