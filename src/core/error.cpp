// InputError formats itself once, so what() is the one line the user sees. Whatever the input
// was, that line is one line of printable text of bounded length: control characters (a newline
// in a YAML value, an ANSI escape in a key) are written as escapes such as \n and \x1b, and an
// echoed file name, field or message longer than a few kilobytes is cut with a note of how much
// was left out, so a hostile input can neither split the error nor reach the terminal raw.
#include "colossus/core/error.h"

#include <fmt/format.h>

#include "colossus/core/printable.h"

namespace colossus {
namespace {

// The most bytes of each part (file, field, message) an error line shows.
constexpr std::size_t kMaxPartBytes = 2048;

// Whether byte `i` of `text` starts a UTF-8 sequence (is not a continuation byte).
bool starts_character(std::string_view text, std::size_t i) {
  return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

}  // namespace

std::string printable_one_line(std::string_view text, std::size_t max_bytes) {
  std::size_t keep = text.size();
  if (keep > max_bytes) {
    keep = max_bytes;
    while (keep > 0 && !starts_character(text, keep)) --keep;
  }
  std::string out;
  out.reserve(keep + 16);
  for (std::size_t i = 0; i < keep; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02x}", c);
    } else if (c == 0xC2 && i + 1 < keep && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      // A C1 control character (U+0080..U+009F), which some terminals obey like ESC.
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(text[i + 1]));
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (keep < text.size()) out += fmt::format("... ({} more bytes)", text.size() - keep);
  return out;
}

namespace {

std::string format_error(const SourceLocation& where, const std::string& field,
                         const std::string& message) {
  std::string text =
      where.file.empty() ? std::string("<input>") : printable_one_line(where.file, kMaxPartBytes);
  if (where.line > 0) text += fmt::format(":{}", where.line);
  text += ": ";
  if (!field.empty()) text += printable_one_line(field, kMaxPartBytes) + ": ";
  return text + printable_one_line(message, kMaxPartBytes);
}

}  // namespace

InputError::InputError(SourceLocation where, std::string field, std::string message)
    : std::runtime_error(format_error(where, field, message)),
      where_(std::move(where)),
      field_(std::move(field)),
      message_(std::move(message)) {}

}  // namespace colossus
