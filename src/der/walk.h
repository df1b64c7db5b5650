// File: der/walk.h
// Depth-first visit of every element in a DER buffer.
#ifndef CAIR_DER_WALK_H_
#define CAIR_DER_WALK_H_

#include "der/parser.h"

namespace cair::der {

// Calls `visit(const Element&)` for each element of `in`, descending into
// constructed elements up to depth 64. Returns false if some bytes could
// not be read as elements.
template <typename F>
bool Walk(Input in, F&& visit, int depth = 0) {
  Parser p(in);
  bool ok = true;
  while (p.HasMore()) {
    auto el = p.Next();
    if (!el) return false;
    visit(*el);
    if (el->tag.constructed && depth < 64) ok = Walk(el->value, visit, depth + 1) && ok;
  }
  return ok;
}

}  // namespace cair::der

#endif  // CAIR_DER_WALK_H_
