// File: corpus/queue.h
// A bounded blocking queue between the reading thread, the workers and the
// consumer of a streaming pipeline: producers block when it is full, so
// memory stays bounded whatever the input size.
#ifndef CAIR_CORPUS_QUEUE_H_
#define CAIR_CORPUS_QUEUE_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>

namespace cair::corpus {

template <typename T>
class BoundedQueue {
 public:
  explicit BoundedQueue(size_t capacity) : capacity_(capacity) {}
  // The waiting side is woken after the lock is released, so that it does
  // not wake only to block on the mutex this side still holds.
  void Push(T item) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return items_.size() < capacity_; });
    items_.push_back(std::move(item));
    lock.unlock();
    not_empty_.notify_one();
  }
  // Returns false when the queue is closed and drained.
  bool Pop(T* out) {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !items_.empty() || closed_; });
    if (items_.empty()) return false;
    *out = std::move(items_.front());
    items_.pop_front();
    lock.unlock();
    not_full_.notify_one();
    return true;
  }
  // Pops an item if one is waiting, without blocking (a pool of spare
  // buffers: false when it is empty).
  bool TryPop(T* out) {
    std::lock_guard<std::mutex> lock(mu_);
    if (items_.empty()) return false;
    *out = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return true;
  }
  // Pushes `item` if there is room, without blocking; false (and `item`
  // untouched) when the queue is full.
  bool TryPush(T& item) {
    std::lock_guard<std::mutex> lock(mu_);
    if (items_.size() >= capacity_) return false;
    items_.push_back(std::move(item));
    not_empty_.notify_one();
    return true;
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<T> items_;
  size_t capacity_;
  bool closed_ = false;
};

}  // namespace cair::corpus

#endif  // CAIR_CORPUS_QUEUE_H_
