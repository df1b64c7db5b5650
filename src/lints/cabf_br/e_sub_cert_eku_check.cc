// BRs 7.1.2.7.10 (Subscriber Certificate Extended Key Usage): id-kp-serverAuth
// must be present and id-kp-clientAuth may be; anyExtendedKeyUsage,
// codeSigning, timeStamping, OCSPSigning, emailProtection and the
// Precertificate Signing Certificate purpose must not be present; any other
// value is NOT RECOMMENDED.
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
    .name = "e_sub_cert_eku_check",
    .description = "A subscriber certificate's extKeyUsage must include serverAuth, must exclude the purposes the BRs prohibit, and should hold nothing beyond serverAuth and clientAuth.",
    .citation = "BRs: 7.1.2.7.10 Subscriber Certificate Extended Key Usage",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_2_0_0_Date,
    .peers = "pkilint:cabf.serverauth.subscriber.serverauth_eku_absent;pkilint:cabf.serverauth.subscriber.emailprotection_eku_present;pkilint:cabf.serverauth.subscriber.timestamping_eku_present;pkilint:cabf.serverauth.subscriber.codesigning_eku_present;pkilint:cabf.serverauth.subscriber.unknown_eku_present",
    .requires_facts = lint::fact::kNotCa | lint::fact::kExtKeyUsage,
};

class SubCertEkuCheck final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && c.HasExtension(oid::kExtKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool server = false, client = false, precert = false;
    size_t known = 0, unknown = 0;
    const char* forbidden = nullptr;
    util::zcrypto::ForEachEku(c, [&](der::Input p) {
      if (!util::zcrypto::IsKnownEku(p)) {
        ++unknown;
        precert = precert || p == oid::kEkuPrecertSigning;
        return true;
      }
      ++known;
      if (p == oid::kEkuServerAuth) server = true;
      else if (p == oid::kEkuClientAuth) client = true;
      else if (p == oid::kAnyExtendedKeyUsage) forbidden = "anyExtendedKeyUsage";
      else if (p == oid::kEkuCodeSigning) forbidden = "codeSigning";
      else if (p == oid::kEkuTimeStamping) forbidden = "timeStamping";
      else if (p == oid::kEkuOcspSigning) forbidden = "OCSPSigning";
      else if (p == oid::kEkuEmailProtection) forbidden = "emailProtection";
      return forbidden == nullptr;
    });
    if (forbidden) return lint::Error(std::string(forbidden) + " MUST NOT be present");
    if (!server) return lint::Error("id-kp-serverAuth MUST be present");
    if (precert) return lint::Error("Precertificate Signing Certificate extKeyUsage MUST NOT be present");
    if ((known > 2 && !client) || unknown > 0)
      return lint::Warn("any other value than id-kp-serverAuth and id-kp-clientAuth is NOT RECOMMENDED");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertEkuCheck);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
