// File: corpus/digest.h
// SHA-256 for the scan's hot path and the set of digests a scan has seen.
//
// Sha256Hasher keeps one OpenSSL digest context for its whole life: OpenSSL
// 3's one-shot SHA256() goes through EVP_Q_digest, which fetches the
// algorithm by name and allocates a context on every call (under a lock
// shared by all threads). Reusing them leaves the SHA-NI / AVX2 compression
// function as the only per-object cost.
//
// DigestSet de-duplicates a corpus by SHA-256 in a flat open-addressing
// table of each digest's first 128 bits (16 bytes a slot, at most 3/4
// full): about 21-43 bytes per distinct object instead of a node set's ~72,
// and no allocation per insertion. Two objects count as one only when 128
// bits of their SHA-256 agree (2^-128 for a given pair; 10^-20 for a corpus
// of 10^9 distinct objects).
#ifndef CAIR_CORPUS_DIGEST_H_
#define CAIR_CORPUS_DIGEST_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

typedef struct evp_md_st EVP_MD;
typedef struct evp_md_ctx_st EVP_MD_CTX;

namespace cair::corpus {

class Sha256Hasher {
 public:
  Sha256Hasher();
  ~Sha256Hasher();
  Sha256Hasher(const Sha256Hasher&) = delete;
  Sha256Hasher& operator=(const Sha256Hasher&) = delete;
  // Writes the 32-byte SHA-256 of `data` to `out`.
  void Digest(const void* data, size_t size, uint8_t* out);

 private:
  EVP_MD* md_;
  EVP_MD_CTX* ctx_;
};

class DigestSet {
 public:
  // Room for `expected` digests before the table first grows.
  explicit DigestSet(size_t expected = 0);
  // Adds `digest`; false when it was already in the set.
  bool Insert(const std::array<uint8_t, 32>& digest);
  size_t size() const { return size_; }
  // Bytes held by the table.
  size_t capacity_bytes() const { return slots_.size() * sizeof(Slot); }

 private:
  struct Slot {
    uint64_t a = 0, b = 0;  // the digest's first 16 bytes; 0, 0 is an empty slot
  };
  void Grow();
  bool Place(std::vector<Slot>& slots, Slot s);  // false: already there

  std::vector<Slot> slots_;
  size_t size_ = 0;
  bool has_zero_ = false;  // the (improbable) digest whose first 16 bytes are 0
};

}  // namespace cair::corpus

#endif  // CAIR_CORPUS_DIGEST_H_
