// InputError formats itself once, so what() is the one line the user sees.
#include "colossus/core/error.h"

#include <fmt/format.h>

namespace colossus {
namespace {

std::string format_error(const SourceLocation& where, const std::string& field,
                         const std::string& message) {
  std::string text = where.file.empty() ? std::string("<input>") : where.file;
  if (where.line > 0) text += fmt::format(":{}", where.line);
  text += ": ";
  if (!field.empty()) text += field + ": ";
  return text + message;
}

}  // namespace

InputError::InputError(SourceLocation where, std::string field, std::string message)
    : std::runtime_error(format_error(where, field, message)),
      where_(std::move(where)),
      field_(std::move(field)),
      message_(std::move(message)) {}

}  // namespace colossus
