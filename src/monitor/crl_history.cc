// The CRL history: recording versions and the findings they cause (see
// crl_history.h). Rules cited: requirements.md §2.4 (BR 4.9.7, BR 4.10.1,
// MRSP 6), §2.5 (BR 7.2.2), §3.3 (MRSP 6.1.1); RFC 5280 5.1.2, 5.2.
#include "monitor/crl_history.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <set>

#include "base/sha256.h"
#include "der/parser.h"
#include "der/values.h"
#include "incident/rules.h"
#include "x509/crl.h"
#include "x509/general_name.h"
#include "x509/input.h"
#include "x509/oids.h"

namespace cair::monitor {
namespace {

using incident::FormatRfc3339;
using base::StatusOr;

constexpr int64_t kDay = 86400;
// BR 4.9.7: subscriber CRLs at least every 7 days, nextUpdate at most 10 days
// after thisUpdate (MRSP 6 says the same). The 4-day variant for CAs whose
// certificates lack an OCSP pointer is not applied: cair cannot see that.
constexpr int64_t kSubscriberReissue = 7 * kDay;
constexpr int64_t kSubscriberValidity = 10 * kDay;

// thisUpdate + 12 calendar months (BR 4.9.7 for CRLs of CA certificates).
int64_t PlusTwelveMonths(int64_t t) {
  time_t tt = static_cast<time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  tm.tm_year += 1;
  if (tm.tm_mon == 1 && tm.tm_mday == 29) tm.tm_mday = 28;  // 29 Feb + 1 year
  return static_cast<int64_t>(timegm(&tm));
}

// ---- Entries: a sorted blob of (serial, revocationDate, reason) ----------
// Each entry: 1 byte serial length n, n bytes of serial magnitude, 8 bytes
// revocationDate (big-endian two's complement), 1 byte reasonCode + 1 (0: no
// reasonCode). Sorted by (n, bytes): numeric order of the serials.

struct Entry {
  std::string_view serial;  // magnitude bytes
  int64_t date = 0;
  int reason = -1;
};

bool SerialLess(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return std::memcmp(a.data(), b.data(), a.size()) < 0;
}

std::string_view Magnitude(der::Input serial) {
  while (serial.size() > 1 && serial[0] == 0) serial = serial.sub(1);
  return serial.AsStringView();
}

std::string HexOf(std::string_view bytes) {
  return der::HexUpper(der::Input(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
}

// Returns the blob; `*skipped` counts entries whose serial exceeds 255 bytes
// (RFC 5280 4.1.2.2 allows 20) or repeats a serial already listed.
std::string EncodeEntries(const x509::Crl& crl, int64_t* skipped) {
  std::vector<Entry> v;
  v.reserve(crl.revoked.size());
  for (const auto& r : crl.revoked) {
    std::string_view s = Magnitude(r.serial);
    if (s.empty() || s.size() > 255) {
      ++*skipped;
      continue;
    }
    v.push_back({s, r.revocation_date.unix, r.reason_code});
  }
  std::stable_sort(v.begin(), v.end(), [](const Entry& a, const Entry& b) { return SerialLess(a.serial, b.serial); });
  std::string out;
  out.reserve(v.size() * (10 + (v.empty() ? 0 : v.front().serial.size() + 8)));
  std::string_view last;
  bool first = true;
  for (const auto& e : v) {
    if (!first && e.serial == last) {
      ++*skipped;
      continue;
    }
    first = false;
    last = e.serial;
    out.push_back(static_cast<char>(e.serial.size()));
    out.append(e.serial);
    uint64_t d = static_cast<uint64_t>(e.date);
    for (int i = 7; i >= 0; --i) out.push_back(static_cast<char>((d >> (8 * i)) & 0xff));
    int reason = std::clamp(e.reason, -1, 254);
    out.push_back(static_cast<char>(reason + 1));
  }
  return out;
}

// Reads a blob entry by entry; a blob cut short ends the walk.
class EntryReader {
 public:
  explicit EntryReader(std::string_view blob) : b_(blob) { Advance(); }
  bool done() const { return done_; }
  const Entry& get() const { return e_; }
  void Advance() {
    if (pos_ >= b_.size()) {
      done_ = true;
      return;
    }
    size_t n = static_cast<uint8_t>(b_[pos_]);
    if (pos_ + 1 + n + 9 > b_.size()) {
      done_ = true;
      return;
    }
    e_.serial = b_.substr(pos_ + 1, n);
    uint64_t d = 0;
    for (size_t i = 0; i < 8; ++i) d = (d << 8) | static_cast<uint8_t>(b_[pos_ + 1 + n + i]);
    e_.date = static_cast<int64_t>(d);
    e_.reason = static_cast<int>(static_cast<uint8_t>(b_[pos_ + 1 + n + 8])) - 1;
    pos_ += 1 + n + 9;
  }

 private:
  std::string_view b_;
  size_t pos_ = 0;
  Entry e_;
  bool done_ = false;
};

const char* ReasonName(int r) {
  switch (r) {
    case -1: return "no reasonCode";
    case 0: return "unspecified";
    case 1: return "keyCompromise";
    case 2: return "cACompromise";
    case 3: return "affiliationChanged";
    case 4: return "superseded";
    case 5: return "cessationOfOperation";
    case 6: return "certificateHold";
    case 8: return "removeFromCRL";
    case 9: return "privilegeWithdrawn";
    case 10: return "aACompromise";
    default: return "unknown reason";
  }
}

// ---- Version metadata ---------------------------------------------------

std::string Decimal(const std::string& hex) {
  if (hex.empty()) return "";
  BIGNUM* bn = nullptr;
  std::string out = hex;
  if (BN_hex2bn(&bn, hex.c_str()) > 0) {
    if (char* d = BN_bn2dec(bn)) {
      out = d;
      OPENSSL_free(d);
    }
  }
  BN_free(bn);
  return out;
}

bool NumberLess(const std::string& a, const std::string& b) {  // upper-case hex magnitudes, "" lowest
  if (a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

// The CRL number's magnitude as hex, "" when the extension is absent or bad.
std::string CrlNumberHex(const x509::Crl& c) {
  const x509::Extension* e = c.FindExtension(oid::kCrlNumber);
  if (!e) return "";
  auto el = der::ReadElement(e->value);
  if (!el || el->tag != der::kInteger || el->value.empty()) return "";
  std::string h = HexOf(Magnitude(el->value));
  while (h.size() > 1 && h[0] == '0') h.erase(0, 1);
  return h;
}

// IssuingDistributionPoint (RFC 5280 5.2.5) as text, and the sequence key.
struct Scope {
  std::string key, text = "none";
  bool only_user = false, only_ca = false;
};

Scope ReadScope(const x509::Crl& c, const std::string& url) {
  Scope s;
  const x509::Extension* e = c.FindExtension(oid::kIssuingDistributionPoint);
  std::vector<std::string> uris;
  if (e) {
    s.text.clear();
    auto seq = der::ReadElement(e->value);
    der::Parser p(seq && seq->tag == der::kSequence ? seq->value : der::Input());
    std::string flags;
    while (p.HasMore()) {
      auto el = p.Next();
      if (!el) break;
      bool is_true = el->value.size() == 1 && el->value[0] != 0;
      switch (el->tag.number) {
        case 0: {  // distributionPoint [0] DistributionPointName
          der::Parser dp(el->value);
          auto name = dp.Next();
          if (name && name->tag.number == 0) {
            for (const auto& g : x509::ParseGeneralNames(name->value).names)
              if (g.type == x509::GeneralNameType::kUri) uris.emplace_back(g.Text());
          } else if (name) {
            uris.push_back("relative:" + der::HexUpper(name->value));
          }
          break;
        }
        case 1: if (is_true) { s.only_user = true; flags += " onlyContainsUserCerts"; } break;
        case 2: if (is_true) { s.only_ca = true; flags += " onlyContainsCACerts"; } break;
        case 3: flags += " onlySomeReasons=" + der::HexUpper(el->value); break;
        case 4: if (is_true) flags += " indirectCRL"; break;
        case 5: if (is_true) flags += " onlyContainsAttributeCerts"; break;
        default: flags += " [" + std::to_string(el->tag.number) + "]"; break;
      }
    }
    std::string names;
    for (const auto& u : uris) names += (names.empty() ? "" : " ") + u;
    s.text = "IDP" + (names.empty() ? std::string() : " " + names) + flags;
  }
  // The sequence: the URL it is fetched from when known (so that an IDP
  // added or dropped there is a scope change), else the IDP's names.
  if (!url.empty()) s.key = url;
  else
    for (const auto& u : uris) s.key += (s.key.empty() ? "" : " ") + u;
  if (c.FindExtension(oid::kDeltaCrlIndicator)) s.key += " (delta)";
  return s;
}

// Verifies the CRL's signature with the issuer certificate; "" when it holds,
// else why not. The TBS is verified in place (OpenSSL's d2i_X509_CRL would
// rebuild every entry of a million-entry CRL); RSA-PSS and anything else
// OBJ_find_sigid_algs cannot name go through X509_CRL_verify.
std::string VerifySignature(const x509::Crl& c, const std::string& crl_der, const std::string& issuer_der) {
  const unsigned char* q = reinterpret_cast<const unsigned char*>(issuer_der.data());
  X509* issuer = d2i_X509(nullptr, &q, static_cast<long>(issuer_der.size()));
  if (!issuer) return "the issuer certificate does not parse";
  std::string why;
  EVP_PKEY* key = X509_get0_pubkey(issuer);
  const unsigned char* a = c.signature_algorithm.full.data();
  X509_ALGOR* alg = d2i_X509_ALGOR(nullptr, &a, static_cast<long>(c.signature_algorithm.full.size()));
  int md_nid = NID_undef, pk_nid = NID_undef;
  if (!key) {
    why = "the issuer certificate's public key is unreadable";
  } else if (alg && OBJ_find_sigid_algs(OBJ_obj2nid(alg->algorithm), &md_nid, &pk_nid) && md_nid != NID_undef) {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_get_digestbynid(md_nid), nullptr, key) == 1 &&
              EVP_DigestVerify(ctx, c.signature_value.bytes.data(), c.signature_value.bytes.size(), c.tbs.data(),
                               c.tbs.size()) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok) why = "the signature does not verify with the issuer certificate's key";
  } else {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(crl_der.data());
    X509_CRL* crl = d2i_X509_CRL(nullptr, &p, static_cast<long>(crl_der.size()));
    if (!crl || X509_CRL_verify(crl, key) != 1) why = "the signature does not verify with the issuer certificate's key";
    X509_CRL_free(crl);
  }
  auto parsed = x509::ParseCertificate(der::Input(std::string_view(issuer_der)));
  if (why.empty() && parsed.ok() && parsed.subject.ToString() != c.issuer.ToString())
    why = "it verifies, but its issuer \"" + c.issuer.ToString() + "\" is not the certificate's subject \"" +
          parsed.subject.ToString() + "\"";
  X509_ALGOR_free(alg);
  X509_free(issuer);
  return why;
}

bool SelfIssued(const std::string& cert_der) {
  auto c = x509::ParseCertificate(der::Input(std::string_view(cert_der)));
  return c.ok() && c.IsCa() && c.issuer.ToString() == c.subject.ToString();
}

// ---- Findings -------------------------------------------------------------

struct Version {
  incident::CrlVersion meta;
  std::string Label() const {
    return "CRL " + (meta.number_hex.empty() ? std::string("without cRLNumber") : "#" + Decimal(meta.number_hex)) +
           " (thisUpdate " + FormatRfc3339(meta.this_update) + ", " + meta.origin + ")";
  }
};

Finding Make(const incident::CrlVersion& v, const char* kind, Severity sev, int64_t at, std::string detail,
             std::string rule) {
  Finding f;
  f.kind = kind;
  f.severity = sev;
  f.issuer = v.issuer;
  if (!v.number_hex.empty()) f.crl_number = Decimal(v.number_hex);
  f.first_seen = f.last_seen = at;
  f.detail = std::move(detail);
  f.rule = std::move(rule);
  f.url = v.url.empty() ? v.origin : v.url;
  return f;
}

int64_t ReissueInterval(const incident::CrlVersion& v) {
  return v.ca_crl ? PlusTwelveMonths(v.this_update) - v.this_update : kSubscriberReissue;
}
const char* Kind(const incident::CrlVersion& v) { return v.ca_crl ? "CRL for CA certificates" : "subscriber CRL"; }

// Checks of one version on its own.
void CheckVersion(const Version& v, std::vector<Finding>* out) {
  const auto& m = v.meta;
  if (!m.next_update) {
    out->push_back(Make(m, "crl-validity-too-long", Severity::kError, m.this_update,
                        v.Label() + " has no nextUpdate: its validity is unbounded", "BR 4.9.7; RFC 5280 5.1.2.5"));
  } else {
    int64_t limit = m.ca_crl ? PlusTwelveMonths(m.this_update) : m.this_update + kSubscriberValidity;
    if (*m.next_update > limit)
      out->push_back(Make(m, "crl-validity-too-long", Severity::kError, m.this_update,
                          v.Label() + ", a " + Kind(m) + ", has nextUpdate " + FormatRfc3339(*m.next_update) + ", " +
                              std::to_string((*m.next_update - m.this_update) / 3600) + " h after thisUpdate (at most " +
                              (m.ca_crl ? "12 months" : "10 days") + ")",
                          "BR 4.9.7"));
  }
  if (m.number_hex.empty())
    out->push_back(Make(m, "crl-number-not-increasing", Severity::kError, m.this_update,
                        v.Label() + " carries no cRLNumber, so its place in the sequence cannot be checked",
                        "RFC 5280 5.2.3; BR 7.2.2"));
}

struct Expiry {
  std::optional<int64_t> not_after;
};

Expiry LookUp(incident::Store& store, const CertificateIndex* certs, const std::string& issuer, const std::string& serial_hex) {
  if (certs) {
    auto it = certs->find({issuer, serial_hex});
    if (it != certs->end()) return {it->second.not_after};
  }
  auto r = store.CertificateExpiry(issuer, serial_hex);
  if (r.ok() && *r) return {(*r)->first};
  return {};
}

// Compares two consecutive versions of a sequence (a before b).
base::StatusOr<bool> ComparePair(incident::Store& store, const Version& a, const Version& b, const CrlCheckOptions& opt,
                         std::vector<Finding>* out) {
  const auto& A = a.meta;
  const auto& B = b.meta;
  if (!A.number_hex.empty() && A.number_hex == B.number_hex)
    out->push_back(Make(B, "crl-number-not-increasing", Severity::kError, B.this_update,
                        b.Label() + " and " + a.Label() + " are different CRLs with the same cRLNumber",
                        "RFC 5280 5.2.3"));
  if (B.this_update < A.this_update)
    out->push_back(Make(B, "crl-thisupdate-regressed", Severity::kError, B.this_update,
                        b.Label() + " follows " + a.Label() + " in cRLNumber order but is dated " +
                            std::to_string((A.this_update - B.this_update) / 60) + " min earlier",
                        "RFC 5280 5.1.2.4, 5.2.3"));
  if (A.scope != B.scope)
    out->push_back(Make(B, "crl-scope-changed", Severity::kError, B.this_update,
                        b.Label() + " has scope \"" + B.scope + "\" where " + a.Label() + " had \"" + A.scope +
                            "\"; entries of the two were not compared",
                        "RFC 5280 5.2.5; MRSP 6.1.2"));
  int64_t gap = B.this_update - A.this_update;
  int64_t interval = ReissueInterval(A);
  if (gap > interval)
    out->push_back(Make(B, "crl-reissue-late", Severity::kError, A.this_update + interval,
                        b.Label() + " was issued " + std::to_string(gap / 3600) + " h after " + a.Label() + " (a " +
                            Kind(A) + " is reissued at least every " + (A.ca_crl ? "12 months" : "7 days") + ")",
                        "BR 4.9.7"));
  // Entries: a merge of the two sorted lists. Delta CRLs list changes
  // relative to a base CRL (RFC 5280 5.2.4), so their entries are not
  // compared with one another.
  if (A.scope != B.scope || A.delta || B.delta) return true;
  auto ea = store.CrlEntries(A.id);
  CAIR_RETURN_IF_ERROR(ea);
  auto eb = store.CrlEntries(B.id);
  CAIR_RETURN_IF_ERROR(eb);
  EntryReader ra(*ea), rb(*eb);
  while (!ra.done()) {
    while (!rb.done() && SerialLess(rb.get().serial, ra.get().serial)) rb.Advance();
    const Entry& x = ra.get();
    const std::string serial = HexOf(x.serial);
    if (rb.done() || rb.get().serial != x.serial) {
      Expiry ex = LookUp(store, opt.certs, A.issuer, serial);
      if (!ex.not_after || *ex.not_after >= B.this_update) {
        Finding f = Make(B, "unrevocation", ex.not_after ? Severity::kError : Severity::kWarning, B.this_update,
                         "serial " + serial + ", revoked on " + a.Label() + " (" + ReasonName(x.reason) + ", " +
                             FormatRfc3339(x.date) + "), is absent from " + b.Label() +
                             (ex.not_after ? ", yet the certificate is valid until " + FormatRfc3339(*ex.not_after)
                                           : "; the certificate's expiry is unknown (give it with --certs)"),
                         "BR 4.10.1");
        f.serial = serial;
        f.expiry_unknown = !ex.not_after;
        out->push_back(std::move(f));
      }
    } else {
      const Entry& y = rb.get();
      if (x.date != y.date || x.reason != y.reason) {
        // MRSP 6.1.1 / BR 7.2.2: the one allowed change is to keyCompromise,
        // with the date kept or backdated to the compromise.
        bool to_kc = y.reason == 1 && x.reason != 1 && y.date <= x.date;
        std::string what;
        if (x.reason != y.reason) what += std::string("reason ") + ReasonName(x.reason) + " -> " + ReasonName(y.reason);
        if (x.date != y.date) what += (what.empty() ? "" : ", ") + ("revocationDate " + FormatRfc3339(x.date) + " -> " + FormatRfc3339(y.date));
        Finding f = Make(B, "unrevocation", to_kc ? Severity::kWarning : Severity::kError, B.this_update,
                         "serial " + serial + " changed between " + a.Label() + " and " + b.Label() + ": " + what +
                             (to_kc ? " (a change to keyCompromise, which MRSP 6.1.1 allows)" : ""),
                         to_kc ? "MRSP 6.1.1; BR 7.2.2" : "MRSP 6.1.1; BR 4.10.1; BR 7.2.2");
        f.serial = serial;
        out->push_back(std::move(f));
      }
    }
    ra.Advance();
  }
  return true;
}

Severity SeverityOf(const std::string& s) {
  return s == "error" ? Severity::kError : s == "warning" ? Severity::kWarning : Severity::kInfo;
}

// The un-revocations (removals, not changed entries) known for `newest`'s
// issuer — recorded earlier or found in this run — whose serial `newest`
// still lacks, with last_seen moved to its thisUpdate.
base::StatusOr<std::vector<Finding>> OngoingUnrevocations(incident::Store& store, const std::vector<incident::CrlVersion>& seq,
                                                  const incident::CrlVersion& newest, const std::vector<Finding>& found) {
  // A finding belongs to this sequence when it names one of its versions
  // (CRL number and where it was read): partitioned CRLs share an issuer.
  std::set<std::pair<std::string, std::string>> versions;
  for (const auto& v : seq) versions.insert({Decimal(v.number_hex), v.url.empty() ? v.origin : v.url});
  std::vector<Finding> candidates;
  for (const auto& f : found)
    if (f.kind == "unrevocation" && f.issuer == newest.issuer && f.detail.find(" is absent from ") != std::string::npos)
      candidates.push_back(f);
  auto rows = store.MonitorFindings(std::nullopt, false);
  CAIR_RETURN_IF_ERROR(rows);
  for (const auto& r : *rows) {
    if (r.kind != "unrevocation" || r.issuer != newest.issuer || r.detail.find(" is absent from ") == std::string::npos)
      continue;
    Finding f;
    f.kind = r.kind;
    f.severity = SeverityOf(r.severity);
    f.issuer = r.issuer;
    f.serial = r.serial;
    if (!r.crl_number.empty()) f.crl_number = r.crl_number;
    f.first_seen = r.first_seen;
    f.last_seen = r.last_seen;
    f.detail = r.detail;
    f.rule = r.rule;
    f.expiry_unknown = r.expiry_unknown;
    f.url = r.url;
    candidates.push_back(std::move(f));
  }
  candidates.erase(std::remove_if(candidates.begin(), candidates.end(), [&](const Finding& f) {
                     return !versions.count({f.crl_number.value_or(""), f.url});
                   }),
                   candidates.end());
  std::vector<Finding> out;
  if (candidates.empty()) return out;
  auto blob = store.CrlEntries(newest.id);
  CAIR_RETURN_IF_ERROR(blob);
  std::set<std::string> listed;  // serials of `newest` among the candidates'
  std::set<std::string> wanted;
  for (const auto& f : candidates) wanted.insert(*f.serial);
  for (EntryReader rd(*blob); !rd.done(); rd.Advance())
    if (std::string h = HexOf(rd.get().serial); wanted.count(h)) listed.insert(h);
  std::set<std::string> emitted;
  for (auto& f : candidates) {
    if (listed.count(*f.serial) || f.first_seen > newest.this_update) continue;
    if (!emitted.insert(f.serial.value_or("") + '\x1f' + f.crl_number.value_or("") + '\x1f' + f.url).second) continue;
    f.last_seen = std::max(f.last_seen, newest.this_update);
    out.push_back(std::move(f));
  }
  return out;
}

bool VersionLess(const incident::CrlVersion& a, const incident::CrlVersion& b) {
  if (a.number_hex != b.number_hex) return NumberLess(a.number_hex, b.number_hex);
  if (a.this_update != b.this_update) return a.this_update < b.this_update;
  return a.id < b.id;
}

incident::MonitorFindingRow ToRow(const Finding& f, std::optional<int64_t> incident) {
  incident::MonitorFindingRow r;
  r.kind = f.kind;
  r.severity = SeverityName(f.severity);
  r.issuer = f.issuer;
  r.serial = f.serial.value_or("");
  r.crl_number = f.crl_number.value_or("");
  r.url = f.url;
  r.request = f.request;
  r.first_seen = f.first_seen;
  r.last_seen = f.last_seen;
  r.detail = f.detail;
  r.rule = f.rule;
  r.expiry_unknown = f.expiry_unknown;
  r.incident_id = incident;
  return r;
}

}  // namespace

std::optional<std::string> AddCertificates(const std::string& data, CertificateIndex* index, size_t* added) {
  auto d = x509::DecodeObjects(data, x509::InputFormat::kDetect);
  *added = 0;
  for (const auto& o : d.objects) {
    auto c = x509::ParseCertificate(der::Input(std::string_view(o.der)));
    if (!c.ok()) continue;
    std::string serial(HexOf(Magnitude(c.serial)));
    (*index)[{c.issuer.ToString(), serial}] = {c.not_after.unix, c.IsCa()};
    ++*added;
  }
  if (*added == 0) return d.errors.empty() ? std::string("no certificate") : d.errors.front();
  return std::nullopt;
}

base::StatusOr<std::vector<CrlRecord>> RecordCrls(incident::Store& store, const std::vector<CrlObservation>& observations,
                                          const CrlCheckOptions& opt, std::vector<Finding>* findings) {
  std::vector<CrlRecord> records;
  std::vector<Finding> all;
  std::set<std::pair<std::string, std::string>> sequences;  // touched (issuer, scope_key)
  std::set<int64_t> given;                                  // version ids of this run
  const bool root_issuer = !opt.issuer_cert_der.empty() && SelfIssued(opt.issuer_cert_der);
  for (const auto& obs : observations) {
    CrlRecord rec;
    x509::Crl c = x509::ParseCrl(der::Input(std::string_view(obs.der)));
    if (!c.ok() || !c.this_update.ok) {
      Finding f;
      f.kind = "crl-unparsable";
      f.severity = Severity::kError;
      f.first_seen = f.last_seen = obs.observed_at;
      f.url = obs.url.empty() ? obs.origin : obs.url;
      f.detail = obs.origin + " (" + std::to_string(obs.der.size()) + " bytes) is not a CRL: " +
                 (c.ok() ? std::string("thisUpdate is not a valid time") : c.diagnostics.Summary());
      f.rule = "RFC 5280 5.1; BR 4.9.7";
      rec.findings.push_back(f);
      all.push_back(f);
      records.push_back(std::move(rec));
      continue;
    }
    rec.parsed = true;
    incident::CrlVersion m;
    m.issuer = c.issuer.ToString();
    Scope scope = ReadScope(c, obs.url);
    m.scope_key = scope.key;
    m.scope = scope.text;
    m.number_hex = CrlNumberHex(c);
    m.this_update = c.this_update.unix;
    if (c.has_next_update && c.next_update.ok) m.next_update = c.next_update.unix;
    m.delta = c.FindExtension(oid::kDeltaCrlIndicator) != nullptr;
    m.sha256_hex = base::Sha256HexUpper(obs.der);
    m.origin = obs.origin;
    m.url = obs.url;
    m.observed_at = obs.observed_at;
    int64_t skipped = 0;
    std::string blob = EncodeEntries(c, &skipped);
    m.entry_count = static_cast<int64_t>(c.revoked.size()) - skipped;
    // CA or subscriber CRL (BR 4.9.7): the IDP says so; else a root's CRL
    // (a root signs no subscriber certificate, BR 7.1.2.1) is a CA CRL; else
    // it is one when every entry whose certificate is known (--certs) is a
    // CA certificate. Otherwise the stricter subscriber limits apply.
    if (scope.only_ca) {
      m.ca_crl = true;
    } else if (!scope.only_user) {
      m.ca_crl = root_issuer;
      if (!m.ca_crl && opt.certs && !c.revoked.empty()) {
        bool any = false, all_ca = true;
        for (const auto& r : c.revoked) {
          auto it = opt.certs->find({m.issuer, HexOf(Magnitude(r.serial))});
          if (it == opt.certs->end()) continue;
          any = true;
          all_ca = all_ca && it->second.ca;
        }
        m.ca_crl = any && all_ca;
      }
    }
    Version v{m};
    CheckVersion(v, &rec.findings);
    if (!opt.issuer_cert_der.empty()) {
      std::string why = VerifySignature(c, obs.der, opt.issuer_cert_der);
      if (!why.empty())
        rec.findings.push_back(Make(m, "crl-signature-invalid", Severity::kError, m.this_update, v.Label() + ": " + why,
                                    "RFC 5280 6.3.3; BR 4.9.7"));
    }
    auto added = store.AddCrlVersion(m, blob);
    if (!added.ok()) return base::Prefixed(added.status(), obs.origin + ": ");
    rec.duplicate = !added->second;
    rec.issuer = m.issuer;
    rec.scope = m.scope;
    rec.entries = m.entry_count;
    given.insert(added->first);
    sequences.insert({m.issuer, m.scope_key});
    all.insert(all.end(), rec.findings.begin(), rec.findings.end());
    records.push_back(std::move(rec));
  }
  // Every version of this run against its neighbours, once all are recorded
  // (so that versions given out of order compare as published), and each
  // touched sequence's newest version at `now`.
  for (const auto& [issuer, key] : sequences) {
    auto vs = store.CrlVersions(issuer, key);
    CAIR_RETURN_IF_ERROR(vs);
    std::vector<incident::CrlVersion>& seq = *vs;
    std::sort(seq.begin(), seq.end(), VersionLess);
    for (size_t i = 1; i < seq.size(); ++i) {
      if (!given.count(seq[i - 1].id) && !given.count(seq[i].id)) continue;
      auto r = ComparePair(store, Version{seq[i - 1]}, Version{seq[i]}, opt, &all);
      CAIR_RETURN_IF_ERROR(r);
    }
    // The newest by thisUpdate is what relying parties fetch now.
    const auto& newest = *std::max_element(seq.begin(), seq.end(), [](const auto& a, const auto& b) {
      return a.this_update != b.this_update ? a.this_update < b.this_update : a.id < b.id;
    });
    Version nv{newest};
    if (newest.next_update && opt.now > *newest.next_update) {
      Finding f = Make(newest, "crl-expired", Severity::kError, *newest.next_update,
                       "at " + FormatRfc3339(opt.now) + " the newest version, " + nv.Label() + ", expired " +
                           std::to_string((opt.now - *newest.next_update) / 3600) + " h ago (nextUpdate " +
                           FormatRfc3339(*newest.next_update) + ")",
                       "BR 4.9.7; RFC 5280 5.1.2.5");
      f.last_seen = opt.now;
      all.push_back(f);
    }
    // An un-revocation lasts while the serial stays off the CRL: each one
    // recorded for this sequence's issuer whose serial the newest version
    // still lacks is reported again, observed until that version.
    auto open = OngoingUnrevocations(store, seq, newest, all);
    CAIR_RETURN_IF_ERROR(open);
    all.insert(all.end(), open->begin(), open->end());
    int64_t interval = ReissueInterval(newest);
    if (opt.now - newest.this_update > interval) {
      Finding f = Make(newest, "crl-reissue-late", Severity::kError, newest.this_update + interval,
                       "at " + FormatRfc3339(opt.now) + " no version newer than " + nv.Label() + " has been seen: a " +
                           Kind(newest) + " is reissued at least every " + (newest.ca_crl ? "12 months" : "7 days"),
                       "BR 4.9.7");
      f.last_seen = opt.now;
      all.push_back(f);
    }
  }
  // One finding per key (a pair compared for two of its versions; an
  // un-revocation found and still open), its observations widened.
  std::map<std::string, size_t> seen;
  std::vector<Finding> unique;
  for (auto& f : all) {
    std::string key = f.kind + '\x1f' + f.issuer + '\x1f' + f.serial.value_or("") + '\x1f' + f.crl_number.value_or("") +
                      '\x1f' + f.url + '\x1f' + f.request + '\x1f' + f.detail;
    auto [it, fresh] = seen.try_emplace(key, unique.size());
    if (fresh) {
      unique.push_back(std::move(f));
    } else {
      unique[it->second].first_seen = std::min(unique[it->second].first_seen, f.first_seen);
      unique[it->second].last_seen = std::max(unique[it->second].last_seen, f.last_seen);
    }
  }
  *findings = std::move(unique);
  return records;
}

base::StatusOr<CrlRecord> RecordCrl(incident::Store& store, const CrlObservation& obs, const CrlCheckOptions& opt) {
  std::vector<Finding> findings;
  auto r = RecordCrls(store, {obs}, opt, &findings);
  CAIR_RETURN_IF_ERROR(r);
  CrlRecord rec = std::move(r->front());
  rec.findings = std::move(findings);
  auto ids = RecordFindings(store, rec.findings, opt.incident, opt.now);
  CAIR_RETURN_IF_ERROR(ids);
  return rec;
}

base::StatusOr<std::vector<int64_t>> RecordFindings(incident::Store& store, const std::vector<Finding>& findings,
                                            std::optional<int64_t> incident, int64_t now) {
  std::vector<incident::MonitorFindingRow> rows;
  rows.reserve(findings.size());
  for (const auto& f : findings) rows.push_back(ToRow(f, std::nullopt));
  auto ids = store.RecordMonitorFindings(rows);
  if (!ids.ok() || !incident) return ids;
  auto attached = store.AttachMonitorFindings(*incident, *ids, now);
  CAIR_RETURN_IF_ERROR(attached);
  return ids;
}

base::StatusOr<int64_t> AttachFindings(incident::Store& store, int64_t incident, const std::vector<int64_t>& finding_ids, int64_t now) {
  return store.AttachMonitorFindings(incident, finding_ids, now);
}

}  // namespace cair::monitor
