#include "lints/util/cert/class.h"

namespace cair::lints::util::cert {

bool IsSelfSigned(const x509::Certificate& c) { return c.IsSelfSigned(); }

}  // namespace cair::lints::util::cert
