#include "x509/general_name.h"

#include "x509/element_count.h"

namespace cair::x509 {

GeneralName ToGeneralName(const der::Element& el) {
  GeneralName g;
  g.tag = el.tag;
  g.value = el.value;
  g.full = el.full;
  if (el.tag.cls == der::TagClass::kContextSpecific && el.tag.number <= 8)
    g.type = static_cast<GeneralNameType>(el.tag.number);
  if (g.type == GeneralNameType::kOtherName) {
    //   AnotherName ::= SEQUENCE { type-id OBJECT IDENTIFIER, value [0] EXPLICIT ANY }
    der::Parser p(el.value);
    auto id = p.Expect(der::kOid);
    auto wrapped = p.Expect(der::ContextConstructed(0));
    if (id && wrapped) {
      g.other_type_id = id->value;
      auto inner = der::ReadElement(wrapped->value);
      if (inner) {
        g.other_value = *inner;
        g.other_ok = true;
      }
    }
  }
  return g;
}

GeneralNames ParseGeneralNames(der::Input seq_contents) {
  GeneralNames out;
  out.names.reserve(CountElements(seq_contents));
  der::Parser p(seq_contents);
  while (p.HasMore()) {
    auto el = p.Next();
    if (!el) {
      out.ok = false;
      break;
    }
    out.names.push_back(ToGeneralName(*el));
    if (out.names.back().type == GeneralNameType::kUnknown) out.ok = false;
  }
  return out;
}

Name DirectoryName(const GeneralName& g) {
  auto inner = der::ReadElement(g.value);
  if (!inner) return Name{};
  return ParseName(*inner);
}

}  // namespace cair::x509
