// Chrome Root Program Policy v1.8 section 1.3.2: from the phase-out date, a
// TLS server (subscriber) certificate chaining to the Chrome Root Store must
// not assert the id-kp-clientAuth key purpose.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_client_auth_not_allowed",
    .description = "A TLS server subscriber certificate must not include clientAuth in its extKeyUsage.",
    .citation = "Chrome v1.8: 1.3.2",
    .source = lint::Source::kChrome,
    .effective = lint::dates::kChromePolicyClientAuthDisallowedDate,
    .requires_facts = lint::fact::kServerAuth | lint::fact::kNotCa,
};

class ClientAuthNotAllowed final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.IsServerAuth() && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::zcrypto::HasEku(c, oid::kEkuClientAuth))
      return lint::Error("the clientAuth key purpose is present in the extKeyUsage extension");
    return lint::Pass();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, ClientAuthNotAllowed);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
