// File: lints/util/memo.h
// A per-thread memo of a pure function of some bytes (an RSA modulus, a DNS
// name): corpora repeat the same keys (intermediates, renewals, re-issues)
// and names endlessly, and checks such as Fermat's method or a public-suffix
// split cost far more than a hash probe. Each call site has its own memo (one
// per `Tag` type). Keys longer than `kMaxKeyBytes` are not remembered and the
// memo is emptied when it reaches `kMaxEntries`, so its memory stays bounded.
// Per thread, so lints running on several threads share no lock.
//
// The table is flat (open addressing, linear probing) and its keys live in
// one byte arena: a hit allocates nothing and a miss appends the key's bytes,
// where a node map allocated a node and a key string for every miss. Keys are
// hashed 8 bytes at a time (MemoHash), not byte by byte. A probe sequence is
// at most kMaxProbe slots long: a key that finds no free slot within it (only
// crafted keys can crowd one spot) is computed and not remembered, so no input
// makes a look-up slower than kMaxProbe comparisons.
#ifndef CAIR_LINTS_UTIL_MEMO_H_
#define CAIR_LINTS_UTIL_MEMO_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cair::lints::util {

// A 64-bit hash of `s`, read a word at a time (multiply-xorshift rounds and
// a final avalanche). Never 0: the memo marks empty slots with 0.
inline uint64_t MemoHash(std::string_view s) {
  constexpr uint64_t kMul = 0x9e3779b97f4a7c15ull;
  uint64_t h = (s.size() + 1) * 0xff51afd7ed558ccdull;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  if (i < s.size()) {
    uint64_t w = 0;
    std::memcpy(&w, s.data() + i, s.size() - i);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h | 1;
}

// Doubles a linear-probing table whose slots have a `hash` member (0: an
// empty slot), 64 slots when it has none, and puts every entry back at or
// after its home. Shared by FlatMemo and the RSA modulus memo
// (rsa_modulus_memo.cc).
template <typename Slot>
void GrowSlots(std::vector<Slot>& slots) {
  std::vector<Slot> old = std::move(slots);
  slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const size_t mask = slots.size() - 1;
  for (Slot& s : old) {
    if (s.hash == 0) continue;
    // Unbounded here: an entry that lands beyond kMaxProbe of its home is
    // only no longer found (a miss computes it again: this is a cache).
    for (size_t at = s.hash & mask;; at = (at + 1) & mask) {
      if (slots[at].hash != 0) continue;
      slots[at] = std::move(s);
      break;
    }
  }
}

// The first empty slot of `hash`'s probe sequence, at most `max_probe` long,
// in a power-of-two `slots`, or nullptr when that sequence is full. Shared
// by FlatMemo and the RSA modulus memo, like GrowSlots.
template <typename Slot>
Slot* FreeSlot(std::vector<Slot>& slots, uint64_t hash, size_t max_probe) {
  const size_t mask = slots.size() - 1;
  for (size_t i = 0, at = hash & mask; i < max_probe; ++i, at = (at + 1) & mask)
    if (slots[at].hash == 0) return &slots[at];
  return nullptr;
}

// The slot holding `key` (whose hash is `hash`) in a power-of-two `slots`
// whose slots have `hash`, `key_pos` and `key_len` members, the keys' bytes
// back to back in `keys`; nullptr when absent. At most `max_probe` slots are
// looked at. Shared by FlatMemo and the RSA modulus memo, like GrowSlots.
template <typename Slots>
auto FindSlot(Slots& slots, std::string_view keys, std::string_view key, uint64_t hash, size_t max_probe)
    -> decltype(&slots[0]) {
  if (slots.empty()) return nullptr;
  const size_t mask = slots.size() - 1;
  for (size_t i = 0, at = hash & mask; i < max_probe; ++i, at = (at + 1) & mask) {
    auto& s = slots[at];
    if (s.hash == 0) return nullptr;
    if (s.hash == hash && s.key_len == key.size() && std::memcmp(keys.data() + s.key_pos, key.data(), key.size()) == 0)
      return &s;
  }
  return nullptr;
}

// The table behind Memoized (exposed for its unit test).
template <typename T>
class FlatMemo {
 public:
  static constexpr size_t kMaxProbe = 32;

  // The value stored for `key` (whose MemoHash is `hash`), or nullptr.
  const T* Find(std::string_view key, uint64_t hash) const {
    const Slot* s = FindSlot(slots_, keys_, key, hash, kMaxProbe);
    return s ? &s->value : nullptr;
  }

  // Stores `value` for a key Find did not find; emptied first when it holds
  // `max_entries`. Returns false (nothing stored) when the key's probe
  // sequence is full.
  bool Insert(std::string_view key, uint64_t hash, const T& value, size_t max_entries) {
    if (size_ >= max_entries) Clear();
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot* s = FreeSlot(slots_, hash, kMaxProbe);
    if (!s) return false;
    s->hash = hash;
    s->key_pos = keys_.size();
    s->key_len = key.size();
    s->value = value;
    keys_.append(key);
    ++size_;
    return true;
  }

  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t hash = 0;  // 0: empty
    size_t key_pos = 0, key_len = 0;
    T value{};
  };

  void Clear() {
    for (Slot& s : slots_) s = Slot{};
    keys_.clear();
    size_ = 0;
  }

  void Grow() { GrowSlots(slots_); }

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string keys_;         // the keys' bytes, back to back
  size_t size_ = 0;
};

// The value of `compute()` (a T) for `key`, computed on the first call with
// that key on this thread (and again after the memo was emptied).
template <typename Tag, size_t kMaxEntries, size_t kMaxKeyBytes, typename F>
auto Memoized(std::string_view key, F&& compute) -> decltype(compute()) {
  using T = decltype(compute());
  if (key.size() > kMaxKeyBytes) return compute();
  thread_local FlatMemo<T> memo;
  const uint64_t hash = MemoHash(key);
  if (const T* hit = memo.Find(key, hash)) return *hit;
  T value = compute();
  memo.Insert(key, hash, value, kMaxEntries);
  return value;
}

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_MEMO_H_
