// File: lints/util/der_walk.h
// Visits every DER element of an object, descending into constructed
// elements and into the DER inside extension values (extnValue OCTET
// STRINGs), for lints that check encoding rules everywhere.
#ifndef CAIR_LINTS_UTIL_DER_WALK_H_
#define CAIR_LINTS_UTIL_DER_WALK_H_

#include "der/parser.h"
#include "x509/certificate.h"

namespace cair::lints::util {

// Calls `visit(const der::Element&)` for each element of `in`, depth first.
// Stops descending at depth 64 (no real certificate nests that deep).
template <typename F>
void WalkDer(der::Input in, F&& visit, int depth = 0) {
  der::Parser p(in);
  while (auto el = p.Next()) {
    visit(*el);
    if (el->tag.constructed && depth < 64) WalkDer(el->value, visit, depth + 1);
  }
}

// Walks the certificate (or TBS) and then every extension's value.
template <typename F>
void WalkCertificateDer(const x509::Certificate& c, F&& visit) {
  WalkDer(c.raw, visit);
  for (const auto& e : c.extensions) WalkDer(e.value, visit);
}

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_DER_WALK_H_
