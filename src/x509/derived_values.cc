#include "x509/derived_values.h"

#include <vector>

namespace cair::x509 {

struct DerivedValues::Spilled {
  struct Entry {
    const void* key;
    void* value;
    Destroy destroy;
  };
  std::vector<Entry> entries;
};

namespace {

// The thread's spare block. Plain thread_locals (no destructor of their
// own, so usable until the thread is gone); the guard frees the spare when
// the thread ends and closes it to certificates destroyed after that.
thread_local void* spare_block = nullptr;
thread_local bool spare_closed = false;
struct SpareGuard {
  void (*free)(void*) = nullptr;
  ~SpareGuard() {
    if (spare_block) free(spare_block);
    spare_block = nullptr;
    spare_closed = true;
  }
};
thread_local SpareGuard spare_guard;

}  // namespace

DerivedValues::Block* DerivedValues::TakeBlock() {
  if (spare_block) return static_cast<Block*>(std::exchange(spare_block, nullptr));
  return new Block;
}

void DerivedValues::Insert(const void* key, void* value, Destroy destroy) {
  Block& b = *block_;
  if (b.count < kMaxInTable) {
    uint32_t i = Home(key);
    while (b.keys[i]) i = (i + 1) & (kSlots - 1);
    b.keys[i] = key;
    b.values[i] = value;
    b.destroy[i] = destroy;
    b.filled[b.count++] = static_cast<uint8_t>(i);
    return;
  }
  if (!b.spill) b.spill = new Spilled;
  b.spill->entries.push_back({key, value, destroy});
}

const void* DerivedValues::FindSpilled(const void* key) const {
  for (const auto& e : block_->spill->entries)
    if (e.key == key) return e.value;
  return nullptr;
}

void DerivedValues::Reset() {
  if (!block_) return;
  Block& b = *block_;
  // Later values may have been computed from earlier ones: destroy newest first.
  if (b.spill) {
    for (auto it = b.spill->entries.rbegin(); it != b.spill->entries.rend(); ++it) it->destroy(it->value);
    delete b.spill;
    b.spill = nullptr;
  }
  while (b.count > 0) {
    const uint8_t i = b.filled[--b.count];
    b.destroy[i](b.values[i]);
    b.keys[i] = nullptr;
  }
  b.arena_used = 0;
  if (!spare_block && !spare_closed) {
    spare_guard.free = [](void* p) { delete static_cast<Block*>(p); };  // (constructs the guard)
    spare_block = block_;
  } else {
    delete block_;
  }
  block_ = nullptr;
}

}  // namespace cair::x509
