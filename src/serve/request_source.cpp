// Request streams for the serving simulation: synthetic arrivals and lengths from seeded random
// streams, and CSV traces read line by line (request_source.h).
#include "colossus/serve/request_source.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <numbers>
#include <vector>

namespace colossus::serve {

double normal_draw(Random& random) {
  const double u1 = 1.0 - random.uniform();  // (0, 1]
  const double u2 = random.uniform();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double gamma_draw(Random& random, double shape) {
  if (shape < 1.0) {
    // Boost a shape below 1: G(a) = G(a + 1) U^(1/a).
    const double u = 1.0 - random.uniform();
    return gamma_draw(random, shape + 1.0) * std::pow(u, 1.0 / shape);
  }
  const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
  while (true) {
    double x, v;
    do {
      x = normal_draw(random);
      v = 1.0 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const double u = 1.0 - random.uniform();
    if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) return d * v;
  }
}

std::int64_t LengthDistribution::draw(Random& random) const {
  double x = mean;
  switch (kind) {
    case Kind::fixed:
      break;
    case Kind::uniform:
      x = lo + (hi - lo + 1) * random.uniform() - 0.5;
      break;
    case Kind::lognormal: {
      const double sigma2 = std::log(1.0 + cv * cv);
      const double mu = std::log(mean) - sigma2 / 2;
      x = std::exp(mu + std::sqrt(sigma2) * normal_draw(random));
      break;
    }
  }
  return std::max<std::int64_t>(1, std::llround(x));
}

namespace {

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = text.find(sep, start);
    parts.push_back(text.substr(start, at == std::string::npos ? at : at - start));
    if (at == std::string::npos) return parts;
    start = at + 1;
  }
}

// A finite number, or nothing.
std::optional<double> number(std::string text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r' || text.back() == '\t'))
    text.pop_back();
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  text = text.substr(first);
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
    return std::nullopt;
  return v;
}

}  // namespace

LengthDistribution LengthDistribution::parse(const std::string& text, const SourceLocation& where,
                                             const std::string& field) {
  const std::vector<std::string> p = split(text, ':');
  auto positive = [&](const std::string& s, bool integer) {
    const auto v = number(s);
    if (!v || *v <= 0 || (integer && *v != std::floor(*v)) || *v > 1e9)
      throw InputError(
          where, field,
          fmt::format("'{}' is not a {} in a length distribution (N, "
                      "uniform:LO:HI or lognormal:MEAN:CV)",
                      s, integer ? "positive whole number of tokens" : "positive number"));
    return *v;
  };
  LengthDistribution d;
  if (p.size() == 1) {
    d.mean = positive(p[0], true);
  } else if (p.size() == 3 && p[0] == "uniform") {
    d.kind = Kind::uniform;
    d.lo = positive(p[1], true);
    d.hi = positive(p[2], true);
    if (d.hi < d.lo) throw InputError(where, field, "uniform:LO:HI needs LO <= HI");
    d.mean = (d.lo + d.hi) / 2;
  } else if (p.size() == 3 && p[0] == "lognormal") {
    d.kind = Kind::lognormal;
    d.mean = positive(p[1], false);
    d.cv = positive(p[2], false);
  } else {
    throw InputError(where, field,
                     fmt::format("'{}' is not a length distribution: N, uniform:LO:HI or "
                                 "lognormal:MEAN:CV",
                                 text));
  }
  return d;
}

std::string LengthDistribution::describe() const {
  switch (kind) {
    case Kind::fixed:
      return fmt::format("{:g}", mean);
    case Kind::uniform:
      return fmt::format("uniform {:g}-{:g}", lo, hi);
    case Kind::lognormal:
      return fmt::format("lognormal mean {:g} cv {:g}", mean, cv);
  }
  return "";
}

namespace {

class SyntheticSource : public RequestSource {
 public:
  SyntheticSource(ArrivalProcess a, LengthDistribution p, LengthDistribution o, std::uint64_t count,
                  std::uint64_t seed)
      : arrivals_(a),
        prompt_(p),
        output_(o),
        count_(count),
        gaps_(Random(seed).split(1)),
        lengths_(Random(seed).split(2)) {}

