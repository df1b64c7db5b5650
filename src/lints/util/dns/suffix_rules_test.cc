// SuffixRuleSet: the names libpsl's built-in list can call an ICANN public
// suffix. It must never say "no" where libpsl says "yes" (checked against
// libpsl for every rule of the built-in list and names around them), and it
// must say "no" for ordinary names (that is its point).
#include "lints/util/dns/suffix_rules.h"

#include <gtest/gtest.h>
#include <idn2.h>
#include <libpsl.h>

#include <string>
#include <vector>

#include "base/files.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/public_suffix.h"

namespace cair::lints::util::dns {
namespace {

bool PslSaysSuffix(const std::string& name) {
  return psl_is_public_suffix2(psl_builtin(), name.c_str(), PSL_TYPE_ICANN | PSL_TYPE_NO_STAR_RULE) == 1;
}

// Calls f(rule) for every ASCII rule of a public_suffix_list.dat text,
// without its "!" or "*." (the name the rule is about); with `idn`, for
// every other rule instead, in the ASCII form libpsl's table holds it in
// (libidn2, no TR46 mapping), when it has one.
template <typename F>
void ForEachAsciiRule(std::string_view text, F&& f, bool idn = false) {
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string line(text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (line.empty() || line.substr(0, 2) == "//") continue;
    bool ascii = true;
    for (char c : line) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii == idn) continue;
    if (line[0] == '!') line.erase(0, 1);
    if (line.substr(0, 2) == "*.") line.erase(0, 2);
    if (idn) {
      char* out = nullptr;
      const int rc = idn2_lookup_u8(reinterpret_cast<const uint8_t*>(line.c_str()), reinterpret_cast<uint8_t**>(&out),
                                    IDN2_NO_TR46);
      line = rc == IDN2_OK && out != nullptr ? std::string(out) : std::string();
      idn2_free(out);
      if (line.empty()) continue;
    }
    f(line);
  }
}

TEST(SuffixRuleSet, ParsesSectionsWildcardsAndExceptions) {
  const auto set = SuffixRuleSet::Parse(
      "// ===BEGIN ICANN DOMAINS===\n"
      "com\n"
      "  co.uk   \n"
      "*.ck\n"
      "!www.ck\n"
      "// ===END ICANN DOMAINS===\n"
      "// ===BEGIN PRIVATE DOMAINS===\n"
      "blogspot.com\n"
      "*.compute.example\n"
      "// ===END PRIVATE DOMAINS===\n");
  ASSERT_TRUE(set.has_value());
  EXPECT_TRUE(set->MayBeIcannSuffix("com"));
  EXPECT_TRUE(set->MayBeIcannSuffix("co.uk"));
  EXPECT_TRUE(set->MayBeIcannSuffix("ck"));        // "*.ck" puts "ck" in libpsl's table
  EXPECT_TRUE(set->MayBeIcannSuffix("anything.ck"));
  EXPECT_TRUE(set->MayBeIcannSuffix("www.ck"));    // an exception: libpsl decides
  // A private wildcard's base still counts (libpsl merges the flags of equal strings).
  EXPECT_TRUE(set->MayBeIcannSuffix("x.compute.example"));
  EXPECT_FALSE(set->MayBeIcannSuffix("blogspot.com"));  // private only
  EXPECT_FALSE(set->MayBeIcannSuffix("example.com"));
  EXPECT_FALSE(set->MayBeIcannSuffix("www.example.co.uk"));
  EXPECT_FALSE(set->MayBeIcannSuffix("uk"));
  EXPECT_TRUE(set->MayBeIcannSuffix("xn--fiqs8s"));  // may come from an internationalised rule
  EXPECT_TRUE(set->MayBeIcannSuffix("a.xn--p1ai.example"));
  EXPECT_EQ(set->wildcard_count(), 2u);
}

TEST(SuffixRuleSet, ExtendableSuffixesAreThoseOfRulesAndWildcardBases) {
  const auto set = SuffixRuleSet::Parse(
      "co.uk\n"
      "a.b.example\n"
      "*.wild.test\n"
      "!www.x.other\n"
      "caf\xc3\xa9.idn.zone\n");
  ASSERT_TRUE(set.has_value());
  const auto extends = [&](const char* s) { return set->MayExtend(SuffixRuleSet::SuffixHash(s)); };
  EXPECT_TRUE(extends("uk"));             // a proper suffix of a rule
  EXPECT_TRUE(extends("b.example"));
  EXPECT_TRUE(extends("example"));
  EXPECT_TRUE(extends("wild.test"));      // a wildcard base itself
  EXPECT_TRUE(extends("test"));
  EXPECT_TRUE(extends("x.other"));        // of an exception rule
  EXPECT_TRUE(extends("idn.zone"));       // right of an internationalised label
  EXPECT_TRUE(extends("zone"));
  EXPECT_FALSE(extends("co.uk"));         // a rule, but no rule under it
  EXPECT_FALSE(extends("a.b.example"));
  EXPECT_FALSE(extends("com"));
  EXPECT_FALSE(extends("caf\xc3\xa9.idn.zone"));
}

TEST(SuffixRuleSet, SuffixHashIsBuiltLabelByLabelFromTheRight) {
  using S = SuffixRuleSet;
  EXPECT_EQ(S::SuffixHash("www.example.com"),
            S::ExtendHash(S::ExtendHash(S::ExtendHash(S::kNoLabels, "com"), "example"), "www"));
  EXPECT_EQ(S::SuffixHash("com"), S::ExtendHash(S::kNoLabels, "com"));
  EXPECT_NE(S::SuffixHash("a.bc"), S::SuffixHash("ab.c"));
  EXPECT_NE(S::SuffixHash("a.b"), S::SuffixHash("b.a"));
  EXPECT_NE(S::SuffixHash("a."), S::SuffixHash("a"));
  EXPECT_NE(S::SuffixHash(".a"), S::SuffixHash("a"));
}

TEST(SuffixRuleSet, MemoHashOfWordIsMemoHashOfTheLabel) {
  // Every length 1-8, octets of every value (a split reads labels so).
  for (size_t len = 1; len <= 8; ++len) {
    for (int b = 0; b < 256; ++b) {
      std::string label(len, 'a');
      label[len - 1] = static_cast<char>(b);
      label[0] = static_cast<char>(255 - b);
      uint64_t w = 0;
      for (size_t k = 0; k < len; ++k) w |= uint64_t{static_cast<unsigned char>(label[k])} << (8 * k);
      ASSERT_EQ(SuffixRuleSet::MemoHashOfWord(len, w), MemoHash(label)) << "length " << len << " octet " << b;
      ASSERT_EQ(SuffixRuleSet::ExtendHashWithLabelHash(7, MemoHash(label)), SuffixRuleSet::ExtendHash(7, label));
    }
  }
}

TEST(SuffixRuleSet, InternationalisedRulesMustBecomeXnLabels) {
  // U+4E2D U+56FD ("中国") becomes "xn--fiqs8s": accepted, nothing to record.
  EXPECT_TRUE(SuffixRuleSet::Parse("\xe4\xb8\xad\xe5\x9b\xbd\nexample.\xe4\xb8\xad\xe5\x9b\xbd\n").has_value());
  // Full-width "ｃｏｍ" would be mapped to plain "com" by an IDNA2003 converter:
  // the set could miss it, so there is no set.
  EXPECT_FALSE(SuffixRuleSet::Parse("\xef\xbd\x83\xef\xbd\x8f\xef\xbd\x8d\n").has_value());
}

TEST(SuffixRuleSet, NeverDisagreesWithLibpslOnItsOwnList) {
  const SuffixRuleSet* set = SuffixRuleSet::Builtin();
  if (set == nullptr) GTEST_SKIP() << "libpsl's built-in list file (" << psl_builtin_filename()
                                   << ") is absent or differs from the built-in list: the filter is off";
  std::string error;
  const auto text = base::ReadWholeFile(psl_builtin_filename(), &error);
  ASSERT_TRUE(text) << error;
  size_t checked = 0, suffixes = 0, spared = 0;
  auto check = [&](const std::string& name) {
    const bool psl = PslSaysSuffix(name);
    const bool maybe = set->MayBeIcannSuffix(name);
    ++checked;
    suffixes += psl;
    spared += !maybe;
    if (psl) {
      EXPECT_TRUE(maybe) << name;
    }
  };
  ForEachAsciiRule(*text, [&](const std::string& rule) {
    check(rule);
    check("x-x-0." + rule);
    check("www.x-x-0." + rule);
    if (const size_t dot = rule.find('.'); dot != std::string::npos) check(rule.substr(dot + 1));
  });
  for (const char* name : {"example.com", "www.example.com", "a.b.example.co.uk", "kawasaki.jp", "x.kawasaki.jp",
                           "city.kawasaki.jp", "www.ck", "b.ck", "localhost", "internal-zone"})
    check(name);
  EXPECT_GT(checked, 20000u);
  EXPECT_GT(suffixes, 5000u);  // the list's rules themselves
  EXPECT_GT(spared, 10000u);   // the "x-x-0." names under plain rules
}

TEST(SuffixRuleSet, SplitsAgreeWithAndWithoutTheFilter) {
  // ParseDomain consults the rule set once the process has asked libpsl a
  // few hundred questions: ask them first (each new name asks about itself
  // and its registrable domain), so that the splits below go through it.
  std::string lowered;
  for (int i = 0; i < 400; ++i) {
    const std::string name = "host" + std::to_string(i) + ".warm" + std::to_string(i) + ".co.uk";
    ASSERT_EQ(ParseDomain(name, &lowered).tld(), "co.uk") << name;
  }
  // These splits are libpsl's.
  EXPECT_EQ(ParseDomain("www.example.co.uk", &lowered).tld(), "co.uk");
  EXPECT_EQ(ParseDomain("a.b.ck", &lowered).tld(), "b.ck");
  EXPECT_EQ(ParseDomain("x.city.kawasaki.jp", &lowered).tld(), "kawasaki.jp");  // libpsl: "*.kawasaki.jp" makes it one
  EXPECT_EQ(ParseDomain("x.y.kawasaki.jp", &lowered).tld(), "y.kawasaki.jp");
  EXPECT_EQ(ParseDomain("foo.s3.amazonaws.com", &lowered).tld(), "com");  // private rule ignored
  EXPECT_EQ(ParseDomain("www.xn--85x722f.xn--55qx5d.cn", &lowered).tld(), "xn--55qx5d.cn");
  EXPECT_EQ(ParseDomain("a..example.co.uk", &lowered).tld(), "co.uk");
  EXPECT_EQ(ParseDomain("caf\xc3\xa9.example.co.uk", &lowered).tld(), "co.uk");
  EXPECT_EQ(ParseDomain("example.caf\xc3\xa9", &lowered).tld(), "caf\xc3\xa9");  // no rule: the last label
  EXPECT_EQ(ParseDomain("example.com.", &lowered).error, DomainError::kIsSuffix);

  // Names sharing the labels a split walked (the registrable domain) reuse
  // its suffix: each name split right after one that walked its last labels
  // must split as it does after an unrelated name.
  const auto show = [&](std::string_view name) {
    const ParsedDomain d = ParseDomain(name, &lowered);
    if (!d.ok()) return "error " + std::to_string(static_cast<int>(d.error));
    return std::string(d.trd()) + "|" + std::string(d.sld()) + "|" + std::string(d.tld());
  };
  const std::vector<std::string> names = {
      "www.example.co.uk", "a.b.example.co.uk", "x..example.co.uk", "example.co.uk", "www.bexample.co.uk",
      "\xc3\xa9.example.co.uk", "WWW.Example.co.uk", "x.y.kawasaki.jp", "w.x.y.kawasaki.jp", "y.kawasaki.jp",
      "x.city.kawasaki.jp", "w.x.city.kawasaki.jp", "a.b.example.com", "b.example.com", "example.com",
      "a.xn--p1ai.example.com", "www.example.com.", "a." + std::string(70, 'l') + ".com",
      "b." + std::string(70, 'l') + ".com"};
  for (const std::string& name : names) {
    show("q.zz-unrelated.org");
    const std::string fresh = show(name);
    for (const std::string& before : names) {
      show(before);
      EXPECT_EQ(show(name), fresh) << name << " after " << before;
    }
  }
  show("q.zz-unrelated.org");
  EXPECT_EQ(show("w.x.city.kawasaki.jp"), "w.x|city|kawasaki.jp");
  EXPECT_EQ(show("a.b.example.co.uk"), "a.b|example|co.uk");
  EXPECT_EQ(show("x..example.co.uk"), "x.|example|co.uk");
}

// The split as first written: every plain suffix of the lower-cased name,
// from the left, asked of libpsl itself (no rule set, no memo, no label
// scan), as "error N" or "trd|sld|tld".
std::string ReferenceSplit(const std::string& n) {
  if (n.empty()) return "error 1";
  if (n[0] == '.') return "error 2";
  const auto plain = [](const std::string& s) {
    if (s.empty() || s.front() == '.' || s.back() == '.' || s.find("..") != std::string::npos) return false;
    for (char c : s)
      if (static_cast<unsigned char>(c) >= 0x80 || c == '\0') return false;
    return true;
  };
  size_t tld = std::string::npos;
  for (size_t start = 0;;) {
    const std::string candidate = n.substr(start);
    if (plain(candidate) && PslSaysSuffix(candidate) &&
        !(start == 0 && candidate.find('.') != std::string::npos && PslSaysSuffix("x-x-0." + candidate))) {
      tld = start;
      break;
    }
    const size_t dot = n.find('.', start);
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (tld == std::string::npos) {
    const size_t dot = n.rfind('.');
    if (dot == std::string::npos || dot + 1 == n.size()) return "error 3";
    tld = dot + 1;
  }
  if (tld == 0) return "error 3";
  const std::string left = n.substr(0, tld - 1);
  const size_t dot = left.rfind('.');
  const std::string trd = dot == std::string::npos ? "" : left.substr(0, dot);
  const std::string sld = dot == std::string::npos ? left : left.substr(dot + 1);
  return trd + "|" + sld + "|" + n.substr(tld);
}

std::string Show(const ParsedDomain& d) {
  if (!d.ok()) return "error " + std::to_string(static_cast<int>(d.error));
  return std::string(d.trd()) + "|" + std::string(d.sld()) + "|" + std::string(d.tld());
}

// Every rule of the built-in list, with names around it, splits as the
// reference does (with the rule set on: asked after the warm-up above).
TEST(SuffixRuleSet, SplitsOfTheWholeListAreTheReferences) {
  std::string error;
  const auto text = base::ReadWholeFile(psl_builtin_filename(), &error);
  if (!text) GTEST_SKIP() << "libpsl's built-in list file (" << psl_builtin_filename() << ") is absent: " << error;
  std::string lowered;
  for (int i = 0; i < 400; ++i) ParseDomain("host" + std::to_string(i) + ".warm" + std::to_string(i) + ".co.uk", &lowered);
  size_t checked = 0;
  const auto check = [&](const std::string& rule) {
    for (const std::string& name : {rule, "x-x-0." + rule, "www.x-x-0." + rule, "a.b.c." + rule, "xn--p1ai." + rule,
                                    "a.xn--p1ai." + rule, "WWW.X-X-0." + rule, "a..b." + rule, rule + "."}) {
      EXPECT_EQ(Show(ParseDomain(name, &lowered)), ReferenceSplit(AsciiLower(name))) << name;
      ++checked;
    }
  };
  ForEachAsciiRule(*text, check);
  const size_t ascii = checked;
  ForEachAsciiRule(*text, check, /*idn=*/true);  // internationalised rules, in "xn--" form
  EXPECT_GT(ascii, 50000u);
  EXPECT_GT(checked - ascii, 1000u);
}

// Random names of labels around eight octets (the label walk reads a word
// of eight at a time), empty labels, NUL and non-ASCII octets, and suffixes
// of the list (plain, wildcard, exception, "xn--"), split as the reference.
TEST(SuffixRuleSet, SplitsOfRandomNamesAreTheReferences) {
  const std::vector<std::string> labels = {
      "com", "co", "uk", "jp", "kawasaki", "city", "ck", "www", "a", "", "b\x80" "c", std::string("n\0l", 3),
      "abcdefg", "abcdefgh", "abcdefghi", "0123456789abcdef", "xn--p1ai", "xn--85x722f", "cn", "s3",
      "amazonaws", "example", "\xff", "org", "k12", "ak", "us", "sch", "gov"};
  uint64_t state = 0x2545f4914f6cdd1dull;
  const auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  for (int round = 0; round < 20000; ++round) {
    std::string name;
    const size_t count = 1 + next() % 5;
    for (size_t i = 0; i < count; ++i) name += (i ? "." : "") + labels[next() % labels.size()];
    if (round % 11 == 0) name += ".";
    ASSERT_EQ(Show(SplitLowerDomain(name)), ReferenceSplit(name)) << name;
  }
}

}  // namespace
}  // namespace cair::lints::util::dns
