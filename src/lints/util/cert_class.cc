#include "lints/util/cert_class.h"

namespace cair::lints::util {

bool IsSelfSigned(const x509::Certificate& c) { return c.IsSelfSigned(); }

}  // namespace cair::lints::util
