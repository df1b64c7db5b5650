// Agreement with the field's other linters (pkilint, certlint, x509lint) on
// the real corpus, driven by the lints' `peers` metadata (lint/lint.h).
//
// For every lint L that records peer entries of linter P, and every
// certificate of ../shared/corpus/real/{leaf,precert,intermediate,root}.pem
// that P has a verdict on and that L applies to (the runner returns neither NA
// nor NE: the framework's source filter, CheckApplies and L's effective date
// against notBefore all pass), the test compares
//   cair fires:     L's status is warn, error or fatal (info too for n_ lints);
//   the peer fires: P reports any of L's codes for P, where
//     pkilint   a finding "CODE:SEVERITY" of the findings column has CODE == C;
//     certlint, x509lint
//               a message of the messages column (" | "-separated), with its
//               leading "E: ", "W: ", "I: " or "F: " removed, equals C, or
//               starts with C minus its last character when C ends in "…"
//               (U+2026), for messages that carry a value after fixed text.
// pkilint rows with -1 in the error column (it could not load the
// certificate) carry no verdict and are skipped. pkilint's TLS validator
// checks the certificate profiles of BRs 7.1.2 (Ballot SC-062), which apply
// to certificates issued on or after 2023-09-15: against pkilint, only
// certificates whose notBefore is on or after that date are compared, whatever
// the lint's own effective date (an older rule that SC-062 restated). The
// S/MIME lints' pkilint codes belong to pkilint's S/MIME validator, which the
// corpus verdicts do not come from: they are not compared here.
//
// Agreement is printed per (lint, peer code): both, cair-only, peer-only
// (cair-only is counted on a line naming all of L's codes for P when there are
// several, since no single one of them was expected). A disagreement fails
// the test unless tests/data/peer_differential/<peer>.tsv documents it:
//   lint <TAB> peer_code <TAB> sha256 or * <TAB> cair-only|peer-only <TAB> why
// (why: the rule text that decides — document and section — and the
// explanation). For a cair-only row, peer_code is any of L's codes for P.
// A documented row that matches no disagreement is stale and fails too.
// The cross-certificate lints, which apply only under a declared type, are
// compared separately (the last test, on pkilint's verdicts under --type).
#include <gtest/gtest.h>
#include <openssl/sha.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "der/values.h"
#include "lint/config.h"
#include "lint/lint.h"
#include "lint/registry.h"
#include "lint/runner.h"
#include "lints/util/br_declared_type.h"
#include "x509/input.h"
#include "x509/object.h"

namespace cair {
namespace {

const std::string kShared = CAIR_SHARED_DIR;
const std::string kSource = CAIR_SOURCE_DIR;
const char* const kKinds[] = {"leaf", "precert", "intermediate", "root"};

// The earliest notBefore compared against each peer (see the file comment).
int64_t PeerFloor(const std::string& peer) { return peer == "pkilint" ? lint::Date(2023, 9, 15) : lint::kAlways; }

std::string Sha256Hex(const std::string& der) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(der.data()), der.size(), md);
  return der::HexLower(der::Input(md, sizeof md));
}

std::vector<std::string> Split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  size_t from = 0;
  for (;;) {
    size_t at = s.find(sep, from);
    out.push_back(s.substr(from, at == std::string::npos ? std::string::npos : at - from));
    if (at == std::string::npos) return out;
    from = at + sep.size();
  }
}

// One peer's verdicts: SHA-256 -> what it reported (pkilint: codes;
// certlint/x509lint: messages without their severity prefix).
using Verdicts = std::unordered_map<std::string, std::vector<std::string>>;

// Adds <peer>-<kind>.tsv to `out`; false when the file is missing.
bool LoadVerdicts(const std::string& peer, const std::string& path, Verdicts* out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    auto cols = Split(line, "\t");
    if (cols.empty()) continue;
    std::vector<std::string> found;
    if (peer == "pkilint") {
      if (cols.size() > 1 && cols[1] == "-1") continue;  // pkilint could not load it
      if (cols.size() > 2)
        for (const auto& f : Split(cols[2], ",")) found.push_back(f.substr(0, f.rfind(':')));
    } else {
      const size_t column = peer == "x509lint" ? 4 : 1;
      if (cols.size() > column)
        for (auto m : Split(cols[column], " | ")) {
          if (m.size() >= 3 && m[1] == ':' && m[2] == ' ' && std::string("EWIF").find(m[0]) != std::string::npos)
            m = m.substr(3);
          found.push_back(m);
        }
    }
    (*out)[cols[0]] = std::move(found);
  }
  return true;
}

