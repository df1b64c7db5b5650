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

// One encoded time and what the helpers must read from it.
struct Written {
  der::Tag tag;
  std::string_view text;
  bool zulu, seconds, fraction;
};

TEST(TimeEncoding, ReadsTheWrittenForm) {
  const Written kCases[] = {
      {der::kUtcTime, "260105100000Z", true, true, false},
      {der::kUtcTime, "2601051000-0500", false, false, false},
      {der::kGeneralizedTime, "20500101000000.5Z", true, true, true},
      {der::kGeneralizedTime, "20500101000000", false, true, false},
      {der::kGeneralizedTime, "205001010000Z", true, false, false},
      // Unreadable values are judged on their characters.
      {der::kGeneralizedTime, "2050130100000.25Z", true, true, true},
  };
  for (const Written& w : kCases) {
    const x509::CertTime t = Time(w.tag, w.text);
    EXPECT_EQ(time::IsZulu(t), w.zulu) << w.text;
    EXPECT_EQ(time::HasSeconds(t), w.seconds) << w.text;
    EXPECT_EQ(time::HasFraction(t), w.fraction) << w.text;
  }
  EXPECT_FALSE(Time(der::kGeneralizedTime, "2050130100000.25Z").ok);
}

}  // namespace
}  // namespace cair::lints::util
