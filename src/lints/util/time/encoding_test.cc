// Unit tests of the time-encoding helpers (time_encoding.h).
#include <gtest/gtest.h>

#include <deque>
#include <string_view>
#include <vector>

#include "der/parser.h"
#include "lints/util/time/encoding.h"

namespace cair::lints::util {
namespace {

// A CertTime over a TLV built from `text`; the CertTime aliases the bytes,
// which are kept alive for the whole test program.
x509::CertTime Time(der::Tag tag, std::string_view text) {
  static std::deque<std::vector<uint8_t>> elements;
  auto& el = elements.emplace_back();
  el.push_back(static_cast<uint8_t>(tag.number));
  el.push_back(static_cast<uint8_t>(text.size()));
  el.insert(el.end(), text.begin(), text.end());
  return x509::ParseTime(*der::ReadElement(der::Input(el.data(), el.size())));
}

TEST(TimeEncoding, ReadsTheWrittenForm) {
  auto utc = Time(der::kUtcTime, "260105100000Z");
  EXPECT_TRUE(time::IsZulu(utc));
  EXPECT_TRUE(time::HasSeconds(utc));
  EXPECT_FALSE(time::HasFraction(utc));
  auto utc_short = Time(der::kUtcTime, "2601051000-0500");
  EXPECT_FALSE(time::IsZulu(utc_short));
  EXPECT_FALSE(time::HasSeconds(utc_short));
  auto gen = Time(der::kGeneralizedTime, "20500101000000.5Z");
  EXPECT_TRUE(time::IsZulu(gen));
  EXPECT_TRUE(time::HasSeconds(gen));
  EXPECT_TRUE(time::HasFraction(gen));
  auto local = Time(der::kGeneralizedTime, "20500101000000");
  EXPECT_FALSE(time::IsZulu(local));
  EXPECT_FALSE(time::HasFraction(local));
  auto no_seconds = Time(der::kGeneralizedTime, "205001010000Z");
  EXPECT_FALSE(time::HasSeconds(no_seconds));
  // Unreadable values are judged on their characters.
  auto broken = Time(der::kGeneralizedTime, "2050130100000.25Z");
  ASSERT_FALSE(broken.ok);
  EXPECT_TRUE(time::IsZulu(broken));
  EXPECT_TRUE(time::HasSeconds(broken));
  EXPECT_TRUE(time::HasFraction(broken));
}

}  // namespace
}  // namespace cair::lints::util
