// File: lints/util/memo.h
// A per-thread memo of a pure function of some bytes (an RSA modulus, a DNS
// name): corpora repeat the same keys (intermediates, renewals, re-issues)
// and names endlessly, and checks such as Fermat's method or a public-suffix
// split cost far more than a hash probe. Each call site has its own memo (one
// per `Tag` type). Keys longer than `kMaxKeyBytes` are not remembered and the
// memo is emptied when it reaches `kMaxEntries`, so its memory stays bounded.
// Per thread, so lints running on several threads share no lock.
#ifndef CAIR_LINTS_UTIL_MEMO_H_
#define CAIR_LINTS_UTIL_MEMO_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cair::lints::util {

struct MemoHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// The value of `compute()` (a T) for `key`, computed on the first call with
// that key on this thread (and again after the memo was emptied).
template <typename Tag, size_t kMaxEntries, size_t kMaxKeyBytes, typename F>
auto Memoized(std::string_view key, F&& compute) -> decltype(compute()) {
  using T = decltype(compute());
  if (key.size() > kMaxKeyBytes) return compute();
  thread_local std::unordered_map<std::string, T, MemoHash, std::equal_to<>> memo;
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  if (memo.size() >= kMaxEntries) memo.clear();
  return memo.emplace(std::string(key), compute()).first->second;
}

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_MEMO_H_