bool Reports(const std::string& peer, const std::vector<std::string>& found, std::string_view code) {
  static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  for (const auto& f : found) {
    if (f == code) return true;
    if (peer != "pkilint" && code.size() > kEllipsis.size() && code.ends_with(kEllipsis) &&
        std::string_view(f).starts_with(code.substr(0, code.size() - kEllipsis.size())))
      return true;
  }
  return false;
}

struct Documented {
  std::string lint, code, sha, direction, why;
  size_t line = 0;
  size_t matched = 0;
};

std::vector<Documented> LoadDocumented(const std::string& path, std::string* err) {
  std::vector<Documented> out;
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    auto cols = Split(line, "\t");
    if (cols.size() != 5 || cols[4].empty() || (cols[3] != "cair-only" && cols[3] != "peer-only")) {
      *err += path + " line " + std::to_string(n) +
              ": want lint, peer_code, sha256|*, cair-only|peer-only, why (5 tab-separated columns)\n";
      continue;
    }
    out.push_back({cols[0], cols[1], cols[2], cols[3], cols[4], n});
  }
  return out;
}

// One (lint, peer) pair under comparison.
struct Pair {
  const lint::Metadata* meta;
  size_t index;  // in the runner's certificate_lints()
  std::string peer;
  std::vector<std::string> codes;
  // Per code: both, peer-only; for the pair: cair-only, undocumented failures.
  std::map<std::string, std::pair<size_t, size_t>> per_code;
  size_t cair_only = 0, compared = 0;
};

