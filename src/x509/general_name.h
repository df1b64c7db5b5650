// File: x509/general_name.h
// GeneralName / GeneralNames (RFC 5280 4.2.1.6).
#ifndef CAIR_X509_GENERAL_NAME_H_
#define CAIR_X509_GENERAL_NAME_H_

#include <vector>

#include "der/parser.h"
#include "x509/name.h"

namespace cair::x509 {

//   GeneralName ::= CHOICE {
//        otherName                 [0]  AnotherName,
//        rfc822Name                [1]  IA5String,
//        dNSName                   [2]  IA5String,
//        x400Address               [3]  ORAddress,
//        directoryName             [4]  Name,
//        ediPartyName              [5]  EDIPartyName,
//        uniformResourceIdentifier [6]  IA5String,
//        iPAddress                 [7]  OCTET STRING,
//        registeredID              [8]  OBJECT IDENTIFIER }
enum class GeneralNameType : uint8_t {
  kOtherName = 0, kRfc822Name = 1, kDnsName = 2, kX400Address = 3, kDirectoryName = 4,
  kEdiPartyName = 5, kUri = 6, kIpAddress = 7, kRegisteredId = 8, kUnknown = 255,
};

struct GeneralName {
  GeneralNameType type = GeneralNameType::kUnknown;
  der::Tag tag;
  der::Input value;  // contents octets ([4]: the inner Name element's bytes)
  der::Input full;
  // otherName only: type-id and the [0] EXPLICIT value's inner element.
  der::Input other_type_id;
  der::Element other_value;
  bool other_ok = false;

  std::string_view Text() const { return value.AsStringView(); }
};

struct GeneralNames {
  std::vector<GeneralName> names;
  bool ok = true;  // every element was well-formed
  size_t Count(GeneralNameType t) const {
    size_t n = 0;
    for (const auto& g : names) n += g.type == t;
    return n;
  }
};

// Reads one GeneralName element.
GeneralName ToGeneralName(const der::Element& el);
// Parses the contents of a SEQUENCE OF GeneralName.
GeneralNames ParseGeneralNames(der::Input seq_contents);
// For a directoryName: the Name inside.
Name DirectoryName(const GeneralName& g);

}  // namespace cair::x509

#endif  // CAIR_X509_GENERAL_NAME_H_
