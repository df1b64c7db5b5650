// File: lints/util/ev/org_id.h
// Helpers for the EV Guidelines lints on the organization identifier
// (EVGs 9.2.8, 9.8.2) and on the subject attributes (EVGs 7.1.4.2.9), with
// the meanings zlint gets from zcrypto and from Go's encoding/asn1:
//   - the CA/Browser Forum organizationIdentifier extension (2.23.140.3.1)
//     is zcrypto's CABFOrganizationIdentifier: the LAST such extension,
//     decoded as Go decodes
//       SEQUENCE { scheme String, country String, [0] IMPLICIT String OPTIONAL,
//                  reference String }
//     where a universal String may be any string type Go turns into a Go
//     string, and trailing elements in the SEQUENCE are ignored;
//   - a subject organizationIdentifier text is split into scheme, country,
//     optional state and reference with the EVGs 9.2.8 syntax
//     (3 upper-case letters, 2 upper-case letters, optional "+" and 2
//     upper-case letters, "-", reference), or the PSD variant with an extra
//     "NCA-" part (upper-case letters, possibly none) before the reference.
#ifndef CAIR_LINTS_UTIL_EV_ORG_ID_H_
#define CAIR_LINTS_UTIL_EV_ORG_ID_H_

#include <optional>
#include <string>
#include <string_view>

#include "der/input.h"
#include "x509/certificate.h"
#include "x509/name.h"

namespace cair::lints::util::ev {

struct OrgId {
  std::string scheme, country, state, reference;
  bool operator==(const OrgId&) const = default;
};

// zcrypto's CABFOrganizationIdentifier: nullopt when the certificate has no
// cabfOrganizationIdentifier extension or the last one does not decode under
// Go's rules (zcrypto would then refuse the certificate).
std::optional<OrgId> CabfOrgIdExtension(const x509::Certificate& c);
// The decoding step alone, on an extension value.
std::optional<OrgId> DecodeCabfOrgId(der::Input value);

// Splits an organizationIdentifier value; nullopt when it does not have the
// EVGs 9.2.8 syntax (`psd`: the form with a National Competent Authority).
std::optional<OrgId> ParseSubjectOrgId(std::string_view text, bool psd);

// True when Go's encoding/asn1 can decode the Name's DER as a
// pkix.RDNSequence (strict DER headers, valid OIDs, and values whose
// universal type Go reads - strings, INTEGER, BIT STRING, OID - well
// formed). zlint's e_ev_extra_subject_attribs is fatal otherwise.
bool GoDecodesRdnSequence(const x509::Name& name);

}  // namespace cair::lints::util::ev

#endif  // CAIR_LINTS_UTIL_EV_ORG_ID_H_
