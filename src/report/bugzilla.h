// File: report/bugzilla.h
// Bugzilla REST (https://bmo.readthedocs.io/en/latest/api/core/v1/): add a
// comment, read a bug's comments and its Whiteboard. HTTP through
// cpp-httplib; the API key goes in the X-BUGZILLA-API-KEY header. Errors
// are values naming the URL and the HTTP status or JSON problem.
#ifndef CAIR_REPORT_BUGZILLA_H_
#define CAIR_REPORT_BUGZILLA_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "incident/store.h"

namespace cair::report {

struct BugzillaComment {
  int64_t id = 0, count = 0;  // count: the comment's number in the bug (0: the description)
  std::string creator, text;
  int64_t created_at = 0;
};

// Req §4.9: the Whiteboard's "Next update" date, case-insensitive, as
// "Next update 2025-02-01", "next update: 2025-02-01", or the older
// free-text "Next Update - 01-April 2019". nullopt when there is none.
std::optional<int64_t> ParseWhiteboardNextUpdate(const std::string& whiteboard);

// A comment that asks the CA something (it has a question mark).
bool LooksLikeQuestion(const std::string& text);

class BugzillaClient {
 public:
  // `base_url`: "https://bugzilla.mozilla.org" or "http://127.0.0.1:8080/prefix".
  BugzillaClient(std::string base_url, std::string api_key);
  // POST /rest/bug/BUG/comment with {"comment": markdown, "is_markdown": true};
  // returns the new comment's id.
  base::StatusOr<int64_t> AddComment(int64_t bug, const std::string& markdown);
  // POST /rest/bug/BUG/attachment: the file at `path` (an Appendix list too
  // long for a comment), base64-encoded into the JSON body as it is sent,
  // so that memory does not grow with the file (issue 18). Returns the new
  // attachment's id.
  base::StatusOr<int64_t> AddAttachment(int64_t bug, const std::string& path, const std::string& summary,
                                          const std::string& content_type);
  // GET /rest/bug/BUG/comment.
  base::StatusOr<std::vector<BugzillaComment>> Comments(int64_t bug);
  // GET /rest/bug/BUG: the Whiteboard field.
  base::StatusOr<std::string> Whiteboard(int64_t bug);

 private:
  base::StatusOr<std::string> Request(const std::string& method, const std::string& path, const std::string& body);
  base::StatusOr<int64_t> NewId(const std::string& path, const base::StatusOr<std::string>& body, const char* what);
  std::string scheme_host_, prefix_, api_key_;
};

}  // namespace cair::report

#endif  // CAIR_REPORT_BUGZILLA_H_
