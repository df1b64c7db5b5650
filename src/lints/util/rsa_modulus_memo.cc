#include "lints/util/rsa_modulus_memo.h"

#include <cstring>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include "lints/util/key_roca.h"
#include "lints/util/math/fermat.h"
#include "lints/util/math/mpz.h"
#include "lints/util/math/small_primes.h"
#include "lints/util/memo.h"

namespace cair::lints::util::rsa_memo {
namespace {

// One bit per check, in Slot::known (decided) and Slot::found (its answer).
enum Check : uint8_t { kSmallFactor = 1, kRoca = 2, kFermat = 4 };

struct Slot {
  uint64_t hash = 0;  // MemoHash of the key; 0: empty
  uint32_t key_pos = 0;
  uint16_t key_len = 0;
  uint8_t known = 0, found = 0;
  uint32_t fermat_rounds = 0;  // the rounds the kFermat bits answer for
  uint32_t factors = 0;        // when Fermat factored n: its p at factors_[2 * factors], q after it
};
static_assert(sizeof(Slot) == 24);
static_assert(kMaxModulusBytes <= std::numeric_limits<uint16_t>::max());
static_assert(kMaxModuli * kMaxModulusBytes <= std::numeric_limits<uint32_t>::max());

// A modulus' hash: of its length and its last 32 octets (all of them when
// shorter), where MemoHash of all 256 octets of a 2048-bit modulus was ~250
// instructions a certificate. The low-order octets of an RSA modulus are as
// random as its primes; moduli that share them (only crafted ones do) are
// still told apart by the comparison of the whole key, and crowd one probe
// sequence at most kMaxProbe long (then they are checked, not remembered).
uint64_t ModulusHash(std::string_view key) {
  constexpr size_t kTail = 32;
  const std::string_view tail = key.size() > kTail ? key.substr(key.size() - kTail) : key;
  return (MemoHash(tail) ^ (key.size() * 0x9e3779b97f4a7c15ull)) | 1;
}

// The table (open addressing, linear probing, keys back to back in one
// arena) and the GMP value of the modulus last looked up.
class Table {
 public:
  static constexpr size_t kMaxProbe = 32;
  static constexpr size_t kArenaBytes = kMaxModuli * 384;

  // The slot of `key` (a magnitude without leading zero bytes), an empty
  // one inserted for it when absent; nullptr when it is not remembered.
  Slot* Lookup(std::string_view key) {
    if (last_ != nullptr && last_->key_len == key.size() &&
        std::memcmp(keys_.data() + last_->key_pos, key.data(), key.size()) == 0)
      return last_;
    value_ok_ = false;
    last_ = nullptr;
    if (key.size() > kMaxModulusBytes) return nullptr;
    const uint64_t hash = ModulusHash(key);
    if (Slot* s = Find(key, hash)) return last_ = s;
    // Emptied or grown only to insert: a modulus already held is found first.
    if (size_ >= kMaxModuli) Clear();
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    if (Slot* s = FreeSlot(slots_, hash, kMaxProbe)) {
      s->hash = hash;
      // Room for a full table of 3072-bit moduli at the first insertion:
      // address space only until used, and no copy of the arena each time
      // it would double (a copy into fresh pages, each a page fault: ~1,600
      // of them in a 100,000-certificate scan).
      if (keys_.capacity() < kArenaBytes) keys_.reserve(kArenaBytes);
      s->key_pos = static_cast<uint32_t>(keys_.size());
      s->key_len = static_cast<uint16_t>(key.size());
      keys_.append(key);
      ++size_;
      return last_ = s;
    }
    return nullptr;
  }

  // The modulus `key` as a GMP integer: converted once per looked-up key.
  mpz_srcptr Value(std::string_view key) {
    if (!value_ok_) {
      math::MpzFromMagnitude(der::Input(key), value_.get());
      value_ok_ = last_ != nullptr;  // a key not remembered is converted each time
    }
    return value_.get();
  }

