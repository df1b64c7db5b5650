// Unit tests of the request decoding, the verdict summary and the
// precertificate / certificate correspondence check.
#include "server/lint_api.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "server/tokens.h"
#include "x509/oids.h"

namespace cair::server {
namespace {

std::string Sample(const std::string& name) {
  std::ifstream in(std::filesystem::path(CAIR_SOURCE_DIR) / "samples" / name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(BodyFormat, ContentTypesAndTheFormatParameter) {
  Failure f;
  EXPECT_EQ(BodyFormat("application/pkix-cert", "", &f), x509::InputFormat::kDer);
  EXPECT_EQ(BodyFormat("Application/PKIX-CRL; charset=binary", "", &f), x509::InputFormat::kDer);
  EXPECT_EQ(BodyFormat("application/x-pem-file", "", &f), x509::InputFormat::kPem);
  EXPECT_EQ(BodyFormat("text/plain; charset=utf-8", "", &f), x509::InputFormat::kDetect);
  EXPECT_EQ(BodyFormat("application/json", "der", &f), x509::InputFormat::kDer);  // the parameter wins
  EXPECT_FALSE(BodyFormat("application/json", "", &f));
  EXPECT_EQ(f.status, 415);
  EXPECT_NE(f.message.find("application/x-pem-file"), std::string::npos);
  EXPECT_FALSE(BodyFormat("", "", &f));
  EXPECT_EQ(f.status, 415);
  EXPECT_FALSE(BodyFormat("application/pkix-cert", "detect", &f));
  EXPECT_EQ(f.status, 400);
}

TEST(DecodeBody, CountsObjectsAndNamesTheFormat) {
  Failure f;
  auto one = DecodeBody(Sample("precert.pem"), x509::InputFormat::kPem, 1, &f);
  ASSERT_TRUE(one);
  EXPECT_EQ(one->front().label, "CERTIFICATE");
  EXPECT_FALSE(DecodeBody(Sample("subscribers.pem"), x509::InputFormat::kPem, 1, &f));
  EXPECT_NE(f.message.find("expected 1 object(s) in the body, found 4"), std::string::npos) << f.message;
  EXPECT_FALSE(DecodeBody("@@@", x509::InputFormat::kDetect, 1, &f));
  EXPECT_NE(f.message.find("base64"), std::string::npos) << f.message;
  auto pem_as_text = DecodeBody(Sample("precert.pem"), x509::InputFormat::kDetect, 1, &f);
  EXPECT_TRUE(pem_as_text);
}

TEST(Summary, VerdictFollowsTheWorstResult) {
  lint::Metadata a{}, b{};
  a.name = "e_a";
  b.name = "w_b";
  std::vector<const lint::Metadata*> metas = {&a, &b};
  auto s = Summary({{lint::Status::kPass, ""}, {lint::Status::kWarn, "w"}}, metas);
  EXPECT_EQ(s["verdict"], "warn");
  EXPECT_EQ(s["warnings"][0], "w_b");
  s = Summary({{lint::Status::kFatal, "boom"}, {lint::Status::kWarn, "w"}}, metas);
  EXPECT_EQ(s["verdict"], "error");
  EXPECT_EQ(s["worst"], "fatal");
  EXPECT_EQ(s["errors"][0], "e_a");
  EXPECT_EQ(s["counts"]["fatal"], 1);
  auto m = ResultMap({{lint::Status::kPass, ""}, {lint::Status::kWarn, "w"}}, metas);
  EXPECT_EQ(m.dump(), R"({"e_a":{"result":"pass"},"w_b":{"result":"warn","details":"w"}})");
}

TEST(ComparePrecertificate, PoisonAndSctListAreTheOnlyAllowedDifferences) {
  Failure f;
  auto pre_der = DecodeBody(Sample("precert.pem"), x509::InputFormat::kPem, 1, &f)->front().der;
  auto fin_der = DecodeBody(Sample("precert-final.pem"), x509::InputFormat::kPem, 1, &f)->front().der;
  auto pre = x509::ParseCertificate(der::Input(std::string_view(pre_der)));
  auto fin = x509::ParseCertificate(der::Input(std::string_view(fin_der)));
  ASSERT_TRUE(pre.ok() && fin.ok());
  auto ok = ComparePrecertificate(pre, fin);
  EXPECT_TRUE(ok.match);
  EXPECT_TRUE(ok.differences.empty());
  // Swapped roles: the "precertificate" has no poison, the "final" has one.
  auto swapped = ComparePrecertificate(fin, pre);
  EXPECT_FALSE(swapped.match);
  ASSERT_GE(swapped.differences.size(), 2u);
  EXPECT_EQ(swapped.differences[0].field, "ct_poison");
  // A final certificate whose extensions were reordered.
  auto reordered = fin;
  std::vector<x509::Extension> others;
  for (const auto& e : fin.extensions)
    if (e.oid != oid::kCtSctList) others.push_back(e);
  ASSERT_GE(others.size(), 2u);
  std::swap(others[0], others[1]);
  reordered.extensions = others;
  auto r = ComparePrecertificate(pre, reordered);
  EXPECT_FALSE(r.match);
  ASSERT_EQ(r.differences.size(), 1u);
  EXPECT_EQ(r.differences[0].field, "extensions order");
  EXPECT_EQ(r.notes.size(), 1u);  // and no SCT list any more
  // One extension dropped.
  reordered.extensions.pop_back();
  r = ComparePrecertificate(pre, reordered);
  EXPECT_FALSE(r.match);
  EXPECT_NE(r.differences[0].detail.find("only in the precertificate"), std::string::npos);
}

TEST(Hex, Normalised) {
  EXPECT_EQ(NormalizeHex("ab:cd 0f"), "ABCD0F");
  EXPECT_EQ(NormalizeHex("00ab"), "00AB");  // leading zeros are part of an SKI
  EXPECT_FALSE(NormalizeHex("abc"));
  EXPECT_FALSE(NormalizeHex("xyz1"));
  EXPECT_FALSE(NormalizeHex(""));
}

TEST(Tokens, HashIsSha256AndBearerIsParsed) {
  EXPECT_EQ(HashToken("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  auto a = NewToken(), b = NewToken();
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);
  EXPECT_EQ(a->size(), 5u + 64u);
  EXPECT_EQ(BearerToken("Bearer cair_x"), "cair_x");
  EXPECT_EQ(BearerToken("bearer  cair_x "), "cair_x");
  EXPECT_EQ(BearerToken("Basic dXNlcjpwYXNz"), "");
  EXPECT_EQ(BearerToken(""), "");
}

}  // namespace
}  // namespace cair::server
