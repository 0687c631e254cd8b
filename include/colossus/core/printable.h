// Printable text for error messages. An error echoes input (a key, a value, a file name), and
// input can hold anything: a newline would split the one-line error, an ANSI escape would reach
// the terminal raw, a megabyte-long key would flood it. printable_one_line is what InputError
// applies to every part it formats, and what any other message that echoes input should use.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace colossus {

// `text` as one printable line: newlines, tabs and other control characters (C0, DEL and C1)
// become escapes ("\n", "\x1b", "\u009b"), and text beyond `max_bytes` (cut at a character
// boundary) is replaced by "... (N more bytes)".
std::string printable_one_line(std::string_view text, std::size_t max_bytes = 2048);

}  // namespace colossus
