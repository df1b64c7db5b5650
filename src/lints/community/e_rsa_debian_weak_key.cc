// Community check (CVE-2008-0166; Debian DSA-1571-1): from September 2006 to
// May 2008 Debian's OpenSSL seeded its generator with little more than the
// process id, so every RSA key it made is one of a few hundred thousand,
// all enumerated and published (the openssl-blacklist package). Which list
// to test against is the run's choice:
//   [e_rsa_debian_weak_key] Blocklist = "FILE"   (or --weak-key-blocklist)
// in one of the formats of lints/util/key_blocklist.h. Without a list the
// lint cannot know, so it does not apply (NA): it never reports a pass it
// did not check. An unreadable or malformed list makes the lint fatal.
#include <memory>

#include "der/values.h"
#include "lint/config.h"
#include "lint/registry.h"
#include "lints/util/key_blocklist.h"
#include "lints/util/zcrypto/keys.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_rsa_debian_weak_key",
    .description = "An RSA modulus must not be on the configured blocklist of known-compromised keys (Debian's predictable OpenSSL keys); not applicable when no list is configured.",
    .citation = "Community: CVE-2008-0166",
    .source = lint::Source::kCommunity,
    .requires_facts = lint::fact::kRsaKey,
};

class RsaDebianWeakKey final : public lint::CertificateLint {
 public:
  std::string Configure(const lint::Config& config) override {
    std::string error;
    auto path = config.GetString(kMetadata.name, "Blocklist", "", &error);
    if (!path) return error;
    if (path->empty()) return "";
    auto list = util::KeyBlocklist::Load(*path, &error);
    if (!list) return "e_rsa_debian_weak_key.Blocklist: " + error;
    list_ = std::make_shared<const util::KeyBlocklist>(std::move(*list));
    return "";
  }
  bool CheckApplies(const x509::Certificate& c) const override { return list_ && util::zcrypto::HasUsableRsaModulus(c); }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::string_view format = list_->Match(der::IntegerMagnitude(c.spki.rsa_modulus));
    if (format.empty()) return lint::Pass();
    return lint::Error("the RSA modulus is on the weak-key blocklist (" + std::string(format) +
                       " entry): its private key is known; the key must be replaced");
  }

 private:
  std::shared_ptr<const util::KeyBlocklist> list_;
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, RsaDebianWeakKey);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
