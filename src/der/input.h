// File: der/input.h
// `Input` is a non-owning view of bytes. Every parsed value in cair's DER and
// X.509 layers is an `Input` aliasing the caller's buffer: it is valid only
// while that buffer is.
#ifndef CAIR_DER_INPUT_H_
#define CAIR_DER_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace cair::der {

class Input {
 public:
  constexpr Input() = default;
  constexpr Input(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  explicit Input(std::string_view s)
      : data_(reinterpret_cast<const uint8_t*>(s.data())), size_(s.size()) {}

  constexpr const uint8_t* data() const { return data_; }
  constexpr size_t size() const { return size_; }
  constexpr bool empty() const { return size_ == 0; }
  constexpr const uint8_t* begin() const { return data_; }
  constexpr const uint8_t* end() const { return data_ + size_; }
  constexpr uint8_t operator[](size_t i) const { return data_[i]; }

  // Subview of `n` bytes at `offset`, clamped to the view.
  constexpr Input sub(size_t offset, size_t n = SIZE_MAX) const {
    if (offset > size_) offset = size_;
    if (n > size_ - offset) n = size_ - offset;
    return Input(data_ + offset, n);
  }

  std::string_view AsStringView() const {
    return std::string_view(reinterpret_cast<const char*>(data_), size_);
  }
  std::string AsString() const { return std::string(AsStringView()); }

  bool operator==(const Input& o) const {
    return size_ == o.size_ && (size_ == 0 || std::memcmp(data_, o.data_, size_) == 0);
  }
  bool operator!=(const Input& o) const { return !(*this == o); }
  bool operator<(const Input& o) const { return AsStringView() < o.AsStringView(); }

  // True if `inner` lies entirely within this view.
  bool Contains(Input inner) const {
    return inner.data_ >= data_ && inner.data_ + inner.size_ <= data_ + size_;
  }
  // Byte offset of `inner` within this view (caller guarantees Contains()).
  size_t OffsetOf(Input inner) const { return static_cast<size_t>(inner.data_ - data_); }

 private:
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
};

// Hex of `in`, upper-case, no separators.
std::string HexUpper(Input in);
std::string HexLower(Input in);

}  // namespace cair::der

#endif  // CAIR_DER_INPUT_H_
