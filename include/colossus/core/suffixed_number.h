// Numbers with size and count suffixes, the one parser for every count and byte size a user
// types: counts take SI suffixes ("15T" tokens = 15,000,000,000,000), byte sizes binary ones as
// nccl-tests' -b/-e read them ("1M" = "1MiB" = 1,048,576 B). A value outside the caller's range
// is an InputError naming the range; nothing is saturated, wrapped or silently truncated.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "colossus/core/error.h"

namespace colossus {

// A count: digits, an optional fraction, an optional power of ten and an optional suffix K, M, G,
// T or P (10^3 .. 10^15, either case): "4096", "64K", "1.5M", "15T", "15e12". It must be a whole
// number in [min, max].
std::int64_t parse_count(std::string_view text, const SourceLocation& where,
                         const std::string& field, std::int64_t min, std::int64_t max);

// A byte size: digits, an optional fraction and an optional binary suffix K, M, G, T or P
// (2^10 .. 2^50, either case), written bare as nccl-tests does or as KiB/Ki/KB ("1G", "1GiB" and
// "1GB" are all 2^30 B, as in nccl-tests); a trailing fraction of a byte is dropped, as nccl-tests
// does. It must lie in [min, max] bytes.
std::int64_t parse_byte_size(std::string_view text, const SourceLocation& where,
                             const std::string& field, std::int64_t min, std::int64_t max);

}  // namespace colossus
