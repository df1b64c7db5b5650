// File: x509/name.h
// X.501 Name (RFC 5280 4.1.2.4) as a flat list of attributes that remember
// which RDN they belong to.
#ifndef CAIR_X509_NAME_H_
#define CAIR_X509_NAME_H_

#include <string>
#include <vector>

#include "der/parser.h"

namespace cair::x509 {

//   AttributeTypeAndValue ::= SEQUENCE { type OBJECT IDENTIFIER, value ANY }
struct Attribute {
  der::Input oid;
  der::Tag value_tag;
  der::Input value;      // contents octets of the value
  der::Input value_full; // the whole value element
  size_t rdn = 0;        // index of the RDN (SET) this attribute is in
  // Value decoded to UTF-8 (see der::DecodeString). Allocates.
  std::string Utf8() const;
};

//   Name ::= CHOICE { rdnSequence RDNSequence }
//   RDNSequence ::= SEQUENCE OF RelativeDistinguishedName
//   RelativeDistinguishedName ::= SET SIZE (1..MAX) OF AttributeTypeAndValue
struct Name {
  der::Input full;   // the whole SEQUENCE element
  der::Input value;  // its contents
  std::vector<Attribute> attributes;
  size_t rdn_count = 0;
  bool ok = false;   // false: not a well-formed RDNSequence (attributes holds what was read)
  bool has_empty_rdn = false;  // a SET with no attribute
  // Every RDN is one AttributeTypeAndValue whose headers are all in the
  // short form and whose value is primitive and not a BOOLEAN: nothing
  // inside can be what EncodingAudit counts, so Certificate::Encoding()
  // does not walk it. Set by ParseName; false when unknown.
  bool short_form_only = false;

  bool empty() const { return attributes.empty(); }
  // Attributes of type `oid`, in order.
  std::vector<const Attribute*> Find(der::Input oid) const;
  const Attribute* First(der::Input oid) const;
  bool Has(der::Input oid) const { return First(oid) != nullptr; }
  // Number of attributes in RDN `i`.
  size_t RdnSize(size_t i) const;
  // RFC 4514-style text, most significant RDN first as written in the
  // certificate ("C=US, O=Example, CN=www.example.com"); multi-valued RDNs
  // joined with " + ". Known attribute types use their short names.
  std::string ToString() const;
};

// Parses a Name from the element `el` (which must be a SEQUENCE).
Name ParseName(const der::Element& el);

}  // namespace cair::x509

#endif  // CAIR_X509_NAME_H_
