// Walks arbitrary bytes as nested TLVs. Invariant: every element read lies
// inside the input, and value lies inside full.
#include <cstdlib>

#include "der/parser.h"
#include "der/strings.h"
#include "der/values.h"

using namespace cair::der;

static void Walk(Input in, int depth) {
  Parser p(in);
  while (auto el = p.Next()) {
    if (!in.Contains(el->full) || !el->full.Contains(el->value)) std::abort();
    if (el->tag.constructed && depth < 32) Walk(el->value, depth + 1);
    ParseInt64(el->value);
    ParseBitString(el->value);
    OidToString(el->value);
    ParseUtcTime(el->value);
    ParseGeneralizedTime(el->value);
    std::string s;
    DecodeString(el->tag, el->value, &s);
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Walk(Input(data, size), 0);
  return 0;
}
