// File: x509/name_general.h
// ParseName without its short-form reading of single-attribute RDNs: every
// RDN read with a Parser per level. The same results by definition; it is
// the reference that name_test compares ParseName with.
#ifndef CAIR_X509_NAME_GENERAL_H_
#define CAIR_X509_NAME_GENERAL_H_

#include "x509/name.h"

namespace cair::x509 {

Name ParseNameGeneral(const der::Element& el);

}  // namespace cair::x509

#endif  // CAIR_X509_NAME_GENERAL_H_
