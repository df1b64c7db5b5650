// Unit tests of the URI parser's control-character and %-escape handling
// (lints/util/uri/parse.h): the word-at-a-time control scan and the
// copy-as-is path of components without an escape.
#include <gtest/gtest.h>

#include <string>

#include "lints/util/uri/parse.h"

namespace cair::lints::util {
namespace {

TEST(UriParse, ControlByteAnywhereIsRefused) {
  const std::string base = "http://ocsp.example.com/some/long/path/segment.crt";
  for (uint8_t bad : {0x00, 0x01, 0x0a, 0x1f, 0x7f}) {
    for (size_t at = 0; at < base.size(); ++at) {
      std::string s = base;
      s[at] = static_cast<char>(bad);
      uri::ParsedUri u;
      EXPECT_FALSE(uri::ParseUri(s, &u)) << int(bad) << " at " << at;
    }
  }
  uri::ParsedUri u;
  ASSERT_TRUE(uri::ParseUri(base, &u));
  EXPECT_EQ(u.host, "ocsp.example.com");
  EXPECT_EQ(u.path, "/some/long/path/segment.crt");
}

TEST(UriParse, BytesAboveAsciiAndSpaceAreNotControls) {
  uri::ParsedUri u;
  ASSERT_TRUE(uri::ParseUri("http://example.com/caf\xc3\xa9 and \x80\x9f\xa0\xff", &u));
  EXPECT_EQ(u.path, "/caf\xc3\xa9 and \x80\x9f\xa0\xff");
  ASSERT_TRUE(uri::ParseUri("http://\xc3\xa9xample.com/", &u));  // non-ASCII host bytes pass
  EXPECT_EQ(u.host, "\xc3\xa9xample.com");
}

TEST(UriParse, EscapesAndHostCharacters) {
  uri::ParsedUri u;
  ASSERT_TRUE(uri::ParseUri("http://example.com/a%20b%2Fc#fr%41g", &u));
  EXPECT_EQ(u.path, "/a b/c");
  EXPECT_EQ(u.fragment, "frAg");
  EXPECT_FALSE(uri::ParseUri("http://example.com/a%2", &u));   // short escape
  EXPECT_FALSE(uri::ParseUri("http://example.com/a%zz", &u));  // not hex
  EXPECT_FALSE(uri::ParseUri("http://exa mple.com/", &u));     // space in a host
  EXPECT_FALSE(uri::ParseUri("http://exa{mple.com/", &u));     // '{' in a host
  EXPECT_FALSE(uri::ParseUri("http://ex%41mple.com/", &u));    // ASCII escaped in a host
  ASSERT_TRUE(uri::ParseUri("http://ex%C3%A9mple.com/", &u));  // non-ASCII escaped: decoded
  EXPECT_EQ(u.host, "ex\xc3\xa9mple.com");
  ASSERT_TRUE(uri::ParseUri("http://ex_a-m.p~le!$&'()*+,;=.com:80/", &u));
  EXPECT_EQ(u.host, "ex_a-m.p~le!$&'()*+,;=.com:80");
  ASSERT_TRUE(uri::ParseUri("http://[fe80::1%25en0]:8080/", &u));
  EXPECT_EQ(u.host, "[fe80::1%en0]:8080");
  EXPECT_FALSE(uri::ParseUri("http://[fe80::1%25e%7Bn]/", &u));  // '{' escaped in a zone
}

TEST(UriParse, CommonShapeAndItsNeighbours) {
  struct Case {
    const char* url;
    bool ok;
    const char* scheme;
    const char* host;
    const char* path;
  };
  // The one-pass shape, and inputs just outside it that the general parser
  // takes (port, userinfo, query, fragment, escape, empty host, IP literal,
  // space, non-ASCII, no "//").
  const Case cases[] = {
      {"http://ocsp.example.com", true, "http", "ocsp.example.com", ""},
      {"HTTP://Ca.Example-1.com/x/Y.crt", true, "http", "Ca.Example-1.com", "/x/Y.crt"},
      {"ldap://dir.example.com/cn=CA,o=Ex?cACertificate", true, "ldap", "dir.example.com", "/cn=CA,o=Ex"},
      {"http://h.example:8080/a", true, "http", "h.example:8080", "/a"},
      {"http://u@h.example/a", true, "http", "h.example", "/a"},
      {"http://h.example/a#f", true, "http", "h.example", "/a"},
      {"http://h.example/a%41", true, "http", "h.example", "/aA"},
      {"http:///a", true, "http", "", "/a"},
      {"http://[::1]/a", true, "http", "[::1]", "/a"},
      {"http://h.example/a b", true, "http", "h.example", "/a b"},
      {"http://h.example/caf\xc3\xa9", true, "http", "h.example", "/caf\xc3\xa9"},
      {"http:h.example", true, "http", "", ""},
      {"a1+-.://h/", true, "a1+-.", "h", "/"},
      {"1http://h/", false, "", "", ""},
      {"http://h\x7f/", false, "", "", ""},
      {"http://h.example/a:b@c", true, "http", "h.example", "/a:b@c"},
  };
  for (const Case& t : cases) {
    uri::ParsedUri u;
    ASSERT_EQ(uri::ParseUri(t.url, &u), t.ok) << t.url;
    if (!t.ok) continue;
    EXPECT_EQ(u.scheme, t.scheme) << t.url;
    EXPECT_EQ(u.host, t.host) << t.url;
    EXPECT_EQ(u.path, t.path) << t.url;
  }
}

TEST(UriParse, ReusedResultEqualsAFreshOne) {
  const char* urls[] = {"https://user:pw@www.example.com:8443/a/b?q=1#frag", "mailto:a@b.example",
                        "http://ocsp.example.com", "http://exa mple.com/", "*", "/relative/path", ""};
  uri::ParsedUri reused;
  for (const char* a : urls) {
    for (const char* b : urls) {
      uri::ParsedUri fresh;
      const bool ok_fresh = uri::ParseUri(b, &fresh);
      uri::ParseUri(a, &reused);
      if (!ok_fresh) {
        EXPECT_FALSE(uri::ParseUri(b, &reused)) << a << " then " << b;
        continue;
      }
      ASSERT_TRUE(uri::ParseUri(b, &reused)) << a << " then " << b;
      EXPECT_EQ(reused.scheme, fresh.scheme);
      EXPECT_EQ(reused.opaque, fresh.opaque);
      EXPECT_EQ(reused.has_user, fresh.has_user);
      EXPECT_EQ(reused.host, fresh.host);
      EXPECT_EQ(reused.path, fresh.path);
      EXPECT_EQ(reused.raw_query, fresh.raw_query);
      EXPECT_EQ(reused.fragment, fresh.fragment) << a << " then " << b;
    }
  }
}

}  // namespace
}  // namespace cair::lints::util
