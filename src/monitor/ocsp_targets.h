// File: monitor/ocsp_targets.h
// What to ask a CA's OCSP responder about: the certificates it issued, the
// serials its CRLs revoke (with their revocation time and reason, to compare),
// and random serials it never issued. Shared by `cair monitor ocsp` (files)
// and `cair monitor run` (CRLs as fetched).
#ifndef CAIR_MONITOR_OCSP_TARGETS_H_
#define CAIR_MONITOR_OCSP_TARGETS_H_

#include <set>
#include <string>
#include <vector>

#include "monitor/ocsp_probe.h"

namespace cair::monitor {

class TargetBuilder {
 public:
  // `url`: the responder for every target; "" for each certificate's AIA
  // OCSP URL (CRL and random serials then use the first one seen).
  TargetBuilder(std::string issuer_der, std::string url);

  // Each returns false and appends to errors() when the input is unusable
  // (not readable, not issued by the issuer, no responder known); what could
  // be used is still added.
  bool AddCertificates(const std::string& data, const std::string& origin);
  bool AddCrl(const std::string& der, const std::string& origin);
  bool AddUnissued(int n);

  const std::vector<OcspTarget>& targets() const { return targets_; }
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  std::string Url() const { return !url_.empty() ? url_ : first_aia_; }
  std::string issuer_der_, issuer_dn_, url_, first_aia_;
  std::set<std::string> known_serials_;
  std::vector<OcspTarget> targets_;
  std::vector<std::string> errors_;
};

}  // namespace cair::monitor

#endif  // CAIR_MONITOR_OCSP_TARGETS_H_
