#include "monitor/ocsp_probe.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

#include "base/strings.h"
#include "der/input.h"
#include "der/values.h"
#include "x509/certificate.h"
#include "x509/crl.h"
#include "x509/oids.h"
#include "x509/ocsp.h"

namespace cair::monitor {
namespace {

template <typename T, void (*F)(T*)>
struct Deleter {
  void operator()(T* p) const { F(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using CertIdPtr = std::unique_ptr<OCSP_CERTID, Deleter<OCSP_CERTID, OCSP_CERTID_free>>;
using RequestPtr = std::unique_ptr<OCSP_REQUEST, Deleter<OCSP_REQUEST, OCSP_REQUEST_free>>;
using ResponsePtr = std::unique_ptr<OCSP_RESPONSE, Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>>;
using BasicPtr = std::unique_ptr<OCSP_BASICRESP, Deleter<OCSP_BASICRESP, OCSP_BASICRESP_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using IntPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER, ASN1_INTEGER_free>>;

struct StackDeleter {
  void operator()(STACK_OF(X509) * s) const { sk_X509_free(s); }
};

constexpr int64_t kHour = 3600, kDay = 86400;

X509Ptr ReadX509(const std::string& der) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  return X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

std::string HexOf(const unsigned char* p, size_t n) {
  while (n > 1 && *p == 0) ++p, --n;  // the magnitude, no leading 00 octet
  return der::HexUpper(der::Input(p, n));
}

std::string SerialOf(const ASN1_INTEGER* a) { return HexOf(ASN1_STRING_get0_data(a), ASN1_STRING_length(a)); }

std::optional<int64_t> UnixOf(const ASN1_GENERALIZEDTIME* t) {
  if (!t) return std::nullopt;
  struct tm tm {};
  if (ASN1_TIME_to_tm(t, &tm) != 1) return std::nullopt;
  return static_cast<int64_t>(timegm(&tm));
}

// RFC 6960 A.1: GET {url}/{url-encoding of base-64 encoding of the DER encoding of the OCSPRequest}.
std::string GetUrl(const std::string& url, const std::string& der) {
  std::string path;
  for (char c : base::Base64Encode(der)) {
    if (c == '+') path += "%2B";
    else if (c == '/') path += "%2F";
    else if (c == '=') path += "%3D";
    else path += c;
  }
  return url + (!url.empty() && url.back() == '/' ? "" : "/") + path;
}

std::string ReasonName(int reason) {
  return reason < 0 ? "no reasonCode" : std::string(OCSP_crl_reason_str(reason)) + " (" + std::to_string(reason) + ")";
}

std::string Time(int64_t t) { return der::FormatRfc3339(t); }

// The CA itself, or a delegated responder it certified for OCSP signing.
struct Issuer {
  X509Ptr cert;
  std::string dn;
};

// One request on the wire.
struct Probe {
  size_t target;
  OcspMethod method;
  CertIdHash hash;
  CertIdPtr id;
  std::string der;  // the OCSPRequest
};

class Judge {
 public:
  Judge(const Issuer& issuer, const std::vector<OcspTarget>& targets, const OcspProbeOptions& opt, OcspProbeResult* out)
      : issuer_(issuer), targets_(targets), opt_(opt), out_(out) {}

  void Response(const Probe& p, const HttpRequest& req, const HttpResponse& res) {
    const OcspTarget& t = targets_[p.target];
    OcspObservation o;
    o.target = p.target;
    o.url = t.url;
    o.method = OcspMethodName(p.method);
    o.hash = CertIdHashName(p.hash);
    o.request = std::string(o.method) + " " + (p.method == OcspMethod::kGet ? req.url : t.url) + " CertID(" + o.hash +
                ", serial " + t.serial_hex + ") OCSPRequest(base64) " + base::Base64Encode(p.der);
    o.observed_at = opt_.now ? opt_.now : static_cast<int64_t>(std::time(nullptr));
    o.outcome = res.outcome;
    o.http_status = res.status;
    o.seconds = res.seconds;
    obs_ = &o;
    target_ = &t;
    Check(p, res);
    out_->observations.push_back(std::move(o));
  }

 private:
  void Add(const char* kind, Severity sev, const std::string& detail, const std::string& rule) {
    Finding f;
    f.kind = kind;
    f.severity = sev;
    f.issuer = issuer_.dn;
    f.serial = target_->serial_hex;
    f.crl_number = target_->crl_number;
    f.first_seen = f.last_seen = obs_->observed_at;
    f.detail = detail;
    f.rule = rule;
    f.url = target_->url;
    f.request = obs_->request;
    out_->findings.push_back(std::move(f));
  }

  std::string Serial() const { return "serial " + target_->serial_hex; }

  void Check(const Probe& p, const HttpResponse& res) {
    // Transport (BR 4.10.2: a response within ten seconds; RFC 6960 A.1/A.2: HTTP).
    if (res.outcome == HttpOutcome::kTimeout)
      return Add("ocsp-timeout", Severity::kError,
                 "no response for " + Serial() + " within " + std::to_string(opt_.fetch.timeout_ms) + " ms (" + res.error + ")",
                 "BR 4.10.2");
    if (res.outcome == HttpOutcome::kConnection)
      return Add("ocsp-http-error", Severity::kError, "no HTTP response for " + Serial() + ": " + res.error,
                 "BR 4.10.2; RFC 6960 A.1");
    if (res.outcome == HttpOutcome::kTooLarge)
      return Add("ocsp-malformed", Severity::kError, "response for " + Serial() + ": " + res.error, "RFC 6960 4.2.1");
    if (res.status != 200)
      return Add("ocsp-http-error", Severity::kError,
                 "HTTP " + std::to_string(res.status) + " for " + Serial() + " (" + std::to_string(res.body.size()) + " bytes)",
                 "RFC 6960 A.1; BR 4.9.10");
    if (MediaType(res.content_type) != "application/ocsp-response")
      Add("ocsp-wrong-content-type", Severity::kError,
          "Content-Type \"" + res.content_type + "\" for " + Serial() + ", not application/ocsp-response", "RFC 6960 A.2");

    // RFC 6960 4.2.1: OCSPResponse, then the BasicOCSPResponse.
    const unsigned char* q = reinterpret_cast<const unsigned char*>(res.body.data());
    ResponsePtr resp(d2i_OCSP_RESPONSE(nullptr, &q, static_cast<long>(res.body.size())));
    if (!resp || q != reinterpret_cast<const unsigned char*>(res.body.data()) + res.body.size()) {
      x509::OcspResponse parsed = x509::ParseOcspResponse(der::Input(std::string_view(res.body)));
      std::string why = !parsed.diagnostics.empty() ? parsed.diagnostics.Summary()
                        : resp                      ? "trailing bytes after the OCSPResponse"
                                                    : "not a DER OCSPResponse";
      return Add("ocsp-malformed", Severity::kError,
                 "response for " + Serial() + " (" + std::to_string(res.body.size()) + " bytes) is unreadable: " + why,
                 "RFC 6960 4.2.1");
    }
    const int status = OCSP_response_status(resp.get());
    if (status != OCSP_RESPONSE_STATUS_SUCCESSFUL)
      return Add("ocsp-error-status", Severity::kError,
                 "responseStatus " + std::string(OCSP_response_status_str(status)) + " (" + std::to_string(status) +
                     ") for " + Serial(),
                 "RFC 6960 4.2.1; BR 4.9.10");
    BasicPtr basic(OCSP_response_get1_basic(resp.get()));
    if (!basic)
      return Add("ocsp-malformed", Severity::kError, "successful response for " + Serial() + " without a BasicOCSPResponse",
                 "RFC 6960 4.2.1");

    int cert_status = -1, reason = -1;
    ASN1_GENERALIZEDTIME *revtime = nullptr, *thisupd = nullptr, *nextupd = nullptr;
    if (OCSP_resp_find_status(basic.get(), p.id.get(), &cert_status, &reason, &revtime, &thisupd, &nextupd) != 1)
      return Add("ocsp-malformed", Severity::kError,
                 "the response has no SingleResponse for the CertID asked (" + std::string(obs_->hash) + ", " + Serial() + ")",
                 "RFC 6960 4.2.2.3");
    obs_->cert_status = OCSP_cert_status_str(cert_status);
    obs_->this_update = UnixOf(thisupd);
    obs_->next_update = UnixOf(nextupd);
    obs_->revoked_at = UnixOf(revtime);
    obs_->revocation_reason = reason;

    Authority(basic.get());
    Status(cert_status, reason);
    Freshness();
  }

  // RFC 6960 4.2.2.2 / 3.2: signed by the CA, or by a responder certificate
  // the CA issued with id-kp-OCSPSigning.
  void Authority(OCSP_BASICRESP* bs) {
    std::unique_ptr<STACK_OF(X509), StackDeleter> extra(sk_X509_new_null());
    sk_X509_push(extra.get(), issuer_.cert.get());
    X509* signer = nullptr;
    if (OCSP_resp_get0_signer(bs, &signer, extra.get()) != 1 || !signer) {
      Add("ocsp-responder-unauthorized", Severity::kError,
          "the responderID of the answer for " + Serial() +
              " names neither the CA nor a certificate included in the response",
          "RFC 6960 4.2.2.2");
      return;
    }
    StorePtr store(X509_STORE_new());
    if (OCSP_basic_verify(bs, extra.get(), store.get(), OCSP_NOVERIFY) != 1)
      Add("ocsp-signature-invalid", Severity::kError,
          "the signature of the answer for " + Serial() + " does not verify with the key of " + SubjectOf(signer),
          "RFC 6960 4.2.2.1; BR 4.9.10");
    ERR_clear_error();
    if (X509_cmp(signer, issuer_.cert.get()) == 0) return;
    std::vector<std::string> why;
    if (X509_check_issued(issuer_.cert.get(), signer) != X509_V_OK ||
        X509_verify(signer, X509_get0_pubkey(issuer_.cert.get())) != 1)
      why.push_back("is not issued by the CA " + issuer_.dn);
    const bool ocsp_signing =
        (X509_get_extension_flags(signer) & EXFLAG_XKUSAGE) && (X509_get_extended_key_usage(signer) & XKU_OCSP_SIGN);
    if (!ocsp_signing) why.push_back("has no id-kp-OCSPSigning in extKeyUsage");
    ERR_clear_error();
    if (why.empty()) return;
    std::string detail = "the delegated responder " + SubjectOf(signer) + " that signed the answer for " + Serial() + " ";
    for (size_t i = 0; i < why.size(); ++i) detail += (i ? " and " : "") + why[i];
    Add("ocsp-responder-unauthorized", Severity::kError, detail, "RFC 6960 4.2.2.2; BR 4.9.10");
  }

  void Status(int cert_status, int reason) {
    const OcspTarget& t = *target_;
    if (t.expect == OcspTarget::Expect::kUnissued && cert_status == V_OCSP_CERTSTATUS_GOOD)
      Add("ocsp-good-for-unissued", Severity::kError,
          "\"good\" for " + Serial() + ", which the CA never issued (a random serial)", "BR 4.9.10");
    if (t.expect != OcspTarget::Expect::kRevoked) return;
    const std::string crl = "the CRL (" + t.origin + (t.crl_number ? ", CRL number " + *t.crl_number : "") + ")";
    if (cert_status == V_OCSP_CERTSTATUS_GOOD) {
      Add("ocsp-good-for-revoked", Severity::kError,
          "\"good\" for " + Serial() + ", revoked on " + crl + " at " + Time(t.crl_revoked_at) + " (" +
              ReasonName(t.crl_reason) + ")",
          "BR 4.10.1; BR 4.9.10");
      return;
    }
    if (cert_status == V_OCSP_CERTSTATUS_UNKNOWN) {
      Add("ocsp-revocation-mismatch", Severity::kError,
          "\"unknown\" for " + Serial() + ", revoked on " + crl + " at " + Time(t.crl_revoked_at), "BR 4.9.10; BR 4.10.1");
      return;
    }
    std::vector<std::string> diffs;
    if (obs_->revoked_at && *obs_->revoked_at != t.crl_revoked_at)
      diffs.push_back("revocationTime " + Time(*obs_->revoked_at) + " where " + crl + " says " + Time(t.crl_revoked_at));
    // BR 7.2.2: unspecified (0) is expressed by omitting the reasonCode; the two spellings agree.
    auto norm = [](int r) { return r == 0 ? -1 : r; };
    if (norm(reason) != norm(t.crl_reason))
      diffs.push_back("revocationReason " + ReasonName(reason) + " where " + crl + " says " + ReasonName(t.crl_reason));
    if (diffs.empty()) return;
    std::string detail = "\"revoked\" for " + Serial() + " but ";
    for (size_t i = 0; i < diffs.size(); ++i) detail += (i ? "; " : "") + diffs[i];
    Add("ocsp-revocation-mismatch", Severity::kError, detail, "BR 4.9.10; BR 7.2.2; RFC 6960 4.2.1");
  }

  // BR 4.9.10 (requirements §2.4), subscriber certificates: the validity
  // interval (nextUpdate - thisUpdate, inclusive) is 8 h to 10 days; below
  // 16 h a new response is due by the interval's midpoint, else at least 8 h
  // before nextUpdate and at most 4 days after thisUpdate. MRSP 6: nextUpdate
  // is present. CA certificates: only an expired answer is judged here.
  void Freshness() {
    const auto& tu = obs_->this_update;
    const auto& nu = obs_->next_update;
    const int64_t now = obs_->observed_at;
    if (!tu) return;
    if (!nu) {
      if (!target_->ca)
        Add("ocsp-validity-too-long", Severity::kError,
            "the answer for " + Serial() + " has no nextUpdate (thisUpdate " + Time(*tu) + ")", "BR 4.9.10; MRSP 6.2");
      return;
    }
    if (now > *nu) {
      Add("ocsp-stale", Severity::kError,
          "the answer for " + Serial() + " expired: nextUpdate " + Time(*nu) + " is before " + Time(now), "BR 4.9.10; RFC 6960 4.2.2.1");
      return;
    }
    if (target_->ca) return;
    const int64_t interval = *nu - *tu + 1;
    if (interval > 10 * kDay)
      Add("ocsp-validity-too-long", Severity::kError,
          "the answer for " + Serial() + " is valid " + Days(interval) + " (thisUpdate " + Time(*tu) + ", nextUpdate " +
              Time(*nu) + "), more than 10 days",
          "BR 4.9.10");
    else if (interval < 8 * kHour)
      Add("ocsp-validity-too-short", Severity::kError,
          "the answer for " + Serial() + " is valid " + Days(interval) + ", less than 8 hours", "BR 4.9.10");
    std::string late;
    if (interval < 16 * kHour) {
      if (now > *tu + interval / 2) late = "past the midpoint of its " + Days(interval) + " validity";
    } else if (now > *tu + 4 * kDay) {
      late = "more than 4 days after its thisUpdate " + Time(*tu);
    } else if (now > *nu - 8 * kHour) {
      late = "less than 8 hours before its nextUpdate " + Time(*nu);
    }
    if (!late.empty())
      Add("ocsp-stale", Severity::kError, "the answer for " + Serial() + " at " + Time(now) + " is still not refreshed, " + late,
          "BR 4.9.10");
  }

  static std::string Days(int64_t seconds) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f days", static_cast<double>(seconds) / kDay);
    return buf;
  }

  static std::string SubjectOf(X509* c) {
    unsigned char* der = nullptr;
    int n = i2d_X509(c, &der);
    std::string s = n > 0 ? SubjectDn(std::string(reinterpret_cast<char*>(der), n)) : "(unreadable certificate)";
    OPENSSL_free(der);
    return s;
  }

  const Issuer& issuer_;
  const std::vector<OcspTarget>& targets_;
  const OcspProbeOptions& opt_;
  OcspProbeResult* out_;
  OcspObservation* obs_ = nullptr;
  const OcspTarget* target_ = nullptr;
};

}  // namespace

const char* OcspMethodName(OcspMethod m) { return m == OcspMethod::kGet ? "GET" : "POST"; }
const char* CertIdHashName(CertIdHash h) { return h == CertIdHash::kSha256 ? "sha256" : "sha1"; }

std::optional<OcspMethod> ParseOcspMethod(const std::string& s) {
  if (s == "post") return OcspMethod::kPost;
  if (s == "get") return OcspMethod::kGet;
  return std::nullopt;
}

std::optional<CertIdHash> ParseCertIdHash(const std::string& s) {
  if (s == "sha1") return CertIdHash::kSha1;
  if (s == "sha256") return CertIdHash::kSha256;
  return std::nullopt;
}

OcspProbeResult ProbeOcsp(const std::string& issuer_der, const std::vector<OcspTarget>& targets,
                          const OcspProbeOptions& options) {
  OcspProbeResult out;
  Issuer issuer{ReadX509(issuer_der), SubjectDn(issuer_der)};
  if (!issuer.cert) {
    out.error = "the issuer certificate is not a certificate OpenSSL can read";
    return out;
  }
  std::vector<Probe> probes;
  std::vector<HttpRequest> requests;
  for (size_t i = 0; i < targets.size(); ++i) {
    BnPtr bn;
    BIGNUM* raw = nullptr;
    if (!BN_hex2bn(&raw, targets[i].serial_hex.c_str())) continue;
    bn.reset(raw);
    IntPtr serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    for (CertIdHash h : options.hashes)
      for (OcspMethod m : options.methods) {
        Probe p{i, m, h, nullptr, {}};
        p.id.reset(OCSP_cert_id_new(h == CertIdHash::kSha256 ? EVP_sha256() : EVP_sha1(),
                                    X509_get_subject_name(issuer.cert.get()), X509_get0_pubkey_bitstr(issuer.cert.get()),
                                    serial.get()));
        RequestPtr req(OCSP_REQUEST_new());
        if (!p.id || !req || !OCSP_request_add0_id(req.get(), OCSP_CERTID_dup(p.id.get()))) continue;
        unsigned char* der = nullptr;
        int n = i2d_OCSP_REQUEST(req.get(), &der);
        if (n <= 0) continue;
        p.der.assign(reinterpret_cast<char*>(der), n);
        OPENSSL_free(der);
        HttpRequest r;
        r.accept = "application/ocsp-response";
        if (m == OcspMethod::kPost) {
          r.url = targets[i].url;
          r.post = true;
          r.body = p.der;
          r.content_type = "application/ocsp-request";
        } else {
          r.url = GetUrl(targets[i].url, p.der);
        }
        requests.push_back(std::move(r));
        probes.push_back(std::move(p));
      }
  }
  std::vector<HttpResponse> responses = FetchAll(requests, options.fetch);
  Judge judge(issuer, targets, options, &out);
  for (size_t i = 0; i < probes.size(); ++i) judge.Response(probes[i], requests[i], responses[i]);
  return out;
}

std::optional<CertificateFacts> ReadCertificateFacts(const std::string& der) {
  X509Ptr c = ReadX509(der);
  if (!c) return std::nullopt;
  CertificateFacts f;
  f.serial_hex = SerialOf(X509_get0_serialNumber(c.get()));
  STACK_OF(OPENSSL_STRING)* urls = X509_get1_ocsp(c.get());
  for (int i = 0; i < sk_OPENSSL_STRING_num(urls); ++i) f.ocsp_urls.push_back(sk_OPENSSL_STRING_value(urls, i));
  X509_email_free(urls);
  f.ca = X509_check_ca(c.get()) != 0;
  const ASN1_TIME* na = X509_get0_notAfter(c.get());
  struct tm tm {};
  if (na && ASN1_TIME_to_tm(na, &tm) == 1) f.not_after = timegm(&tm);
  x509::Certificate parsed = x509::ParseCertificate(der::Input(std::string_view(der)));
  f.issuer_dn = parsed.ok() ? parsed.issuer.ToString() : "";
  return f;
}

std::string SubjectDn(const std::string& der) {
  x509::Certificate c = x509::ParseCertificate(der::Input(std::string_view(der)));
  return c.ok() ? c.subject.ToString() : "";
}

bool IssuedBy(const std::string& cert_der, const std::string& issuer_der) {
  X509Ptr c = ReadX509(cert_der), i = ReadX509(issuer_der);
  bool ok = c && i && X509_check_issued(i.get(), c.get()) == X509_V_OK && X509_verify(c.get(), X509_get0_pubkey(i.get())) == 1;
  ERR_clear_error();
  return ok;
}

std::optional<CrlFacts> ReadCrlFacts(const std::string& der, std::string* error) {
  x509::Crl crl = x509::ParseCrl(der::Input(std::string_view(der)));
  if (!crl.ok()) {
    *error = "not a CRL: " + crl.diagnostics.Summary();
    return std::nullopt;
  }
  CrlFacts f;
  f.issuer_dn = crl.issuer.ToString();
  f.this_update = crl.this_update.unix;
  if (crl.has_next_update) f.next_update = crl.next_update.unix;
  if (const x509::Extension* n = crl.FindExtension(oid::kCrlNumber)) {
    // CRLNumber ::= INTEGER (0..MAX); extnValue holds its DER.
    const uint8_t* p = n->value.data();
    if (n->value.size() > 2 && p[0] == 0x02 && p[1] < 0x80 && static_cast<size_t>(p[1]) + 2 == n->value.size()) {
      BnPtr bn(BN_bin2bn(p + 2, p[1], nullptr));
      char* dec = bn ? BN_bn2dec(bn.get()) : nullptr;
      if (dec) f.crl_number = dec;
      OPENSSL_free(dec);
    }
  }
  f.entries.reserve(crl.revoked.size());
  for (const auto& r : crl.revoked)
    f.entries.push_back({HexOf(r.serial.data(), r.serial.size()), r.revocation_date.unix, r.reason_code});
  return f;
}

std::string RandomSerialHex() {
  unsigned char b[16];
  RAND_bytes(b, sizeof b);
  b[0] &= 0x7F;
  b[0] |= 0x40;  // 16 significant octets, positive
  return HexOf(b, sizeof b);
}

}  // namespace cair::monitor
