#include "x509/element_count.h"

#include <gtest/gtest.h>

#include <string>

namespace cair::x509 {
namespace {

size_t Count(const std::string& bytes) { return CountElements(der::Input(std::string_view(bytes))); }

TEST(CountElements, CountsShortAndLongFormElements) {
  EXPECT_EQ(Count(""), 0u);
  EXPECT_EQ(Count(std::string("\x05\x00", 2)), 1u);                       // NULL
  EXPECT_EQ(Count(std::string("\x02\x01\x07\x05\x00\x04\x02hi", 9)), 3u);  // INTEGER, NULL, OCTET STRING
  std::string long_form = std::string("\x04\x81\x80", 3) + std::string(128, 'x');
  EXPECT_EQ(Count(long_form + long_form), 2u);
  std::string two_octets = std::string("\x04\x82\x01\x00", 4) + std::string(256, 'y');
  EXPECT_EQ(Count(two_octets + std::string("\x05\x00", 2)), 2u);
}

TEST(CountElements, StopsAtTheFirstUnreadableHeader) {
  EXPECT_EQ(Count(std::string("\x05\x00\x04\x05hi", 6)), 1u);      // length past the end
  EXPECT_EQ(Count(std::string("\x05\x00\x04", 3)), 1u);            // a lone tag octet
  EXPECT_EQ(Count(std::string("\x05\x00\x30\x80\x00\x00", 6)), 1u);  // indefinite length
  EXPECT_EQ(Count(std::string("\x05\x00\x1f\x81\x01\x00", 6)), 1u);  // high tag number
  EXPECT_EQ(Count(std::string("\x04\x85\x01\x00\x00\x00\x00", 7)), 0u);  // five length octets
}

}  // namespace
}  // namespace cair::x509
