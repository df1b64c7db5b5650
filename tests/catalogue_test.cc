// Meta-tests over the lint catalogue: one registered lint per file, named
// after the file; complete metadata; agreement with zlint's metadata for the
// lints that carry zlint's names.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "lint/registry.h"

namespace cair {
namespace {

namespace fs = std::filesystem;

// zlint registers one lint whose name contains a space; cair keeps the name
// (CA staff and tools key on it) and files it under the underscore spelling.
std::string FileStem(std::string_view lint_name) {
  std::string s(lint_name);
  for (char& ch : s)
    if (ch == ' ') ch = '_';
  return s;
}

std::map<std::string, std::string> LintFiles() {  // name -> directory
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(CAIR_SOURCE_DIR) / "src/lints")) {
    if (!e.is_regular_file() || e.path().extension() != ".cc") continue;
    std::string dir = e.path().parent_path().filename().string();
    std::string stem = e.path().stem().string();
    // src/lints/util/** (topic folders included) holds helpers, not lints.
    const bool in_util = e.path().generic_string().find("/src/lints/util/") != std::string::npos;
    if (in_util || (stem.size() > 5 && stem.substr(stem.size() - 5) == "_test")) continue;
    out[stem] = dir;
  }
  return out;
}

TEST(Catalogue, OneRegisteredLintPerFileNamedAfterIt) {
  auto files = LintFiles();
  const auto& all = lint::Registry::Global().All();
  std::set<std::string> registered;
  for (const auto& r : all) registered.insert(FileStem(r.metadata->name));
  for (const auto& [name, dir] : files)
    EXPECT_TRUE(registered.count(name)) << "src/lints/" << dir << "/" << name << ".cc registers no lint of that name";
  for (const auto& name : registered)
    EXPECT_TRUE(files.count(name)) << "lint " << name << " is not in a file of its own name";
  EXPECT_EQ(files.size(), registered.size());
}

