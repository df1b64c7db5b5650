#include "monitor/ocsp_targets.h"

#include <string_view>

#include "x509/input.h"

namespace cair::monitor {

TargetBuilder::TargetBuilder(std::string issuer_der, std::string url)
    : issuer_der_(std::move(issuer_der)), issuer_dn_(SubjectDn(issuer_der_)), url_(std::move(url)) {}

bool TargetBuilder::AddCertificates(const std::string& data, const std::string& origin) {
  x509::DecodeResult decoded = x509::DecodeObjects(data, x509::InputFormat::kDetect);
  bool ok = decoded.errors.empty();
  for (const auto& e : decoded.errors) errors_.push_back(origin + ": " + e);
  if (decoded.objects.empty() && ok) {
    errors_.push_back(origin + ": no certificate in it");
    return false;
  }
  for (size_t i = 0; i < decoded.objects.size(); ++i) {
    const std::string where = origin + " #" + std::to_string(i + 1);
    auto facts = ReadCertificateFacts(decoded.objects[i].der);
    if (!facts) {
      errors_.push_back(where + ": not a certificate");
      ok = false;
      continue;
    }
    if (!IssuedBy(decoded.objects[i].der, issuer_der_)) {
      errors_.push_back(where + ": serial " + facts->serial_hex + " is not issued by " + issuer_dn_ +
                        " (issuer name or signature differ)");
      ok = false;
      continue;
    }
    if (first_aia_.empty() && !facts->ocsp_urls.empty()) first_aia_ = facts->ocsp_urls.front();
    OcspTarget t;
    t.expect = OcspTarget::Expect::kIssued;
    t.serial_hex = facts->serial_hex;
    t.url = !url_.empty() ? url_ : facts->ocsp_urls.empty() ? "" : facts->ocsp_urls.front();
    t.origin = where;
    t.ca = facts->ca;
    if (t.url.empty()) {
      errors_.push_back(where + ": serial " + t.serial_hex + " has no AIA OCSP URL; give --url");
      ok = false;
      continue;
    }
    known_serials_.insert(t.serial_hex);
    targets_.push_back(std::move(t));
  }
  return ok;
}

bool TargetBuilder::AddCrl(const std::string& der, const std::string& origin) {
  std::string error;
  auto crl = ReadCrlFacts(der, &error);
  if (!crl) {
    errors_.push_back(origin + ": " + error);
    return false;
  }
  if (crl->issuer_dn != issuer_dn_) {
    errors_.push_back(origin + ": the CRL's issuer " + crl->issuer_dn + " is not " + issuer_dn_);
    return false;
  }
  if (Url().empty() && !crl->entries.empty()) {
    errors_.push_back(origin + ": no responder for its serials: give --url (or --certs with an AIA OCSP URL first)");
    return false;
  }
  for (const auto& e : crl->entries) {
    OcspTarget t;
    t.expect = OcspTarget::Expect::kRevoked;
    t.serial_hex = e.serial_hex;
    t.url = Url();
    t.origin = origin;
    t.crl_revoked_at = e.revoked_at;
    t.crl_reason = e.reason;
    t.crl_number = crl->crl_number;
    known_serials_.insert(t.serial_hex);
    targets_.push_back(std::move(t));
  }
  return true;
}

bool TargetBuilder::AddUnissued(int n) {
  if (Url().empty()) {
    errors_.push_back("--unissued: no responder to ask: give --url (or --certs with an AIA OCSP URL)");
    return false;
  }
  for (int i = 0; i < n; ++i) {
    OcspTarget t;
    t.expect = OcspTarget::Expect::kUnissued;
    do t.serial_hex = RandomSerialHex();
    while (known_serials_.count(t.serial_hex));
    t.url = Url();
    t.origin = "random";
    known_serials_.insert(t.serial_hex);
    targets_.push_back(std::move(t));
  }
  return true;
}

}  // namespace cair::monitor
