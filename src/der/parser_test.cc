#include "der/parser.h"

#include <gtest/gtest.h>

#include <vector>

#include "der/strings.h"
#include "der/values.h"

namespace cair::der {
namespace {

Input In(const std::vector<uint8_t>& v) { return Input(v.data(), v.size()); }

TEST(ReadElement, ShortFormPrimitive) {
  std::vector<uint8_t> b = {0x02, 0x01, 0x05};
  auto el = ReadElement(In(b));
  ASSERT_TRUE(el);
  EXPECT_EQ(el->tag, kInteger);
  EXPECT_EQ(el->value.size(), 1u);
  EXPECT_EQ(el->full.size(), 3u);
  EXPECT_EQ(el->flags, 0);
}

TEST(ReadElement, LongFormLengthMinimalAndNot) {
  std::vector<uint8_t> ok(3 + 200, 0);
  ok[0] = 0x04; ok[1] = 0x81; ok[2] = 200;
  auto el = ReadElement(In(ok));
  ASSERT_TRUE(el);
  EXPECT_EQ(el->value.size(), 200u);
  EXPECT_EQ(el->flags & kLengthNotMinimal, 0);

  std::vector<uint8_t> long_for_short = {0x04, 0x81, 0x01, 0xAA};
  el = ReadElement(In(long_for_short));
  ASSERT_TRUE(el);
  EXPECT_TRUE(el->flags & kLengthNotMinimal);

  std::vector<uint8_t> leading_zero = {0x04, 0x82, 0x00, 0x01, 0xAA};
  el = ReadElement(In(leading_zero));
  ASSERT_TRUE(el);
  EXPECT_TRUE(el->flags & kLengthNotMinimal);
}

TEST(ReadElement, IndefiniteLengthRejected) {
  std::vector<uint8_t> b = {0x30, 0x80, 0x00, 0x00};
  ParseError e{};
  EXPECT_FALSE(ReadElement(In(b), &e));
  EXPECT_EQ(e, ParseError::kIndefiniteLength);
}

TEST(ReadElement, Truncation) {
  ParseError e{};
  std::vector<uint8_t> value = {0x04, 0x05, 0x01};
  EXPECT_FALSE(ReadElement(In(value), &e));
  EXPECT_EQ(e, ParseError::kTruncatedValue);
  std::vector<uint8_t> header = {0x04, 0x82, 0x01};
  EXPECT_FALSE(ReadElement(In(header), &e));
  EXPECT_EQ(e, ParseError::kTruncatedHeader);
  std::vector<uint8_t> one = {0x04};
  EXPECT_FALSE(ReadElement(In(one), &e));
  EXPECT_EQ(e, ParseError::kTruncatedHeader);
}

TEST(ReadElement, HighTagNumber) {
  // [APPLICATION 300] primitive: 0x5f, 0x82 0x2c
  std::vector<uint8_t> b = {0x5f, 0x82, 0x2c, 0x00};
  auto el = ReadElement(In(b));
  ASSERT_TRUE(el);
  EXPECT_EQ(el->tag.cls, TagClass::kApplication);
  EXPECT_EQ(el->tag.number, 300u);
  EXPECT_EQ(el->flags & kTagNotMinimal, 0);
  // Tag 5 written in high-tag form is not minimal.
  std::vector<uint8_t> low = {0x9f, 0x05, 0x00};
  el = ReadElement(In(low));
  ASSERT_TRUE(el);
  EXPECT_EQ(el->tag, ContextPrimitive(5));
  EXPECT_TRUE(el->flags & kTagNotMinimal);
}

// ReadHeader's fast path must agree with the general reader on every
// header: each first and second octet, the third and fourth from the values
// that change a decision, each input length up to five octets.
TEST(ReadHeader, FastPathAgreesWithGeneralReader) {
  const uint8_t kTail[] = {0x00, 0x01, 0x7f, 0x80, 0xff};
  size_t compared = 0;
  for (int b0 = 0; b0 < 256; ++b0)
    for (int b1 = 0; b1 < 256; ++b1)
      for (uint8_t b2 : kTail)
        for (uint8_t b3 : kTail) {
          const uint8_t bytes[5] = {static_cast<uint8_t>(b0), static_cast<uint8_t>(b1), b2, b3, 0x00};
          for (size_t n = 0; n <= 5; ++n) {
            const Input in(bytes, n);
            ParseError fast_error = ParseError::kMissing, general_error = ParseError::kMissing;
            const auto fast = ReadHeader(in, &fast_error);
            const auto general = ReadHeaderGeneral(in, &general_error);
            bool same = fast.has_value() == general.has_value() && fast_error == general_error;
            if (same && fast)
              same = fast->tag == general->tag && fast->tag_size == general->tag_size &&
                     fast->header_size == general->header_size && fast->length == general->length &&
                     fast->flags == general->flags;
            if (!same) {
              ADD_FAILURE() << "ReadHeader and ReadHeaderGeneral differ on " << b0 << " " << b1 << " "
                            << int{b2} << " " << int{b3} << ", " << n << " octets";
              return;
            }
            ++compared;
          }
        }
  EXPECT_GT(compared, 1000000u);
}

TEST(Parser, ExpectOptionalAndErrors) {
  // SEQUENCE { INTEGER 1, BOOLEAN TRUE }
  std::vector<uint8_t> b = {0x30, 0x06, 0x02, 0x01, 0x01, 0x01, 0x01, 0xff};
  Parser outer(In(b));
  auto seq = outer.ExpectConstructed(kSequence);
  ASSERT_TRUE(seq);
  EXPECT_FALSE(seq->Optional(kBoolean));  // next is INTEGER: not consumed
  EXPECT_TRUE(seq->Expect(kInteger));
  EXPECT_FALSE(seq->Expect(kInteger));
  EXPECT_EQ(seq->error(), ParseError::kUnexpectedTag);
  EXPECT_TRUE(seq->Expect(kBoolean));
  EXPECT_FALSE(seq->HasMore());
  EXPECT_FALSE(seq->Expect(kNull));
  EXPECT_EQ(seq->error(), ParseError::kMissing);
}

// Expect, Optional and Next decide the common header form inline (the tag
// by its identifier octet); they must answer as the general reader does:
// ReadElement and a Tag comparison. Every identifier octet, lengths that fit
// or overrun, against tags of every class and form, numbers below and above
// 30 (which the one-octet form cannot carry).
TEST(Parser, InlinePathAgreesWithReadElement) {
  std::vector<Tag> tags;
  for (auto cls : {TagClass::kUniversal, TagClass::kApplication, TagClass::kContextSpecific, TagClass::kPrivate})
    for (bool constructed : {false, true})
      for (uint32_t n : {0u, 1u, 2u, 16u, 17u, 30u, 31u, 32u, 200u}) tags.push_back(Tag{cls, constructed, n});
  size_t compared = 0;
  for (int id = 0; id < 256; ++id)
    for (const std::vector<uint8_t>& rest : std::vector<std::vector<uint8_t>>{
             {0x00}, {0x01, 0xff}, {0x02, 0x05}, {0x81, 0x01, 0xaa}, {0x82, 0x00, 0x01, 0xbb}, {0x81, 0x05, 0x00},
             {0x1e, 0x01}, {0x20, 0x02, 0x00}}) {
      std::vector<uint8_t> b = {static_cast<uint8_t>(id)};
      b.insert(b.end(), rest.begin(), rest.end());
      const Input in(b.data(), b.size());
      ParseError want_error = ParseError::kNone;
      const auto want = ReadElement(in, &want_error);
      auto same = [&](const std::optional<Element>& got) {
        return got.has_value() == want.has_value() &&
               (!got || (got->tag == want->tag && got->full == want->full && got->value == want->value &&
                         got->full.data() == want->full.data() && got->flags == want->flags));
      };
      Parser next(in);
      const auto n = next.Next();
      EXPECT_TRUE(same(n)) << "Next on " << id;
      EXPECT_EQ(next.offset(), want ? want->full.size() : 0) << id;
      EXPECT_EQ(next.error(), want ? ParseError::kNone : want_error) << id;
      for (const Tag& t : tags) {
        const bool match = want && want->tag == t;
        Parser expect(in), optional(in);
        const auto e = expect.Expect(t);
        const auto o = optional.Optional(t);
        EXPECT_EQ(e.has_value(), match) << "Expect on " << id << " tag " << t.number;
        EXPECT_EQ(o.has_value(), match) << "Optional on " << id << " tag " << t.number;
        if (match) {
          EXPECT_TRUE(same(e) && same(o)) << id;
        }
        EXPECT_EQ(expect.offset(), match ? want->full.size() : 0) << id;
        EXPECT_EQ(optional.offset(), match ? want->full.size() : 0) << id;
        EXPECT_EQ(expect.error(), match ? ParseError::kNone : want ? ParseError::kUnexpectedTag : want_error) << id;
        EXPECT_EQ(optional.error(), ParseError::kNone) << id;
        ++compared;
      }
    }
  EXPECT_EQ(compared, 256u * 8u * tags.size());
}

TEST(Values, Integers) {
  std::vector<uint8_t> minimal = {0x00, 0x80};
  EXPECT_TRUE(IsMinimalInteger(In(minimal)));
  std::vector<uint8_t> padded = {0x00, 0x7f};
  EXPECT_FALSE(IsMinimalInteger(In(padded)));
  std::vector<uint8_t> neg_padded = {0xff, 0x80};
  EXPECT_FALSE(IsMinimalInteger(In(neg_padded)));
  EXPECT_FALSE(IsMinimalInteger(Input()));
  std::vector<uint8_t> minus_one = {0xff};
  EXPECT_EQ(ParseInt64(In(minus_one)), -1);
  EXPECT_TRUE(IsNegativeInteger(In(minus_one)));
  std::vector<uint8_t> big = {0x01, 0x00};
  EXPECT_EQ(ParseInt64(In(big)), 256);
  std::vector<uint8_t> too_big(10, 0x7f);
  EXPECT_FALSE(ParseInt64(In(too_big)));
}

TEST(Values, Boolean) {
  bool der_ok = true;
  std::vector<uint8_t> t = {0xff}, odd = {0x01}, f = {0x00};
  EXPECT_EQ(ParseBool(In(t), &der_ok), true);
  EXPECT_TRUE(der_ok);
  EXPECT_EQ(ParseBool(In(odd), &der_ok), true);
  EXPECT_FALSE(der_ok);
  EXPECT_EQ(ParseBool(In(f), &der_ok), false);
  EXPECT_FALSE(ParseBool(Input()));
}

TEST(Values, BitString) {
  // keyUsage digitalSignature | keyCertSign: 03 02 02 84 -> unused 2, 0x84
  std::vector<uint8_t> ku = {0x02, 0x84};
  bool padding_zero = false;
  auto bs = ParseBitString(In(ku), &padding_zero);
  ASSERT_TRUE(bs);
  EXPECT_TRUE(padding_zero);
  EXPECT_TRUE(bs->Bit(0));
  EXPECT_TRUE(bs->Bit(5));
  EXPECT_FALSE(bs->Bit(1));
  EXPECT_FALSE(bs->Bit(9));
  std::vector<uint8_t> dirty = {0x02, 0x87};
  ASSERT_TRUE(ParseBitString(In(dirty), &padding_zero));
  EXPECT_FALSE(padding_zero);
  std::vector<uint8_t> bad = {0x08, 0x00};
  EXPECT_FALSE(ParseBitString(In(bad)));
  std::vector<uint8_t> empty_with_unused = {0x01};
  EXPECT_FALSE(ParseBitString(In(empty_with_unused)));
}

TEST(Values, Oid) {
  std::vector<uint8_t> bc = {0x55, 0x1d, 0x13};
  EXPECT_EQ(OidToString(In(bc)), "2.5.29.19");
  std::vector<uint8_t> ms = {0x2b, 0x06, 0x01, 0x04, 0x01, 0x82, 0x37, 0x3c, 0x02, 0x01, 0x03};
  EXPECT_EQ(OidToString(In(ms)), "1.3.6.1.4.1.311.60.2.1.3");
  std::vector<uint8_t> padded = {0x55, 0x80, 0x1d};
  EXPECT_FALSE(IsValidOid(In(padded)));
  std::vector<uint8_t> unterminated = {0x55, 0x9d};
  EXPECT_FALSE(IsValidOid(In(unterminated)));
}

TEST(Values, UtcTime) {
  TimeFormat f;
  auto t = ParseUtcTime(Input(std::string_view("260105100000Z")), &f);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->year, 2026);
  EXPECT_TRUE(f.zulu && f.has_seconds);
  EXPECT_EQ(FormatRfc3339(t->ToUnix()), "2026-01-05T10:00:00Z");
  t = ParseUtcTime(Input(std::string_view("4912312359Z")), &f);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->year, 2049);
  EXPECT_FALSE(f.has_seconds);
  t = ParseUtcTime(Input(std::string_view("500101000000Z")));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->year, 1950);
  t = ParseUtcTime(Input(std::string_view("260105100000+0100")), &f);
  ASSERT_TRUE(t);
  EXPECT_TRUE(f.has_offset);
  EXPECT_EQ(FormatRfc3339(t->ToUnix()), "2026-01-05T09:00:00Z");
  EXPECT_FALSE(ParseUtcTime(Input(std::string_view("261305100000Z"))));
  EXPECT_FALSE(ParseUtcTime(Input(std::string_view("260230100000Z"))));
  EXPECT_FALSE(ParseUtcTime(Input(std::string_view("260105100000"))));
}