TEST(PeerDifferential, AgreementPerCodeOrDocumented) {
  const std::string dir = kShared + "/corpus/real";
  if (!std::filesystem::exists(dir + "/leaf.pem"))
    GTEST_SKIP() << "real corpus not found at " << dir << " (set -DCAIR_SHARED_DIR)";

  // The lints with peer entries, and the run that executes only them.
  lint::Filter filter;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> wanted;  // lint -> (peer, code)
  for (const auto& r : lint::Registry::Global().All()) {
    if (r.metadata->type != lint::ObjectType::kCertificate) continue;
    for (const auto& pc : lint::PeerCodes(*r.metadata)) {
      ASSERT_FALSE(pc.linter.empty()) << r.metadata->name << ": peer entry without a known linter: " << pc.code;
      // The corpus's pkilint verdicts come from its TLS validator
      // (lint_cabf_serverauth_cert); the S/MIME lints' pkilint codes are
      // those of lint_cabf_smime_cert, checked on generated cases instead
      // (tests/smime_profile_oracle_test.cc).
      if (pc.linter == "pkilint" && r.metadata->source == lint::Source::kCabfSmimeBr) continue;
      wanted[std::string(r.metadata->name)].push_back({std::string(pc.linter), std::string(pc.code)});
    }
  }
  if (wanted.empty()) GTEST_SKIP() << "no certificate lint records a peer equivalent yet";
  for (const auto& [name, codes] : wanted) filter.include_names.push_back(name);
  lint::Config config;
  lint::Runner runner(lint::Registry::Global(), filter, config);
  std::vector<Pair> pairs;
  for (size_t i = 0; i < runner.certificate_lints().size(); ++i) {
    const lint::Metadata* m = runner.certificate_lints()[i];
    std::map<std::string, std::vector<std::string>> by_peer;
    for (const auto& [peer, code] : wanted[std::string(m->name)]) by_peer[peer].push_back(code);
    for (auto& [peer, codes] : by_peer) {
      Pair p{m, i, peer, codes, {}, 0, 0};
      for (const auto& c : codes) p.per_code[c] = {0, 0};
      pairs.push_back(std::move(p));
    }
  }

  // Every peer's verdicts, and its documented disagreements.
  std::map<std::string, Verdicts> verdicts;
  std::map<std::string, std::vector<Documented>> documented;
  std::string err;
  for (std::string_view peer : lint::kPeerLinters) {
    const std::string p(peer);
    for (const char* kind : kKinds)
      if (!LoadVerdicts(p, dir + "/" + p + "-" + kind + ".tsv", &verdicts[p]))
        GTEST_SKIP() << "peer verdicts not found: " << dir << "/" << p << "-" << kind << ".tsv";
    documented[p] = LoadDocumented(kSource + "/tests/data/peer_differential/" + p + ".tsv", &err);
  }
  ASSERT_TRUE(err.empty()) << err;

  auto document = [&](const Pair& p, const std::string& code, const std::string& sha, const char* direction) {
    for (auto& d : documented[p.peer]) {
      if (d.lint != p.meta->name || d.direction != direction || (d.sha != "*" && d.sha != sha)) continue;
      bool code_ok = direction == std::string("peer-only")
                         ? d.code == code
                         : std::find(p.codes.begin(), p.codes.end(), d.code) != p.codes.end();
      if (!code_ok) continue;
      ++d.matched;
      return true;
    }
    return false;
  };

  size_t certificates = 0, undocumented = 0;
  std::vector<lint::Result> results;
  for (const char* kind : kKinds) {
    const std::string pem = dir + "/" + kind + ".pem";
    std::ifstream in(pem, std::ios::binary);
    ASSERT_TRUE(in) << pem << ": cannot open";
    std::stringstream ss;
    ss << in.rdbuf();
    auto decoded = x509::DecodeObjects(ss.str(), x509::InputFormat::kPem);
    for (const auto& obj : decoded.objects) {
      auto parsed = x509::ParseObject(der::Input(std::string_view(obj.der)), obj.label);
      if (parsed.kind != x509::ParsedKind::kCertificate) continue;
      ++certificates;
      const std::string sha = Sha256Hex(obj.der);
      runner.Run(parsed.cert, &results);
      for (auto& p : pairs) {
        const lint::Status s = results[p.index].status;
        if (s == lint::Status::kNA || s == lint::Status::kNE) continue;
        if (parsed.cert.not_before.unix < PeerFloor(p.peer)) continue;
        auto v = verdicts[p.peer].find(sha);
        if (v == verdicts[p.peer].end()) continue;
        ++p.compared;
        const bool ours = s >= lint::Status::kWarn || (s == lint::Status::kInfo && p.meta->name.starts_with("n_"));
        bool theirs = false;
        for (const auto& code : p.codes) {
          if (!Reports(p.peer, v->second, code)) continue;
          theirs = true;
          if (ours) {
            ++p.per_code[code].first;
          } else {
            ++p.per_code[code].second;
            if (!document(p, code, sha, "peer-only")) {
              ++undocumented;
              ADD_FAILURE() << p.meta->name << " vs " << p.peer << ":" << code << " on " << sha << " (" << kind
                            << "): peer-only, not documented";
            }
          }
        }
        if (ours && !theirs) {
          ++p.cair_only;
          if (!document(p, p.codes.front(), sha, "cair-only")) {
            ++undocumented;
            ADD_FAILURE() << p.meta->name << " vs " << p.peer << ":" << p.codes.front() << " on " << sha << " ("
                          << kind << "): cair-only (" << lint::StatusName(s) << ": " << results[p.index].details
                          << "), not documented";
          }
        }
      }
    }
  }
  EXPECT_GT(certificates, 0u);

  size_t documented_rows = 0;
  for (const auto& [peer, rows] : documented)
    for (const auto& d : rows) {
      ++documented_rows;
      if (d.matched == 0)
        ADD_FAILURE() << "tests/data/peer_differential/" << peer << ".tsv line " << d.line << " (" << d.lint << ", "
                      << d.code << ", " << d.sha << ", " << d.direction << ") matches no disagreement: stale";
    }

  std::cout << "peer differential: " << certificates << " certificates, " << pairs.size()
            << " (lint, peer) pairs; agreement per (lint, peer code): both / cair-only / peer-only\n";
  for (const auto& p : pairs) {
    for (const auto& [code, n] : p.per_code)
      std::cout << "  " << p.meta->name << "\t" << p.peer << ":" << code << "\t" << n.first << " / "
                << (p.codes.size() == 1 ? p.cair_only : 0) << " / " << n.second << "\t(of " << p.compared << ")\n";
    if (p.codes.size() > 1)
      std::cout << "  " << p.meta->name << "\t" << p.peer << ":(any of " << p.codes.size() << ")\t- / " << p.cair_only
                << " / -\n";
  }
  std::cout << "documented disagreements: " << documented_rows << " rows; undocumented: " << undocumented << "\n";
}

