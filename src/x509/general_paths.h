// File: x509/general_paths.h
// Internal to the parser and its tests. ParseName and ParseExtensions first
// read the usual shapes (single-attribute short-form RDNs; an Extension of
// OID, optional BOOLEAN and OCTET STRING in common-form headers) from their
// octets, and only then fall back to a Parser per level; the *General
// functions are that general reading alone — the same results by
// definition, the references that name_test and extensions_test compare
// the parser with.
#ifndef CAIR_X509_GENERAL_PATHS_H_
#define CAIR_X509_GENERAL_PATHS_H_

#include <vector>

#include "x509/extensions.h"
#include "x509/name.h"

namespace cair::x509 {

// ParseName without its short-form reading of single-attribute RDNs.
Name ParseNameGeneral(const der::Element& el);
// ParseExtensions without its reading of the usual Extension shape.
std::vector<Extension> ParseExtensionsGeneral(der::Input contents, bool* ok);
// ParseExtensions, and `*plain` true when every Extension had the usual
// shape in headers without a non-minimal length or tag and with a 00/FF
// BOOLEAN: nothing in `contents` is what Certificate::Encoding() counts.
std::vector<Extension> ParseExtensions(der::Input contents, bool* ok, bool* plain);

}  // namespace cair::x509

#endif  // CAIR_X509_GENERAL_PATHS_H_
