#include "lint/run_object.h"

namespace cair::lint {

const std::vector<const Metadata*>* RunObject(const Runner& runner, const x509::ParsedObject& parsed,
                                              std::vector<Result>* results) {
  switch (parsed.kind) {
    case x509::ParsedKind::kCertificate:
      runner.Run(parsed.cert, results);
      return &runner.certificate_lints();
    case x509::ParsedKind::kCrl:
      runner.Run(parsed.crl, results);
      return &runner.crl_lints();
    case x509::ParsedKind::kOcspResponse:
      runner.Run(parsed.ocsp, results);
      return &runner.ocsp_lints();
    case x509::ParsedKind::kNone:
      break;
  }
  return nullptr;
}

}  // namespace cair::lint
