#include "lints/util/dns/label_facts.h"

#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints::util::dns {

uint8_t LabelFlaws(std::string_view name) {
  uint8_t flaws = 0;
  ForEachLabel(name, [&](std::string_view label) {
    if (label.empty()) flaws |= kEmptyLabel;
    if (label.size() > 63) flaws |= kLabelOver63;
    return flaws != (kEmptyLabel | kLabelOver63);
  });
  return flaws;
}

namespace {
LabelFacts ComputeLabelFacts(const x509::Certificate& c) {
  LabelFacts out;
  out.cn = LabelFlaws(CommonNameOf(c).cn);
  AltNameView(c, oid::kSubjectAltName).ForEach(kTagDnsName, [&](std::string_view d) {
    out.san |= LabelFlaws(d);
    return out.san != (kEmptyLabel | kLabelOver63);
  });
  return out;
}
}  // namespace

const LabelFacts& LabelFactsOf(const x509::Certificate& c) { return c.Derived(&ComputeLabelFacts); }

}  // namespace cair::lints::util::dns
