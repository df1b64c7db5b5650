// File: x509/base64.h
// RFC 4648 base64 decoding for the scan's hot path: into a buffer the caller
// reuses, 32 characters a step with AVX2 where the CPU has it (checked once
// at run time), 4 characters to 3 bytes a step with tables otherwise, and a
// PEM line break (LF or CRLF) after any whole quantum skipped without
// leaving the fast path.
#ifndef CAIR_X509_BASE64_H_
#define CAIR_X509_BASE64_H_

#include <string>
#include <string_view>

namespace cair::x509 {

// Replaces `*out` with the bytes `text` encodes, ignoring ASCII white space
// (space, tab, CR, LF) anywhere. Padding ('=') may only be followed by more
// padding or white space, at most two '=' in all, and no single character
// may be left over; bits after the last whole byte are not checked. False on
// a bad character or bad padding (then `*out` holds no meaningful value).
// Reuses `*out`'s capacity: no allocation once it has held an object as large.
bool DecodeBase64To(std::string_view text, std::string* out);

}  // namespace cair::x509

#endif  // CAIR_X509_BASE64_H_
