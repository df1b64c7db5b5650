#include "corpus/batch_gcd.h"

#include <gmp.h>

#include <algorithm>
#include <memory>

namespace cair::corpus {
namespace {

// A fixed-size array of GMP integers that frees itself.
class MpzArray {
 public:
  explicit MpzArray(size_t n) : n_(n), v_(new __mpz_struct[n]) {
    for (size_t i = 0; i < n_; ++i) mpz_init(&v_[i]);
  }
  ~MpzArray() {
    for (size_t i = 0; i < n_; ++i) mpz_clear(&v_[i]);
  }
  MpzArray(const MpzArray&) = delete;
  MpzArray& operator=(const MpzArray&) = delete;
  MpzArray(MpzArray&& o) noexcept : n_(o.n_), v_(std::move(o.v_)) { o.n_ = 0; }
  MpzArray& operator=(MpzArray&& o) noexcept {
    std::swap(n_, o.n_);
    std::swap(v_, o.v_);
    return *this;
  }
  mpz_ptr operator[](size_t i) { return &v_[i]; }
  size_t size() const { return n_; }

 private:
  size_t n_;
  std::unique_ptr<__mpz_struct[]> v_;
};

void Import(const std::string& bytes, mpz_ptr out) { mpz_import(out, bytes.size(), 1, 1, 1, 0, bytes.data()); }

// levels[0] holds the leaves; each next level the pairwise products (an odd
// node out is carried up unchanged); the last level has one node.
std::vector<MpzArray> ProductTree(MpzArray leaves) {
  std::vector<MpzArray> levels;
  levels.push_back(std::move(leaves));
  while (levels.back().size() > 1) {
    MpzArray& below = levels.back();
    MpzArray up((below.size() + 1) / 2);
    for (size_t i = 0; i < up.size(); ++i) {
      if (2 * i + 1 < below.size()) mpz_mul(up[i], below[2 * i], below[2 * i + 1]);
      else mpz_set(up[i], below[2 * i]);
    }
    levels.push_back(std::move(up));
  }
  return levels;
}

void Report(const BatchGcdOptions& o, const std::string& s) {
  if (o.progress) o.progress(s);
}

}  // namespace

std::vector<size_t> BatchGcd(const std::vector<std::string>& moduli, const BatchGcdOptions& options) {
  std::vector<size_t> flagged;
  const size_t n = moduli.size();
  if (n < 2) return flagged;
  const size_t chunk = std::max<size_t>(options.chunk, 2);
  const size_t chunks = (n + chunk - 1) / chunk;
  auto leaves_of = [&](size_t c) {
    const size_t begin = c * chunk, end = std::min(n, begin + chunk);
    MpzArray leaves(end - begin);
    for (size_t i = begin; i < end; ++i) Import(moduli[i], leaves[i - begin]);
    return leaves;
  };
  const std::string of = "/" + std::to_string(chunks);

  // The chunk roots (with one chunk, the tree is kept for the descent).
  MpzArray roots(chunks);
  std::vector<MpzArray> kept;
  for (size_t c = 0; c < chunks; ++c) {
    Report(options, "chunk " + std::to_string(c + 1) + of + ": product tree");
    std::vector<MpzArray> tree = ProductTree(leaves_of(c));
    mpz_swap(roots[c], tree.back()[0]);
    if (chunks == 1) {
      mpz_set(tree.back()[0], roots[c]);
      kept = std::move(tree);
    }
  }

  MpzArray t(3);  // square of the chunk root, running product, scratch
  for (size_t c = 0; c < chunks; ++c) {
    std::vector<MpzArray> tree;
    if (chunks == 1) {
      tree = std::move(kept);
    } else {
      Report(options, "chunk " + std::to_string(c + 1) + of + ": product tree again");
      tree = ProductTree(leaves_of(c));
    }
    // P mod root^2, P the product of every chunk's root.
    Report(options, "chunk " + std::to_string(c + 1) + of + ": remainder tree");
    mpz_mul(t[0], tree.back()[0], tree.back()[0]);
    mpz_set_ui(t[1], 1);
    for (size_t j = 0; j < chunks; ++j) {
      mpz_mul(t[1], t[1], roots[j]);
      mpz_mod(t[1], t[1], t[0]);
    }
    MpzArray rem(1);
    mpz_swap(rem[0], t[1]);
    // Down the tree: each node's remainder is its parent's modulo the node's
    // square. Levels are freed as the descent leaves them.
    for (size_t level = tree.size() - 1; level-- > 0;) {
      MpzArray& nodes = tree[level];
      MpzArray next(nodes.size());
      for (size_t i = 0; i < nodes.size(); ++i) {
        mpz_mul(t[2], nodes[i], nodes[i]);
        mpz_mod(next[i], rem[i / 2], t[2]);
      }
      rem = std::move(next);
      tree.pop_back();
    }
    MpzArray& leaves = tree[0];
    for (size_t i = 0; i < leaves.size(); ++i) {
      mpz_divexact(t[2], rem[i], leaves[i]);
      mpz_gcd(t[2], t[2], leaves[i]);
      if (mpz_cmp_ui(t[2], 1) != 0) flagged.push_back(c * chunk + i);
    }
  }
  return flagged;
}

std::vector<SharedFactorPair> PairSharedFactors(const std::vector<std::string>& moduli,
                                                const std::vector<size_t>& flagged) {
  std::vector<SharedFactorPair> out;
  MpzArray v(flagged.size()), g(1);
  for (size_t i = 0; i < flagged.size(); ++i) Import(moduli[flagged[i]], v[i]);
  for (size_t i = 0; i < flagged.size(); ++i)
    for (size_t j = i + 1; j < flagged.size(); ++j) {
      mpz_gcd(g[0], v[i], v[j]);
      if (mpz_cmp_ui(g[0], 1) != 0)
        out.push_back({std::min(flagged[i], flagged[j]), std::max(flagged[i], flagged[j]), mpz_sizeinbase(g[0], 2)});
    }
  return out;
}

}  // namespace cair::corpus