  void SetFermat(Slot& s, uint32_t rounds, bool found, std::string p, std::string q) {
    s.known |= kFermat;
    s.fermat_rounds = rounds;
    if (!found) {
      s.found &= ~kFermat;
      return;
    }
    if (!(s.found & kFermat)) {  // else its factors' place is reused
      s.found |= kFermat;
      s.factors = static_cast<uint32_t>(factors_.size() / 2);
      factors_.resize(factors_.size() + 2);
    }
    factors_[2 * size_t{s.factors}] = std::move(p);
    factors_[2 * size_t{s.factors} + 1] = std::move(q);
  }
  const std::string& Factor(const Slot& s, int which) const { return factors_[2 * size_t{s.factors} + which]; }

  size_t size() const { return size_; }
  size_t computed = 0;

 private:
  Slot* Find(std::string_view key, uint64_t hash) { return FindSlot(slots_, keys_, key, hash, kMaxProbe); }

  void Clear() {
    for (Slot& s : slots_) s = Slot{};
    keys_.clear();
    factors_.clear();
    size_ = 0;
  }

  void Grow() { GrowSlots(slots_); }

  std::vector<Slot> slots_;           // a power of two, at most half full
  std::string keys_;                  // the moduli's bytes, back to back
  std::vector<std::string> factors_;  // Fermat's p and q, for the few moduli it factors
  size_t size_ = 0;
  Slot* last_ = nullptr;  // the slot Lookup returned last (valid until the next Lookup)
  math::Mpz value_;
  bool value_ok_ = false;  // value_ holds last_'s modulus
};

Table& ThreadTable() {
  thread_local Table table;
  return table;
}

std::string_view Key(der::Input modulus) {
  while (!modulus.empty() && modulus[0] == 0) modulus = modulus.sub(1);
  return modulus.AsStringView();
}

// `check`'s answer for `modulus`: from its slot, or computed by
// `compute(value)` and recorded there.
template <typename F>
bool Remembered(der::Input modulus, Check check, F&& compute) {
  Table& t = ThreadTable();
  const std::string_view key = Key(modulus);
  Slot* s = t.Lookup(key);
  if (s != nullptr && (s->known & check)) return s->found & check;
  ++t.computed;
  const bool found = compute(t.Value(key));
  if (s != nullptr) {
    s->known |= check;
    s->found = static_cast<uint8_t>(found ? s->found | check : s->found & ~check);
  }
  return found;
}

}  // namespace

bool HasFactorBelow752(der::Input modulus) {
  return Remembered(modulus, kSmallFactor, [](mpz_srcptr n) { return math::HasFactorBelow752(n); });
}

bool HasRocaFingerprint(der::Input modulus) {
  return Remembered(modulus, kRoca, [](mpz_srcptr n) { return util::HasRocaFingerprint(n); });
}

// Remembered for one number of rounds per modulus (a lint's configuration
// does not change within a run); another number recomputes and replaces it.
bool FermatFactor(der::Input modulus, int64_t rounds, std::string* p, std::string* q) {
  Table& t = ThreadTable();
  const std::string_view key = Key(modulus);
  if (rounds <= 0 || rounds > std::numeric_limits<uint32_t>::max() || key.size() > kMaxModulusBytes) {
    ++t.computed;
    return math::FermatFactor(der::Input(key), rounds, p, q);
  }
  Slot* s = t.Lookup(key);
  if (s != nullptr && (s->known & kFermat) && s->fermat_rounds == rounds) {
    if (!(s->found & kFermat)) return false;
    *p = t.Factor(*s, 0);
    *q = t.Factor(*s, 1);
    return true;
  }
  ++t.computed;
  std::string fp, fq;
  const bool found = math::FermatFactor(t.Value(key), rounds, &fp, &fq);
  if (found) *p = fp, *q = fq;
  if (s != nullptr) t.SetFermat(*s, static_cast<uint32_t>(rounds), found, std::move(fp), std::move(fq));
  return found;
}

size_t RememberedModuli() { return ThreadTable().size(); }
size_t ComputedChecks() { return ThreadTable().computed; }

}  // namespace cair::lints::util::rsa_memo
