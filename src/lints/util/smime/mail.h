// File: lints/util/smime/mail.h
// Mailbox-address syntax as zlint's S/MIME lints test it (S/MIME BRs
// 7.1.4.2.1, 7.1.4.2.2 a/h): with Go's net/mail.ParseAddress, which reads
// one RFC 5322 address (an addr-spec, a name-addr "Name <a@b>", or a group
// "G: a@b;" holding exactly one mailbox), with Go's particular leniencies:
// dot-atoms in display names, comments skipped, UTF-8 allowed (RFC 6532),
// domain literals that must hold an IP address, and RFC 2047 encoded words
// in the display name that fail on an unknown charset.
#ifndef CAIR_LINTS_UTIL_SMIME_MAIL_H_
#define CAIR_LINTS_UTIL_SMIME_MAIL_H_

#include <optional>
#include <string>
#include <string_view>

namespace cair::lints::util::smime {

// net/mail.ParseAddress: the parsed address's addr-spec ("local@domain",
// a quoted local part unquoted), or nullopt when Go reports an error.
std::optional<std::string> ParseMailAddress(std::string_view text);

// zlint's util.IsMailboxAddress: `text` parses and is exactly its addr-spec.
bool IsMailboxAddress(std::string_view text);

}  // namespace cair::lints::util::smime

#endif  // CAIR_LINTS_UTIL_SMIME_MAIL_H_