TEST(Values, GeneralizedTime) {
  TimeFormat f;
  auto t = ParseGeneralizedTime(Input(std::string_view("20500101000000Z")), &f);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->year, 2050);
  EXPECT_TRUE(f.zulu);
  t = ParseGeneralizedTime(Input(std::string_view("20240229235959.123Z")), &f);
  ASSERT_TRUE(t);
  EXPECT_TRUE(f.has_fraction);
  EXPECT_EQ(t->nanos, 123000000);
  t = ParseGeneralizedTime(Input(std::string_view("20240229235959")), &f);
  ASSERT_TRUE(t);
  EXPECT_FALSE(f.zulu);
  EXPECT_FALSE(ParseGeneralizedTime(Input(std::string_view("20230229000000Z"))));
  EXPECT_EQ(FromUnix(-1).year, 1969);
}

TEST(Strings, Validation) {
  EXPECT_TRUE(IsPrintableString(Input(std::string_view("Example Inc. (US)"))));
  EXPECT_FALSE(IsPrintableString(Input(std::string_view("a@b"))));
  EXPECT_FALSE(IsPrintableString(Input(std::string_view("a*b"))));
  EXPECT_TRUE(IsValidUtf8(Input(std::string_view("Zürich"))));
  std::vector<uint8_t> overlong = {0xc0, 0xaf};
  EXPECT_FALSE(IsValidUtf8(In(overlong)));
  std::vector<uint8_t> truncated = {0xe2, 0x82};
  EXPECT_FALSE(IsValidUtf8(In(truncated)));
  std::vector<uint8_t> surrogate = {0xed, 0xa0, 0x80};
  EXPECT_FALSE(IsValidUtf8(In(surrogate)));
}

