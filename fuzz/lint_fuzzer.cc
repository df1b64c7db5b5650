// Parses arbitrary bytes as any object and runs every lint of its type.
// Invariants: no crash, no sanitizer report, one result per lint, and no
// lint escapes with an exception. A lint may answer `fatal` on purpose -- zlint
// does so when an extension it needs cannot be decoded, and the conformance
// suite holds us to the same verdict -- but a `fatal` produced by the runner's
// exception isolation ("lint raised ...") is a bug in cair, never in the input.
#include <cstdlib>
#include <cstdio>
#include <string>

#include "lint/registry.h"
#include "lint/runner.h"
#include "x509/object.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static cair::lint::Config config;
  static cair::lint::Runner runner(cair::lint::Registry::Global(), cair::lint::Filter{}, config);
  auto o = cair::x509::ParseObject(cair::der::Input(data, size));
  std::vector<cair::lint::Result> results;
  const std::vector<const cair::lint::Metadata*>* metas = nullptr;
  switch (o.kind) {
    case cair::x509::ParsedKind::kCertificate: runner.Run(o.cert, &results); metas = &runner.certificate_lints(); break;
    case cair::x509::ParsedKind::kCrl: runner.Run(o.crl, &results); metas = &runner.crl_lints(); break;
    case cair::x509::ParsedKind::kOcspResponse: runner.Run(o.ocsp, &results); metas = &runner.ocsp_lints(); break;
    case cair::x509::ParsedKind::kNone: return 0;
  }
  if (results.size() != metas->size()) std::abort();
  for (size_t i = 0; i < results.size(); ++i) {
    if (results[i].status == cair::lint::Status::kFatal &&
        results[i].details.rfind("lint raised", 0) == 0) {
      std::fprintf(stderr, "lint %.*s fatal: %s\n", static_cast<int>((*metas)[i]->name.size()),
                   (*metas)[i]->name.data(), results[i].details.c_str());
      std::abort();
    }
  }
  return 0;
}
