#include "corpus/digest.h"

#include <openssl/evp.h>

#include <cstdlib>
#include <cstring>

namespace cair::corpus {

Sha256Hasher::Sha256Hasher() : md_(EVP_MD_fetch(nullptr, "SHA256", nullptr)), ctx_(EVP_MD_CTX_new()) {
  if (!md_ || !ctx_) std::abort();  // libcrypto without SHA-256 or out of memory: nothing can be scanned
}

Sha256Hasher::~Sha256Hasher() {
  EVP_MD_CTX_free(ctx_);
  EVP_MD_free(md_);
}

void Sha256Hasher::Digest(const void* data, size_t size, uint8_t* out) {
  unsigned int len = 0;
  if (!EVP_DigestInit_ex2(ctx_, md_, nullptr) || !EVP_DigestUpdate(ctx_, data, size) ||
      !EVP_DigestFinal_ex(ctx_, out, &len) || len != 32)
    std::abort();  // cannot fail for SHA-256 short of memory corruption
}

DigestSet::DigestSet(size_t expected) {
  size_t slots = 1024;
  while (slots / 4 * 3 < expected) slots *= 2;
  slots_.resize(slots);
}

bool DigestSet::Place(std::vector<Slot>& slots, Slot s) {
  // The digest is uniformly distributed: its low bits are the hash.
  const size_t mask = slots.size() - 1;
  for (size_t i = s.b & mask;; i = (i + 1) & mask) {
    Slot& t = slots[i];
    if (t.a == 0 && t.b == 0) {
      t = s;
      return true;
    }
    if (t.a == s.a && t.b == s.b) return false;
  }
}

void DigestSet::Grow() {
  std::vector<Slot> bigger(slots_.size() * 2);
  for (const Slot& s : slots_)
    if (s.a != 0 || s.b != 0) Place(bigger, s);
  slots_.swap(bigger);
}

bool DigestSet::Insert(const std::array<uint8_t, 32>& digest) {
  Slot s;
  std::memcpy(&s.a, digest.data(), 8);
  std::memcpy(&s.b, digest.data() + 8, 8);
  if (s.a == 0 && s.b == 0) {
    if (has_zero_) return false;
    has_zero_ = true;
    ++size_;
    return true;
  }
  if ((size_ + 1) > slots_.size() / 4 * 3) Grow();
  if (!Place(slots_, s)) return false;
  ++size_;
  return true;
}

}  // namespace cair::corpus