TEST(Strings, Decode) {
  std::string out;
  std::vector<uint8_t> bmp = {0x00, 'Z', 0x00, 0xfc};
  EXPECT_TRUE(DecodeString(kBmpString, In(bmp), &out));
  EXPECT_EQ(out, "Z\xc3\xbc");
  std::vector<uint8_t> bmp_odd = {0x00, 'Z', 0x00};
  EXPECT_FALSE(DecodeString(kBmpString, In(bmp_odd), &out));
  std::vector<uint8_t> latin1 = {'Z', 0xfc};
  EXPECT_TRUE(DecodeString(kTeletexString, In(latin1), &out));
  EXPECT_EQ(out, "Z\xc3\xbc");
  std::vector<uint8_t> ucs4 = {0, 0, 0, 'a', 0, 1, 0xf6, 0x00};
  EXPECT_TRUE(DecodeString(kUniversalString, In(ucs4), &out));
  EXPECT_EQ(out, "a\xf0\x9f\x98\x80");
}

// HexLower / HexUpper: two digits a byte, no separators.
TEST(Input, Hex) {
  const uint8_t bytes[] = {0x00, 0xff, 0x0a};
  EXPECT_EQ(HexLower(Input(bytes, sizeof(bytes))), "00ff0a");
  EXPECT_EQ(HexUpper(Input(bytes, sizeof(bytes))), "00FF0A");
  EXPECT_EQ(HexLower(Input()), "");
}

}  // namespace
}  // namespace cair::der
