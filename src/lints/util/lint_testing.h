// File: lints/util/lint_testing.h
// Test support (header only, for the lint unit tests): TBSCertificates built
// byte by byte, and one lint run on a certificate as the runner would.
#ifndef CAIR_LINTS_UTIL_LINT_TESTING_H_
#define CAIR_LINTS_UTIL_LINT_TESTING_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "der/test_builder.h"
#include "lint/config.h"
#include "lint/lint.h"
#include "lint/registry.h"
#include "x509/certificate.h"

namespace cair::lints::testing {

// The Extension SEQUENCE {extnID, extnValue} (not critical); `oid` is the
// OID's DER contents, `value` the extension's DER value.
inline std::string Extension(std::string_view oid, const std::string& value) {
  using der::testing::Tlv;
  return Tlv(0x30, Tlv(0x06, std::string(oid)) + Tlv(0x04, value));
}

// A version 3 TBSCertificate (issuer and subject CN=Test, a small RSA key)
// with `extensions` (Extension SEQUENCEs back to back); `issuer_cn`: another
// issuer CN, for a certificate that is not self-issued.
inline std::string TbsWithExtensions(const std::string& extensions, const std::string& issuer_cn = "Test") {
  using der::testing::Tlv;
  const std::string alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\xce\x3d\x04\x03\x02"));
  const std::string name = Tlv(0x30, Tlv(0x31, Tlv(0x30, Tlv(0x06, "\x55\x04\x03") + Tlv(0x0c, "Test"))));
  const std::string issuer = Tlv(0x30, Tlv(0x31, Tlv(0x30, Tlv(0x06, "\x55\x04\x03") + Tlv(0x0c, issuer_cn))));
  const std::string validity = Tlv(0x30, Tlv(0x17, "200101000000Z") + Tlv(0x17, "300101000000Z"));
  const std::string rsa_alg = Tlv(0x30, Tlv(0x06, "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01") + std::string("\x05\x00", 2));
  const std::string key = Tlv(0x30, Tlv(0x02, "\x00\xc5\x07") + Tlv(0x02, "\x01\x00\x01"));
  const std::string spki = Tlv(0x30, rsa_alg + Tlv(0x03, std::string(1, '\0') + key));
  return Tlv(0x30, Tlv(0xa0, Tlv(0x02, "\x02")) + Tlv(0x02, "\x01") + alg + issuer + validity + name + spki +
                       Tlv(0xa3, Tlv(0x30, extensions)));
}

// TbsWithExtensions with one subjectAltName holding `dns_names` as
// dNSNames.
inline std::string TbsWithSanDnsNames(const std::vector<std::string>& dns_names) {
  std::string names;
  for (const std::string& d : dns_names) names += der::testing::Tlv(0x82, d);
  return TbsWithExtensions(Extension("\x55\x1d\x11", der::testing::Tlv(0x30, names)));
}

// Lint `name`, configured with `config`, on `c`: its status name, "NA" when
// it does not apply, "missing", "not a certificate lint" or
// "configure: <message>".
inline std::string RunLintOn(const char* name, const x509::Certificate& c,
                             const lint::Config& config = lint::Config()) {
  const lint::Registration* reg = lint::Registry::Global().Find(name);
  if (!reg) return "missing";
  std::unique_ptr<lint::LintBase> base = reg->make();
  auto* l = dynamic_cast<lint::CertificateLint*>(base.get());
  if (!l) return "not a certificate lint";
  if (std::string err = l->Configure(config); !err.empty()) return "configure: " + err;
  if (!l->CheckApplies(c)) return "NA";
  return lint::StatusName(l->Execute(c).status);
}

// RunLintOn on a TBSCertificate with one subjectAltName holding
// `dns_names` as dNSNames (TbsWithSanDnsNames); "unparsable" when it does
// not parse.
inline std::string RunLintOnSanDnsNames(const char* name, const std::vector<std::string>& dns_names) {
  const std::string der = TbsWithSanDnsNames(dns_names);
  const x509::Certificate c = x509::ParseTbsCertificate(der::Input(std::string_view(der)));
  if (!c.ok()) return "unparsable";
  return RunLintOn(name, c);
}

}  // namespace cair::lints::testing

#endif  // CAIR_LINTS_UTIL_LINT_TESTING_H_
