#include "x509/ocsp.h"

#include "x509/oids.h"

namespace cair::x509 {

using der::Input;
using der::Parser;

OcspResponse ParseOcspResponse(Input der) {
  OcspResponse r;
  auto fatal = [&](const char* field, const char* reason) {
    r.diagnostics.Add(Severity::kFatal, "x509.ocsp.malformed", field, 0, reason);
    return r;
  };
  //   OCSPResponse ::= SEQUENCE {
  //      responseStatus         OCSPResponseStatus,
  //      responseBytes          [0] EXPLICIT ResponseBytes OPTIONAL }
  auto outer = der::ReadElement(der);
  if (!outer || outer->tag != der::kSequence) return fatal("OCSPResponse", "not a SEQUENCE");
  r.raw = outer->full;
  Parser p(outer->value);
  auto status = p.Expect(der::kEnumerated);
  if (!status) return fatal("responseStatus", "missing");
  r.response_status = der::ParseInt64(status->value).value_or(-1);
  auto rb = p.Optional(der::ContextConstructed(0));
  if (!rb) {
    r.parsed = true;
    return r;
  }
  //   ResponseBytes ::= SEQUENCE { responseType OBJECT IDENTIFIER, response OCTET STRING }
  auto rbs = der::ReadElement(rb->value);
  if (!rbs || rbs->tag != der::kSequence) return fatal("responseBytes", "not a SEQUENCE");
  Parser bp(rbs->value);
  auto type = bp.Expect(der::kOid);
  auto resp = bp.Expect(der::kOctetString);
  if (!type || !resp) return fatal("responseBytes", "malformed");
  if (type->value != oid::kOcspBasic) return fatal("responseType", "not id-pkix-ocsp-basic");
  //   BasicOCSPResponse ::= SEQUENCE { tbsResponseData ResponseData,
  //      signatureAlgorithm AlgorithmIdentifier, signature BIT STRING,
  //      certs [0] EXPLICIT SEQUENCE OF Certificate OPTIONAL }
  auto basic = der::ReadElement(resp->value);
  if (!basic || basic->tag != der::kSequence) return fatal("BasicOCSPResponse", "not a SEQUENCE");
  Parser b(basic->value);
  auto data = b.Expect(der::kSequence);
  auto alg = b.Expect(der::kSequence);
  if (!data || !alg) return fatal("BasicOCSPResponse", "malformed");
  r.signature_algorithm = ParseAlgorithmIdentifier(*alg);
  //   ResponseData ::= SEQUENCE { version [0] EXPLICIT Version DEFAULT v1,
  //      responderID ResponderID, producedAt GeneralizedTime,
  //      responses SEQUENCE OF SingleResponse,
  //      responseExtensions [1] EXPLICIT Extensions OPTIONAL }
  Parser d(data->value);
  d.Optional(der::ContextConstructed(0));
  auto responder = d.Next();
  auto produced = d.Expect(der::kGeneralizedTime);
  auto responses = d.Expect(der::kSequence);
  if (!responder || !produced || !responses) return fatal("tbsResponseData", "malformed");
  r.produced_at = ParseTime(*produced);
  Parser rs(responses->value);
  while (rs.HasMore()) {
    auto single = rs.Expect(der::kSequence);
    if (!single) return fatal("responses", "malformed SingleResponse");
    Parser sp(single->value);
    auto cert_id = sp.Expect(der::kSequence);
    auto cert_status = sp.Next();
    auto this_update = sp.Expect(der::kGeneralizedTime);
    if (!cert_id || !cert_status || !this_update) return fatal("SingleResponse", "malformed");
    SingleResponse s;
    s.cert_id = cert_id->full;
    s.cert_status = cert_status->tag;
    s.this_update = ParseTime(*this_update);
    if (auto nu = sp.Optional(der::ContextConstructed(0))) {
      if (auto inner = der::ReadElement(nu->value)) {
        s.has_next_update = true;
        s.next_update = ParseTime(*inner);
      }
    }
    r.responses.push_back(s);
  }
  r.has_basic = true;
  r.parsed = true;
  return r;
}

}  // namespace cair::x509