  std::optional<Request> next() override {
    if (issued_ >= count_) return std::nullopt;
    Request r;
    r.id = issued_++;
    switch (arrivals_.kind) {
      case ArrivalProcess::Kind::offline:
        break;
      case ArrivalProcess::Kind::poisson:
        clock_ += gaps_.exponential(arrivals_.rate);
        break;
      case ArrivalProcess::Kind::gamma: {
        // Gaps of mean 1/rate and CV c: gamma of shape 1/c^2, scale c^2/rate.
        const double shape = 1.0 / (arrivals_.cv * arrivals_.cv);
        clock_ += gamma_draw(gaps_, shape) / (shape * arrivals_.rate);
        break;
      }
    }
    r.arrival = clock_;
    r.prompt = prompt_.draw(lengths_);
    r.output = output_.draw(lengths_);
    return r;
  }

 private:
  ArrivalProcess arrivals_;
  LengthDistribution prompt_, output_;
  std::uint64_t count_, issued_ = 0;
  Random gaps_, lengths_;
  double clock_ = 0;
};

class TraceSource : public RequestSource {
 public:
  TraceSource(const std::string& path, std::int64_t max_len, std::uint64_t count)
      : path_(path), in_(path), max_len_(max_len), count_(count) {
    if (!in_) throw InputError({path, 0}, "--trace", "cannot open the trace file");
  }

  std::optional<Request> next() override {
    if (count_ > 0 && issued_ >= count_) return std::nullopt;
    std::string line;
    while (std::getline(in_, line)) {
      ++line_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
      const std::vector<std::string> f = split(line, ',');
      if (line_ == 1 && !number(f[0])) continue;  // a header
      const SourceLocation at{path_, line_};
      if (f.size() != 3)
        throw InputError(at, "line",
                         fmt::format("expected 3 fields arrival_s,prompt_tokens,output_tokens; "
                                     "found {}",
                                     f.size()));
      static const char* kFields[] = {"arrival_s", "prompt_tokens", "output_tokens"};
      double v[3];
      for (int i = 0; i < 3; ++i) {
        const auto x = number(f[i]);
        if (!x) throw InputError(at, kFields[i], fmt::format("'{}' is not a number", f[i]));
        const bool length = i > 0;
        if (*x < (length ? 1 : 0) || (length && *x != std::floor(*x)) || *x > 1e12)
          throw InputError(at, kFields[i],
                           fmt::format("{} must be {}; found {}", kFields[i],
                                       length ? "a whole number >= 1" : ">= 0", f[i]));
        v[i] = *x;
      }
      if (v[0] < last_)
        throw InputError(
            at, "arrival_s",
            fmt::format("arrivals must not go back in time ({} after {})", v[0], last_));
      Request r{issued_++, v[0], static_cast<std::int64_t>(v[1]), static_cast<std::int64_t>(v[2])};
      if (r.prompt + r.output > max_len_)
        throw InputError(at, r.prompt > max_len_ ? "prompt_tokens" : "output_tokens",
                         fmt::format("prompt {} + output {} tokens exceed the model's context of "
                                     "{} tokens (--max-model-len)",
                                     r.prompt, r.output, max_len_));
      last_ = v[0];
      return r;
    }
    if (issued_ == 0) throw InputError({path_, line_}, "--trace", "the trace holds no requests");
    return std::nullopt;
  }

 private:
  std::string path_;
  std::ifstream in_;
  std::int64_t max_len_;
  std::uint64_t count_, issued_ = 0;
  int line_ = 0;
  double last_ = 0;
};

}  // namespace

std::unique_ptr<RequestSource> synthetic_source(ArrivalProcess arrivals, LengthDistribution prompt,
                                                LengthDistribution output, std::uint64_t count,
                                                std::uint64_t seed) {
  return std::make_unique<SyntheticSource>(arrivals, prompt, output, count, seed);
}

std::unique_ptr<RequestSource> trace_source(const std::string& path, std::int64_t max_model_len,
                                            std::uint64_t count) {
  return std::make_unique<TraceSource>(path, max_model_len, count);
}

}  // namespace colossus::serve