// A cross-certificate is linted as one only under a declared type (BRs
// 7.1.2.2, lints/util/br_declared_type.h), which the corpus's pkilint verdicts
// never were. tests/data/peer_differential/pkilint-cross.tsv
// (tools/make_pkilint_cross_verdicts.py) holds pkilint's under
// -t INTERNAL-CROSS-CA and -t EXTERNAL-CROSS-CA on the corpus's CA
// certificates of 2023-09-15 on, limited to its cabf.serverauth.cross_ca.*
// codes. Every lint recording such a code must agree with it, severity
// included: an e_ lint with the code at ERROR, a w_ lint with it at WARNING
// (pkilint gives the absence of extKeyUsage one code, an error when external
// and a warning when internal, which two lints report). pkilint's
// cross_ca.name_constraints_extension_present has no lint: the BRs' 7.1.2.2.3
// table makes nameConstraints MAY (README, BR profiles).
TEST(PeerDifferential, DeclaredCrossTypesAgreeWithPkilintSeverityIncluded) {
  const std::string pem = kShared + "/corpus/real/intermediate.pem";
  if (!std::filesystem::exists(pem)) GTEST_SKIP() << "real corpus not found at " << pem << " (set -DCAIR_SHARED_DIR)";
  // type -> sha256 -> "CODE:SEVERITY" findings
  std::map<std::string, std::unordered_map<std::string, std::vector<std::string>>> verdicts;
  {
    const std::string path = kSource + "/tests/data/peer_differential/pkilint-cross.tsv";
    std::ifstream in(path);
    ASSERT_TRUE(in) << path << ": cannot open";
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      auto cols = Split(line, "\t");
      ASSERT_GE(cols.size(), 2u) << path << ": " << line;
      verdicts[cols[1]][cols[0]] = cols.size() > 2 ? Split(cols[2], ",") : std::vector<std::string>{};
    }
  }
  ASSERT_EQ(verdicts.size(), 2u) << "want the cross-internal and cross-external rows";
  lint::Filter filter;
  std::map<std::string, std::vector<std::string>> codes;  // lint -> its cross_ca codes
  for (const auto& r : lint::Registry::Global().All())
    for (const auto& pc : lint::PeerCodes(*r.metadata))
      if (pc.linter == "pkilint" && pc.code.starts_with("cabf.serverauth.cross_ca."))
        codes[std::string(r.metadata->name)].emplace_back(pc.code);
  ASSERT_FALSE(codes.empty());
  for (const auto& [name, c] : codes) filter.include_names.push_back(name);

  std::ifstream in(pem, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const auto decoded = x509::DecodeObjects(ss.str(), x509::InputFormat::kPem);
  for (const auto& [type, by_sha] : verdicts) {
    lint::Config config;
    config.SetString(lints::br_profile::kDeclaredTypeSection, lints::br_profile::kDeclaredTypeKey, type);
    lint::Runner runner(lint::Registry::Global(), filter, config);
    size_t certificates = 0, both = 0, disagreements = 0;
    std::vector<lint::Result> results;
    for (const auto& obj : decoded.objects) {
      auto v = by_sha.find(Sha256Hex(obj.der));
      if (v == by_sha.end()) continue;
      auto parsed = x509::ParseObject(der::Input(std::string_view(obj.der)), obj.label);
      ASSERT_EQ(parsed.kind, x509::ParsedKind::kCertificate) << v->first;
      ++certificates;
      runner.Run(parsed.cert, &results);
      for (size_t j = 0; j < results.size(); ++j) {
        const lint::Metadata& m = *runner.certificate_lints()[j];
        const lint::Status s = results[j].status;
        if (s == lint::Status::kNA || s == lint::Status::kNE) continue;
        const std::string severity = m.name.starts_with("e_") ? ":ERROR" : ":WARNING";
        bool theirs = false;
        for (const auto& code : codes[std::string(m.name)])
          theirs |= std::find(v->second.begin(), v->second.end(), code + severity) != v->second.end();
        const bool ours = s >= lint::Status::kWarn;
        both += ours && theirs;
        if (ours != theirs && ++disagreements <= 20)
          ADD_FAILURE() << type << " " << m.name << " on " << v->first << ": cair " << lint::StatusName(s) << " "
                        << results[j].details << ", pkilint " << (theirs ? "reports" : "does not report") << " it";
      }
    }
    EXPECT_EQ(certificates, by_sha.size()) << type << ": certificates of pkilint-cross.tsv missing from " << pem;
    EXPECT_GT(both, 0u) << type;
    std::cout << "declared " << type << ": " << certificates << " CA certificates, " << both
              << " findings in agreement with pkilint, " << disagreements << " disagreements\n";
  }
}

}  // namespace
}  // namespace cair
