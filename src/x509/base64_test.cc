#include "x509/base64.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "base/strings.h"
#include "x509/input.h"

namespace cair::x509 {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The text the tests decode: base::Base64Encode (RFC 4648, padded) in lines
// of `line` characters ended by `eol` (no line breaks when `line` is 0).
std::string Encode(const std::string& data, size_t line, std::string_view eol = "\n") {
  const std::string flat = base::Base64Encode(data);
  if (line == 0) return flat;
  std::string out;
  for (size_t i = 0; i < flat.size(); i += line) {
    out += flat.substr(i, line);
    out += eol;
  }
  return out;
}

// The specification, one character at a time (what the decoder must agree
// with on every input): white space skipped, '=' only at the end, at most
// two of them, no character left over.
std::optional<std::string> Reference(std::string_view text) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0, pad = 0;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (c == '=') {
      ++pad;
      continue;
    }
    size_t v = kAlphabet.find(c);
    if (v == std::string_view::npos || pad) return std::nullopt;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xff);
    }
  }
  if (pad > 2 || bits >= 6) return std::nullopt;
  return out;
}

std::optional<std::string> Decode(std::string_view text) {
  std::string out = "left over from an earlier object";
  if (!DecodeBase64To(text, &out)) return std::nullopt;
  return out;
}

std::string RandomBytes(std::mt19937& rng, size_t n) {
  std::string s(n, '\0');
  for (auto& c : s) c = static_cast<char>(rng() & 0xff);
  return s;
}

TEST(Base64, KnownValues) {
  EXPECT_EQ(Decode(""), "");
  EXPECT_EQ(Decode("TWFu"), "Man");
  EXPECT_EQ(Decode("TWE="), "Ma");
  EXPECT_EQ(Decode("TQ=="), "M");
  EXPECT_EQ(Decode("TQ"), "M");  // padding may be left out
  EXPECT_EQ(Decode(" T W\tF u \r\n"), "Man");
  EXPECT_EQ(Decode("TWFu\r\nTWFu\r\n"), "ManMan");
  EXPECT_EQ(Decode("TWE=\n"), "Ma");
}

TEST(Base64, RejectsBadInput) {
  EXPECT_FALSE(Decode("T"));          // one character left over
  EXPECT_FALSE(Decode("TWFuT"));      // likewise after a whole quantum
  EXPECT_FALSE(Decode("TW=E"));       // data after padding
  EXPECT_FALSE(Decode("TQ===="));     // too much padding
  EXPECT_FALSE(Decode("TQ==TQ=="));   // two padded quanta
  EXPECT_FALSE(Decode("TWF!"));       // not in the alphabet
  EXPECT_FALSE(Decode("TW-u"));       // base64url is not base64
  EXPECT_FALSE(Decode("TW_u"));
  EXPECT_FALSE(Decode(std::string("TW\0u", 4)));
  EXPECT_FALSE(Decode("TWFu\xc3\xa9TWFu"));
  EXPECT_FALSE(Decode("TWFu\vTWFu"));  // vertical tab is not skipped
}

// Every length 0..300, in PEM lines (64, LF and CRLF), MIME lines (76), odd
// line lengths, and one long line: the output equals the input bytes.
TEST(Base64, RoundTripsEveryLengthAndLineLayout) {
  std::mt19937 rng(15);
  for (size_t len = 0; len <= 300; ++len) {
    const std::string data = RandomBytes(rng, len);
    for (size_t line : {0, 64, 76, 4, 5, 31, 33, 63, 65}) {
      for (std::string_view eol : {"\n", "\r\n"}) {
        const std::string text = Encode(data, line, eol);
        auto got = Decode(text);
        ASSERT_TRUE(got) << "length " << len << ", lines of " << line;
        ASSERT_EQ(*got, data) << "length " << len << ", lines of " << line;
      }
    }
  }
}

// A bad character or stray padding at every position of a PEM-shaped text,
// in the vectorised stretch and in the tail alike, is found; white space at
// any position changes nothing.
TEST(Base64, FindsABadCharacterAtEveryPosition) {
  std::mt19937 rng(1);
  const std::string data = RandomBytes(rng, 200);
  const std::string text = Encode(data, 64);
  for (size_t pos = 0; pos < text.size(); ++pos) {
    for (char bad : {'!', '-', '\0', '\x80', '\xff', '@', '[', '`', '{', '.', ':'}) {
      std::string t = text;
      t[pos] = bad;
      ASSERT_FALSE(Decode(t)) << "position " << pos << ", character " << static_cast<int>(bad);
    }
    std::string padded = text;
    padded[pos] = '=';
    ASSERT_EQ(Decode(padded), Reference(padded)) << "'=' at position " << pos;
    std::string spaced = text;
    spaced.insert(pos, 1, ' ');
    ASSERT_EQ(Decode(spaced), data) << "space at position " << pos;
  }
}

// Random texts over the alphabet, padding and white space: the decoder and
// the one-character-at-a-time specification agree, valid or not.
TEST(Base64, AgreesWithTheSpecificationOnRandomText) {
  std::mt19937 rng(7);
  const std::string chars = std::string(kAlphabet) + "==  \n\n\r\t!";
  for (int round = 0; round < 20000; ++round) {
    const size_t len = rng() % 200;
    std::string t;
    // Mostly alphabet, so that long valid stretches reach the fast paths.
    for (size_t i = 0; i < len; ++i)
      t += rng() % 16 ? kAlphabet[rng() % 64] : chars[rng() % chars.size()];
    ASSERT_EQ(Decode(t), Reference(t)) << t;
  }
}

TEST(Base64, ReusesTheBuffer) {
  std::string out;
  ASSERT_TRUE(DecodeBase64To(Encode(std::string(3000, 'x'), 64), &out));
  ASSERT_EQ(out, std::string(3000, 'x'));
  const char* before = out.data();
  ASSERT_TRUE(DecodeBase64To("TWFu", &out));
  EXPECT_EQ(out, "Man");
  EXPECT_EQ(out.data(), before);  // no new allocation for a smaller object
  EXPECT_FALSE(DecodeBase64To("TW=E", &out));
  EXPECT_EQ(DecodeBase64("TWFu"), "Man");  // the allocating form decodes alike
}

}  // namespace
}  // namespace cair::x509
