// File: incident/write_priority.h
// Internal to src/incident: urgent writes before bulk work (issue 17).
//
// SQLite has one write lock per store. A halt, a resume, a timeline entry or
// an API write ("urgent": every ordinary transaction) must never wait for a
// bulk import's final transaction, which can run for tens of seconds. The
// two sides meet in a small side file, `<store>-priority`:
//  - an urgent writer that finds the store locked takes a shared lock on it
//    (open-file-description lock, so two connections of one process are as
//    separate as two processes) and holds it until its transaction ends;
//  - a bulk transaction asks every few milliseconds whether anyone holds
//    that lock; if so it rolls back (nothing of it was visible), waits for
//    the urgent writers to finish and starts its final step again.
// The bulk rows themselves are staged before that step, outside the lock.
#ifndef CAIR_INCIDENT_WRITE_PRIORITY_H_
#define CAIR_INCIDENT_WRITE_PRIORITY_H_

#include <chrono>
#include <string>

namespace cair::incident::internal {

class WritePriority {
 public:
  // `store_path` "" or ":memory:": no side file; every call is a no-op.
  explicit WritePriority(const std::string& store_path);
  ~WritePriority();
  WritePriority(const WritePriority&) = delete;
  WritePriority& operator=(const WritePriority&) = delete;

  // Urgent side: announce a wait for the write lock / end it. Idempotent.
  void Announce();
  void Withdraw();
  // Bulk side: does any other connection announce a wait?
  bool UrgentWaiting() const;
  // Bulk side: waits until no urgent writer announces, at most `limit`.
  void WaitUntilQuiet(std::chrono::milliseconds limit) const;

 private:
  int fd_ = -1;
  bool announced_ = false;
};

}  // namespace cair::incident::internal

#endif  // CAIR_INCIDENT_WRITE_PRIORITY_H_
