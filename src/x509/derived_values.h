// File: x509/derived_values.h
// The store behind Certificate::Derived: values computed from a certificate
// on first use, keyed by the computing function's address. A certificate's
// lints ask it ~45 times and fill ~15 keys; the store keeps them in one
// block per certificate (an open-addressed table of keys and an arena for
// the values), so that filling it costs no allocation per value and a
// look-up is a probe or two instead of a walk over every key.
//
// The block comes from, and goes back to, a one-block spare per thread: a
// scan parsing certificate after certificate on one thread reuses it. A
// value too large for what is left of the arena, or a key beyond the
// table's load limit, gets its own allocation; results are the same either
// way. Moving keeps the values (the block moves); copying does not (the
// copy computes its own on first use).
#ifndef CAIR_X509_DERIVED_VALUES_H_
#define CAIR_X509_DERIVED_VALUES_H_

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

namespace cair::x509 {

class DerivedValues {
 public:
  DerivedValues() = default;
  DerivedValues(DerivedValues&& o) noexcept : block_(std::exchange(o.block_, nullptr)) {}
  DerivedValues& operator=(DerivedValues&& o) noexcept {
    if (this != &o) {
      Reset();
      block_ = std::exchange(o.block_, nullptr);
    }
    return *this;
  }
  DerivedValues(const DerivedValues&) {}
  DerivedValues& operator=(const DerivedValues&) {
    Reset();
    return *this;
  }
  ~DerivedValues() { Reset(); }

  // The value stored under `key`, or nullptr.
  const void* Find(const void* key) const {
    if (!block_) return nullptr;
    for (uint32_t i = Home(key);; i = (i + 1) & (kSlots - 1)) {
      if (block_->keys[i] == key) return block_->values[i];
      if (!block_->keys[i]) break;
    }
    return block_->spill ? FindSpilled(key) : nullptr;
  }

  // Stores `value` under `key` (not present) and returns the stored value.
  template <typename T>
  const T& Add(const void* key, T&& value) {
    using V = std::remove_cv_t<std::remove_reference_t<T>>;
    if (!block_) block_ = TakeBlock();
    void* where = Allocate(sizeof(V), alignof(V));
    const bool in_arena = where != nullptr;
    V* stored = in_arena ? new (where) V(std::forward<T>(value)) : new V(std::forward<T>(value));
    Insert(key, stored, in_arena ? &DestroyInPlace<V> : &DestroyAllocated<V>);
    return *stored;
  }

  // Destroys every value; the block goes back to the thread's spare.
  void Reset();

  // How many keys fit in the table before values spill into a list
  // (tests use it to reach the spill path).
  static constexpr uint32_t kSlots = 64;
  static constexpr uint32_t kMaxInTable = 40;
  static constexpr size_t kArenaBytes = 3072;

 private:
  using Destroy = void (*)(void*);
  struct Spilled;
  struct Block {
    const void* keys[kSlots] = {};  // nullptr: an empty slot
    void* values[kSlots];
    Destroy destroy[kSlots];
    uint8_t filled[kMaxInTable];    // slots in use, in the order filled
    uint32_t count = 0;
    size_t arena_used = 0;
    Spilled* spill = nullptr;       // keys beyond kMaxInTable
    alignas(std::max_align_t) unsigned char arena[kArenaBytes];
  };

  static uint32_t Home(const void* key) {
    // Function addresses: the low bits are alignment, the next ones differ.
    const auto a = reinterpret_cast<uintptr_t>(key);
    return static_cast<uint32_t>((a >> 4) ^ (a >> 10)) & (kSlots - 1);
  }
  template <typename V>
  static void DestroyInPlace(void* p) { static_cast<V*>(p)->~V(); }
  template <typename V>
  static void DestroyAllocated(void* p) { delete static_cast<V*>(p); }

  void* Allocate(size_t size, size_t align) {
    if (align > alignof(std::max_align_t)) return nullptr;
    const size_t at = (block_->arena_used + align - 1) & ~(align - 1);
    if (at + size > kArenaBytes) return nullptr;
    block_->arena_used = at + size;
    return block_->arena + at;
  }
  void Insert(const void* key, void* value, Destroy destroy);
  const void* FindSpilled(const void* key) const;
  static Block* TakeBlock();

  Block* block_ = nullptr;
};

}  // namespace cair::x509

#endif  // CAIR_X509_DERIVED_VALUES_H_