TEST(Catalogue, MetadataIsComplete) {
  for (const auto& r : lint::Registry::Global().All()) {
    const auto& m = *r.metadata;
    std::string name(m.name);
    SCOPED_TRACE(name);
    EXPECT_TRUE(name.rfind("e_", 0) == 0 || name.rfind("w_", 0) == 0 || name.rfind("n_", 0) == 0);
    // zlint's own spellings, kept so that configurations and scripts that
    // name lints keep working: one name with a space, two with a hyphen.
    const bool zlint_spaced_name = name == "e_excessively backdated";
    const bool zlint_hyphen_name = name.rfind("e_mp_rsassa-pss_", 0) == 0;
    for (char ch : name)
      EXPECT_TRUE((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' ||
                  (ch == ' ' && zlint_spaced_name) || (ch == '-' && zlint_hyphen_name));
    EXPECT_GT(m.description.size(), 10u);
    EXPECT_EQ(m.description.back(), '.') << "description should be one sentence";
    EXPECT_EQ(m.description.find("this lint"), std::string_view::npos);
    EXPECT_FALSE(m.citation.empty());
    EXPECT_LT(m.effective == lint::kAlways ? 0 : m.effective, m.ineffective);
    EXPECT_EQ(m.description.find("TODO"), std::string_view::npos);
  }
}

// Citations have one format, so that they can be filtered and compared:
// "<document>[ v<version>]: <section>[; <document>[ v<version>]: <section>]",
// the document from a fixed list (RFCs by number, the CA/B Forum documents,
// root programs, ETSI, ITU-T X-series, ISO 3166, and the peer linters and
// the community for rules without a normative text).
TEST(Catalogue, CitationsHaveOneFormat) {
  const std::string document =
      "(RFC [0-9]+|BRs|EVGs|S/MIME BRs|CS BRs|MRSP|ETSI EN 319 412-[0-9]|ETSI TS 119 495|"
      "X\\.[0-9]+|ISO 3166-[0-9]|Apple|Chrome|CCADB|Community|certlint|zlint|IETF draft)";
  const std::string part = document + "( v[0-9]+(\\.[0-9]+)*)?: [^;]*[^; ]";
  const std::regex format("^" + part + "(; " + part + ")*$");
  for (const auto& r : lint::Registry::Global().All()) {
    const std::string citation(r.metadata->citation);
    EXPECT_TRUE(std::regex_match(citation, format))
        << r.metadata->name << ": citation \"" << citation
        << "\" is not \"<document>[ v<version>]: <section>[; ...]\"";
  }
  // The format refuses what the old spellings looked like.
  for (const char* bad : {"RFC5280: 4.2.1.6", "CABF BRs 7.1.4.1", "7.1.2.3.e", "BRs: ", "BRs 7.1.2",
                          "Mozilla Root Store Policy / Section 5.1", "BRs: 7.1; RFC 5280"})
    EXPECT_FALSE(std::regex_match(std::string(bad), format)) << bad;
  EXPECT_TRUE(std::regex_match(std::string("X.690: 11.6; RFC 5280: 4.1.2.4"), format));
  EXPECT_TRUE(std::regex_match(std::string("EVGs v1.7.8: 9.8.1"), format));
}

TEST(Catalogue, DirectoryMatchesSource) {
  auto files = LintFiles();
  for (const auto& r : lint::Registry::Global().All()) {
    const auto& m = *r.metadata;
    std::string dir = files[FileStem(m.name)];
    std::string src = lint::SourceName(m.source);
    SCOPED_TRACE(std::string(m.name));
    if (dir == "rfc") EXPECT_EQ(src.rfind("RFC", 0), 0u);
    else if (dir == "community") EXPECT_EQ(src, "Community");
    else if (dir == "cabf_br") EXPECT_EQ(src, "CABF_BR");
    else if (dir == "cabf_ev") EXPECT_EQ(src, "CABF_EV");
    else if (dir == "cabf_smime_br") EXPECT_EQ(src, "CABF_SMIME_BR");
    else if (dir == "cabf_cs_br") EXPECT_EQ(src, "CABF_CS_BR");
    else if (dir == "etsi") EXPECT_EQ(src, "ETSI_ESI");
    else if (dir == "mozilla") EXPECT_EQ(src, "Mozilla");
    else if (dir == "apple") EXPECT_EQ(src, "Apple");
    else if (dir == "chrome") EXPECT_EQ(src, "Chrome");
    else if (dir == "cair") EXPECT_EQ(src, "cair");
    else ADD_FAILURE() << "unknown lint directory " << dir;
  }
}

// Peer equivalents are data that `--include-names` and the docs read: each
// entry must name a known linter and a code. (Several cair lints may share
// one peer code: pkilint's codes are sometimes coarser than ours.)
TEST(Catalogue, PeerEquivalentsParse) {
  for (const auto& r : lint::Registry::Global().All()) {
    SCOPED_TRACE(std::string(r.metadata->name));
    for (const auto& p : lint::PeerCodes(*r.metadata)) {
      EXPECT_FALSE(p.linter.empty()) << "peer entry \"" << p.code << "\" lacks a linter prefix (pkilint:, certlint:, x509lint:)";
      EXPECT_FALSE(p.code.empty());
    }
  }
}

TEST(Catalogue, PeerCodesSplit) {
  lint::Metadata m{.name = "e_x", .description = "", .citation = "", .source = lint::Source::kCair,
                   .peers = "pkilint:cabf.serverauth.a ; certlint:Foo: bar;; x509lint:Baz;nolinter"};
  auto p = lint::PeerCodes(m);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0], (lint::PeerCode{"pkilint", "cabf.serverauth.a"}));
  EXPECT_EQ(p[1], (lint::PeerCode{"certlint", "Foo: bar"}));
  EXPECT_EQ(p[2], (lint::PeerCode{"x509lint", "Baz"}));
  EXPECT_EQ(p[3], (lint::PeerCode{"", "nolinter"}));
}

// For lints that carry a zlint name, source, object type and effective
// window must be zlint's: CA staff compare results by name.
TEST(Catalogue, ZlintNamedLintsMatchZlintMetadata) {
  std::ifstream in(std::string(CAIR_SHARED_DIR) + "/conformance/zlint/lints.tsv");
  if (!in) GTEST_SKIP() << "zlint lints.tsv not found under " << CAIR_SHARED_DIR;
  std::string line;
  std::getline(in, line);
  size_t compared = 0;
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string item;
    while (std::getline(ss, item, '\t')) f.push_back(item);
    while (f.size() < 14) f.emplace_back();
    const auto* reg = lint::Registry::Global().Find(f[0]);
    if (!reg) continue;
    ++compared;
    const auto& m = *reg->metadata;
    SCOPED_TRACE(f[0]);
    EXPECT_EQ(lint::SourceName(m.source), f[1]);
    EXPECT_EQ(lint::ObjectTypeName(m.type), f[7]);
    auto date = [](const std::string& v) -> int64_t {
      if (v.empty() || v.rfind("0000", 0) == 0) return lint::kAlways;
      return lint::Date(std::stoi(v.substr(0, 4)), std::stoi(v.substr(5, 2)), std::stoi(v.substr(8, 2)));
    };
    EXPECT_EQ(m.effective, date(f[5])) << "effective date differs from zlint's " << f[5];
    int64_t ineff = f[11].empty() ? lint::kNever : date(f[11]);
    EXPECT_EQ(m.ineffective, ineff) << "ineffective date differs from zlint's " << f[11];
    EXPECT_EQ(m.override_framework_filter, f[12] == "true" || f[12] == "yes" || f[12] == "1")
        << "override_framework_filter column: " << f[12];
  }
  EXPECT_GT(compared, 0u);
}

}  // namespace
}  // namespace cair
