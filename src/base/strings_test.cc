#include "base/strings.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/sha256.h"

namespace cair::base {
namespace {

using V = std::vector<std::string>;

TEST(Strings, EqualsIgnoringAsciiCaseFoldsAsciiLettersOnly) {
  EXPECT_TRUE(EqualsIgnoringAsciiCase("UTF-8", "utf-8"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("utf-8", "utf-16"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("\xC3\x89", "\xC3\xA9"));  // É vs é: not ASCII
  EXPECT_FALSE(EqualsIgnoringAsciiCase("a", "ab"));
}

TEST(Strings, LowerTouchesAsciiLettersOnly) {
  EXPECT_EQ(Lower("Text/HTML; Charset=UTF-8"), "text/html; charset=utf-8");
  EXPECT_EQ(Lower("\xC3\x89t\xC3\xA9"), "\xC3\x89t\xC3\xA9");
}

TEST(Strings, TrimWithDefaultAndGivenSets) {
  EXPECT_EQ(Trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(Trim(" \t "), "");
  EXPECT_EQ(Trim(" a\r", " \t"), "a\r");
  const std::string text = "\t x y \f";
  const std::string_view view = TrimView(text, " \t\f");
  EXPECT_EQ(view, "x y");
  EXPECT_EQ(view.data(), text.data() + 2);  // a view into the argument, not a copy
  EXPECT_TRUE(TrimView(" ").empty());
}

TEST(Strings, Base64EncodeRfc4648Vectors) {
  // RFC 4648 section 10.
  EXPECT_EQ(Base64Encode(""), "");
  EXPECT_EQ(Base64Encode("f"), "Zg==");
  EXPECT_EQ(Base64Encode("fo"), "Zm8=");
  EXPECT_EQ(Base64Encode("foo"), "Zm9v");
  EXPECT_EQ(Base64Encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64Encode(std::string(100, '\xff')).find('\n'), std::string::npos);  // no line breaks
}

TEST(Strings, CsvLineFollowsRfc4180Quoting) {
  EXPECT_EQ(SplitCsvLine(""), V{""});
  EXPECT_EQ(SplitCsvLine("a,b,,c\r"), (V{"a", "b", "", "c"}));
  EXPECT_EQ(SplitCsvLine(R"("x, y","say ""hi""",z)"), (V{"x, y", R"(say "hi")", "z"}));
}

TEST(Strings, CsvFieldRoundTrips) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  for (std::string s : {"a,b", "q\"q", "line\nbreak", "x"}) EXPECT_EQ(SplitCsvLine(CsvField(s)), V{s}) << s;
}

TEST(Strings, CommaListsDropEmptyItems) {
  EXPECT_EQ(SplitCommaList("a,,b,"), (V{"a", "b"}));
  EXPECT_EQ(SplitCommaList(""), V{});
  EXPECT_EQ(SplitCommaLists({"a,b", "", "c"}), (V{"a", "b", "c"}));
}

TEST(Sha256, KnownVectorsInBothCases) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256HexUpper("abc"), "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD");
}

TEST(Files, ReadFileReturnsBytesOrNotFound) {
  std::string path = ::testing::TempDir() + "/base_files_test.bin";
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string("a\0b\n", 4);
  }
  auto r = ReadFile(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, std::string("a\0b\n", 4));
  std::remove(path.c_str());
  auto missing = ReadFile(path);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find(path), std::string::npos);
  std::string error;
  EXPECT_FALSE(ReadWholeFile(path, &error).has_value());
  EXPECT_EQ(error, path + ": cannot open");
}

}  // namespace
}  // namespace cair::base
