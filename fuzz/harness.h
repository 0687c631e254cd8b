// What every Colossus fuzz harness checks about one input: loading it either succeeds or throws
// InputError whose message is exactly one printable line (no newline, no control character, a
// bounded length). Any other exception escapes to libFuzzer and is reported as a crash, as are
// sanitizer findings (ASan, UBSan with float-cast-overflow), timeouts (-timeout) and memory
// beyond -rss_limit_mb.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "colossus/core/error.h"

namespace colossus::fuzz {

// Aborts (a libFuzzer crash) when an error message is not one printable line of bounded size.
inline void check_message(const InputError& e) {
  const std::string message = e.what();
  if (message.size() > 16 * 1024) {
    std::fprintf(stderr, "error message of %zu bytes\n", message.size());
    std::abort();
  }
  for (const char c : message) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 || b == 0x7F) {
      std::fprintf(stderr, "control byte 0x%02x in error message: %s\n", b, message.c_str());
      std::abort();
    }
  }
}

// Runs `load` on the input as text; InputError is the expected way to refuse it.
template <class Load>
int run(const std::uint8_t* data, std::size_t size, Load&& load) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    load(text);
  } catch (const InputError& e) {
    check_message(e);
  }
  return 0;
}

}  // namespace colossus::fuzz
