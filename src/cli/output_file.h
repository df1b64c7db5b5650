// File: cli/output_file.h
// Writing an output file so that a failure (a full disk, a file-size limit,
// a killed process) never leaves a truncated file where a complete one is
// expected (issue 17): the text goes to a temporary file beside the target,
// is synced, and replaces the target by rename. A target that exists and is
// not a regular file (/dev/stdout, a pipe) is written in place, every write
// checked.
#ifndef CAIR_CLI_OUTPUT_FILE_H_
#define CAIR_CLI_OUTPUT_FILE_H_

#include <streambuf>
#include <ostream>
#include <string>

namespace cair::cli {

// False with `*error` ("PATH: No space left on device") when the text is not
// all written; the target is then as it was.
bool WriteOutputFile(const std::string& path, const std::string& text, std::string* error);

// The same guarantee for text that is streamed rather than held whole (a
// report or an export of millions of certificates, issue 18): write to
// stream(), then Commit(). Destroyed uncommitted (an error on the way), the
// temporary file is removed and the target is as it was. The first write
// error's reason ("No space left on device") is kept for the message.
class OutputFile {
 public:
  OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();
  // False with `*error` when the temporary (or the non-regular target) cannot be opened.
  bool Open(const std::string& path, std::string* error);
  std::ostream& stream() { return out_; }
  // Flushes, syncs and renames; false with `*error` ("PATH: reason").
  bool Commit(std::string* error);
  // "PATH: reason" of the first failed write, or "" while none failed.
  std::string WriteError() const;

 private:
  class FdBuf : public std::streambuf {
   public:
    FdBuf();
    int fd = -1;
    int error = 0;  // errno of the first failed write
    bool Drain();
   protected:
    int_type overflow(int_type c) override;
    int sync() override { return Drain() ? 0 : -1; }
   private:
    char buf_[1 << 16];
  };
  std::string path_, tmp_;  // tmp_ empty: written in place
  FdBuf buf_;
  std::ostream out_;
  bool committed_ = false;
};

}  // namespace cair::cli

#endif  // CAIR_CLI_OUTPUT_FILE_H_
