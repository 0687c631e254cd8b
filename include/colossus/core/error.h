// Errors. InputError is what bad input becomes: it names the file, the line, the field and what
// was expected, and the CLI prints it as one line and exits with code 2. Anything else that
// escapes is a bug in Colossus, not in the input.
#pragma once

#include <stdexcept>
#include <string>

namespace colossus {

// Where a value came from: a file (or "<command line>", "<preset>") and a 1-based line (0:
// unknown).
struct SourceLocation {
  std::string file;
  int line = 0;
};

// Bad input: prints as "file:line: field: message".
class InputError : public std::runtime_error {
 public:
  InputError(SourceLocation where, std::string field, std::string message);

  const SourceLocation& where() const { return where_; }
  const std::string& field() const { return field_; }
  const std::string& message() const { return message_; }

 private:
  SourceLocation where_;
  std::string field_;
  std::string message_;
};

// The exit code of the `colossus` command for bad input.
inline constexpr int kExitBadInput = 2;

}  // namespace colossus
