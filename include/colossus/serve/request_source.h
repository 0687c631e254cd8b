// Where serving requests come from: a stream of (arrival time, prompt tokens, output tokens),
// pulled one at a time so that a million-request run holds only the requests in flight. Arrivals
// are Poisson at a rate, bursty (gamma-distributed gaps with a coefficient of variation), all at
// time zero (MLPerf "offline"), or read line by line from a CSV trace
// (arrival_s,prompt_tokens,output_tokens, an optional header); lengths are fixed, uniform,
// lognormal (mean and coefficient of variation) or the trace's. Streams are seeded and
// deterministic; the arrival and length draws use independent streams.
#pragma once

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include "colossus/core/error.h"
#include "colossus/core/random.h"

namespace colossus::serve {

// One request.
struct Request {
  std::uint64_t id = 0;
  double arrival = 0;  // seconds
  std::int64_t prompt = 0;
  std::int64_t output = 0;  // tokens to generate (>= 1)
};

// A length distribution: fixed (mean), uniform in [lo, hi], or lognormal with a mean and a
// coefficient of variation (std / mean). Draws are rounded and at least 1.
struct LengthDistribution {
  enum class Kind { fixed, uniform, lognormal };
  Kind kind = Kind::fixed;
  double mean = 0;        // fixed, lognormal
  double cv = 0;          // lognormal
  double lo = 0, hi = 0;  // uniform
  std::int64_t draw(Random& random) const;
  // Parses "512", "uniform:100:900" or "lognormal:1000:0.5"; InputError at `field` otherwise.
  static LengthDistribution parse(const std::string& text, const SourceLocation& where,
                                  const std::string& field);
  std::string describe() const;
};

// How requests arrive.
struct ArrivalProcess {
  enum class Kind { poisson, gamma, offline };
  Kind kind = Kind::poisson;
  double rate = 0;  // requests per second (poisson, gamma)
  double cv = 1;    // gamma: coefficient of variation of the gaps (1 = Poisson, > 1 bursty)
};

// A stream of requests in arrival order.
class RequestSource {
 public:
  virtual ~RequestSource() = default;
  // The next request, or nothing when the stream is over.
  virtual std::optional<Request> next() = 0;
};

// `count` requests from an arrival process and two length distributions, seeded.
std::unique_ptr<RequestSource> synthetic_source(ArrivalProcess arrivals, LengthDistribution prompt,
                                                LengthDistribution output, std::uint64_t count,
                                                std::uint64_t seed);

// A CSV trace, read as it is consumed. Bad lines (a missing, negative or non-numeric field,
// arrivals going back in time, a prompt + output longer than `max_model_len`) throw InputError
// naming the file, the line and the field. `count` > 0 stops after that many requests.
std::unique_ptr<RequestSource> trace_source(const std::string& path, std::int64_t max_model_len,
                                            std::uint64_t count = 0);

// A standard normal draw (Box-Muller) and a gamma draw (Marsaglia-Tsang), deterministic.
double normal_draw(Random& random);
double gamma_draw(Random& random, double shape);

}  // namespace colossus::serve
