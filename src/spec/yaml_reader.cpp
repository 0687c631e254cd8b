// YamlReader: parsing with yaml-cpp, then typed access that turns every kind of bad value into
// one InputError line (file:line: field.path: what was expected, got what). Numbers are parsed
// from the scalar text with std::from_chars so that overflow, NaN and infinity are caught and
// reported as such rather than wrapped or rounded.
#include "colossus/spec/yaml_reader.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <system_error>

#include "colossus/core/printable.h"
#include "colossus/spec/spec_file.h"

namespace colossus {
namespace {

// yaml-cpp marks are 0-based; a node built without a position has line -1.
int line_of(const YAML::Node& node, int fallback) {
  const YAML::Mark mark = node.Mark();
  return mark.line >= 0 ? mark.line + 1 : fallback;
}

// A scalar written in quotes is a string even if it looks like a number.
bool is_quoted(const YAML::Node& node) {
  return node.Tag() == "!";
}

// Formats a bound for messages: integers without a decimal point, others as short as exact.
std::string format_bound(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15)
    return fmt::format("{}", static_cast<long long>(v));
  return fmt::format("{}", v);
}

// The first offset of a byte that cannot be in UTF-8 text (NUL, or a malformed sequence).
std::optional<std::size_t> first_binary_byte(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0) return i;
    int extra = 0;
    if (c < 0x80) {
      extra = 0;
    } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
      extra = 1;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
    } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
      extra = 3;
    } else {
      return i;
    }
    if (extra > 0 && i + extra >= text.size()) return i;
    for (int k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
    }
    i += extra + 1;
  }
  return std::nullopt;
}

// Whether a document holds nothing but whitespace and comments.
bool is_blank(std::string_view text) {
  bool in_comment = false;
  for (char c : text) {
    if (c == '\n') {
      in_comment = false;
    } else if (in_comment) {
      continue;
    } else if (c == '#') {
      in_comment = true;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') {
      return false;
    }
  }
  return true;
}

// Parses "NAME: text" for numbers. Returns the value, or an error describing the text.
struct ParsedNumber {
  double value = 0.0;
  std::string error;  // empty on success
};

ParsedNumber parse_double(const std::string& raw) {
  std::string text = raw;
  if (!text.empty() && text[0] == '+') text.erase(0, 1);
  static const std::set<std::string> nans = {".nan", ".NaN", ".NAN", "nan", "NaN", "NAN"};
  static const std::set<std::string> infs = {".inf", ".Inf", ".INF",     "inf",
                                             "Inf",  "INF",  "infinity", "Infinity"};
  if (nans.count(text)) return {0.0, "NaN"};
  std::string unsigned_text = text;
  if (!unsigned_text.empty() && unsigned_text[0] == '-') unsigned_text.erase(0, 1);
  if (infs.count(unsigned_text)) return {0.0, text[0] == '-' ? "-infinity" : "infinity"};
  double v = 0.0;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(first, last, v, std::chars_format::general);
  if (text.empty() || ptr != last) return {0.0, fmt::format("\"{}\"", raw)};
  if (ec == std::errc::result_out_of_range) {
    return {0.0, fmt::format("{} (too large or too small for a number)", raw)};
  }
  if (ec != std::errc()) return {0.0, fmt::format("\"{}\"", raw)};
  if (std::isnan(v)) return {0.0, "NaN"};
  if (std::isinf(v)) return {0.0, v < 0 ? "-infinity" : "infinity"};
  return {v, ""};
}

// How deep lists and mappings may nest, and how many nodes a document may hold once every
// alias is expanded. Specs nest a handful of levels and hold a few thousand nodes; the limits
// keep every walk of a document (checks, line tables) bounded in time, stack and memory.
constexpr int kMaxDepth = 64;
constexpr std::uint64_t kMaxExpandedNodes = 200000;

// Checks a document's event stream before any node is built: nesting depth, the number of
// nodes with every alias expanded (an "alias bomb" of nested references grows exponentially),
// aliases to a node that contains them (a cycle), and a parser that stopped advancing
// (yaml-cpp returns an empty document forever at a stray ',', ']' or '}' outside any list).
class DocumentCheck : public YAML::EventHandler {
 public:
  DocumentCheck(const std::string& file, const std::string& text) : file_(file), text_(text) {}

  // The number of documents seen, and the line of the second one's first node (or of its "---").
  int documents() const { return documents_; }
  int second_document_line() const { return second_line_ > 0 ? second_line_ : second_start_line_; }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (documents_ > 0 && mark.pos == last_start_.pos) {
      // Nothing was consumed since the last document: the parser is stuck at this character.
      const std::string what =
          mark.pos >= 0 && static_cast<std::size_t>(mark.pos) < text_.size()
              ? fmt::format("\"{}\"", printable_one_line(text_.substr(mark.pos, 1)))
              : std::string("text");
      throw InputError(
          {file_, mark.line + 1}, "",
          fmt::format("malformed YAML: unexpected {} outside any list or mapping", what));
    }
    ++documents_;
    if (documents_ == 2) second_start_line_ = mark.line + 1;
    last_start_ = mark;
    stack_.clear();
    sizes_.clear();
    expanded_ = 0;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    leaf(mark, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    for (const Open& open : stack_) {
      if (open.anchor == anchor) {
        throw InputError({file_, mark.line + 1}, "",
                         fmt::format("malformed YAML: alias *{} refers to a node that contains "
                                     "it (a cycle), expected a reference to a finished node",
                                     name_of(anchor)));
      }
    }
    const auto it = sizes_.find(anchor);
    add(mark, it == sizes_.end() ? 1 : it->second);
  }
  void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_name_ = name; }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  // A list or mapping not yet closed: its anchor and its expanded size so far.
  struct Open {
    YAML::anchor_t anchor = YAML::NullAnchor;
    std::uint64_t size = 1;
  };

  // Names the anchor the parser just announced with this id.
  void name_anchor(YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor && !pending_name_.empty()) names_[anchor] = pending_name_;
    pending_name_.clear();
  }
  std::string name_of(YAML::anchor_t anchor) const {
    const auto it = names_.find(anchor);
    return printable_one_line(it == names_.end() ? std::string("?") : it->second, 100);
  }
  // Counts `count` expanded nodes into the enclosing collection and the document.
  void add(const YAML::Mark& mark, std::uint64_t count) {
    if (documents_ == 2 && second_line_ == 0) second_line_ = mark.line + 1;
    expanded_ += count;
    if (!stack_.empty()) stack_.back().size += count;
    if (expanded_ > kMaxExpandedNodes) {
      throw InputError({file_, mark.line + 1}, "",
                       fmt::format("malformed YAML: more than {} nodes with aliases expanded, "
                                   "expected a spec (are aliases nested in aliases?)",
                                   kMaxExpandedNodes));
    }
  }
  void leaf(const YAML::Mark& mark, YAML::anchor_t anchor) {
    name_anchor(anchor);
    add(mark, 1);
    if (anchor != YAML::NullAnchor) sizes_[anchor] = 1;
  }
  void open(const YAML::Mark& mark, YAML::anchor_t anchor) {
    name_anchor(anchor);
    if (static_cast<int>(stack_.size()) >= kMaxDepth) {
      throw InputError(
          {file_, mark.line + 1}, "",
          fmt::format("malformed YAML: lists and mappings nested more than {} deep", kMaxDepth));
    }
    if (documents_ == 2 && second_line_ == 0) second_line_ = mark.line + 1;
    ++expanded_;
    stack_.push_back({anchor, 1});
  }
  void close() {
    if (stack_.empty()) return;
    const Open done = stack_.back();
    stack_.pop_back();
    if (!stack_.empty()) stack_.back().size += done.size;
    if (done.anchor != YAML::NullAnchor) sizes_[done.anchor] = done.size;
  }

  const std::string& file_;
  const std::string& text_;
  int documents_ = 0;
  int second_line_ = 0;        // first node of the second document
  int second_start_line_ = 0;  // its start ("---")
  YAML::Mark last_start_ = YAML::Mark::null_mark();
  std::vector<Open> stack_;
  std::map<YAML::anchor_t, std::uint64_t> sizes_;  // expanded size of each finished anchor
  std::map<YAML::anchor_t, std::string> names_;    // the name written after each '&'
  std::string pending_name_;
  std::uint64_t expanded_ = 0;
};

}  // namespace

// ---- ranges ----------------------------------------------------------------------------------

NumberRange NumberRange::positive(double max) {
  return {0.0, max, true};
}

NumberRange NumberRange::non_negative(double max) {
  return {0.0, max, false};
}

NumberRange NumberRange::between(double lo, double hi) {
  return {lo, hi, false};
}

bool NumberRange::contains(double v) const {
  if (std::isnan(v)) return false;
  if (min_exclusive ? !(v > min) : !(v >= min)) return false;
  return v <= max;
}

std::string NumberRange::describe() const {
  const bool has_min = min > -std::numeric_limits<double>::max();
  const bool has_max = max < std::numeric_limits<double>::max();
  if (has_min && has_max && !min_exclusive) {
    return fmt::format("a number in [{}, {}]", format_bound(min), format_bound(max));
  }
  std::string text = "a number";
  if (has_min) text += fmt::format(" {} {}", min_exclusive ? ">" : ">=", format_bound(min));
  if (has_max) text += fmt::format("{} <= {}", has_min ? " and" : "", format_bound(max));
  return text;
}

IntRange IntRange::positive(std::int64_t max) {
  return {1, max};
}

IntRange IntRange::non_negative(std::int64_t max) {
  return {0, max};
}

IntRange IntRange::between(std::int64_t lo, std::int64_t hi) {
  return {lo, hi};
}

bool IntRange::contains(std::int64_t v) const {
  return v >= min && v <= max;
}

std::string IntRange::describe() const {
  const bool has_min = min > std::numeric_limits<std::int64_t>::min();
  const bool has_max = max < std::numeric_limits<std::int64_t>::max();
  if (has_min && has_max) return fmt::format("an integer in [{}, {}]", min, max);
  if (has_min) return fmt::format("an integer >= {}", min);
  if (has_max) return fmt::format("an integer <= {}", max);
  return "an integer";
}

// ---- suggestions -----------------------------------------------------------------------------

int edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: Levenshtein plus the swap of two adjacent letters, the commonest
  // typo ("nvsl" for "nvls").
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& allowed) {
  // A name of hundreds of letters is not a typo (and the distance table of a megabyte-long key
  // would not fit in memory).
  if (word.size() > 256) return std::nullopt;
  // A typo is at most a third of the word's letters (at least 1, at most 3) away.
  const int limit = std::clamp(static_cast<int>(word.size()) / 3, 1, 3);
  std::optional<std::string> best;
  int best_distance = limit + 1;
  for (const auto& candidate : allowed) {
    const int d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  if (best) return best;
  // A wrong unit suffix ("tdp_watts" for "tdp_w"): the same name before the last '_'.
  auto stem = [](std::string_view s) {
    const auto underscore = s.rfind('_');
    return underscore == std::string_view::npos ? std::string_view() : s.substr(0, underscore);
  };
  best_distance = std::numeric_limits<int>::max();
  for (const auto& candidate : allowed) {
    if (stem(word).empty() || stem(word) != stem(candidate)) continue;
    const int d = edit_distance(word, candidate);
    if (d < best_distance) {
      best_distance = d;
      best = candidate;
    }
  }
  return best;
}

// ---- loading ---------------------------------------------------------------------------------

YamlReader::YamlReader(YAML::Node node, std::shared_ptr<const std::string> file, std::string path,
                       int line, bool pinned)
    : node_(std::move(node)),
      file_(std::move(file)),
      path_(std::move(path)),
      line_(line),
      pinned_(pinned) {}

int YamlReader::key_line(const YAML::Node& key) const {
  return key_pinned(key) ? line_ : line_of(key, line_);
}

bool YamlReader::key_pinned(const YAML::Node& key) const {
  return pinned_ || key.Mark().is_null();
}

YamlReader YamlReader::overlay_on(const YamlReader& base, std::string_view skip) const {
  expect_map();
  base.expect_map();
  YAML::Node merged(YAML::NodeType::Map);
  for (auto it = base.node_.begin(); it != base.node_.end(); ++it) {
    const std::string key = it->first.Scalar();
    if (key == skip || has(key)) continue;
    // A fresh key node has no position: its value is reported at this node's line.
    merged.force_insert(YAML::Node(key), it->second);
  }
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == skip) continue;
    merged.force_insert(it->first, it->second);
  }
  return YamlReader(merged, file_, path_, line_, pinned_);
}

YamlReader YamlReader::from_file(const std::filesystem::path& path, std::string display_name) {
  if (display_name.empty()) display_name = path.string();
  const std::string text = read_spec_file(path, display_name, "a YAML file");
  return from_string(text, std::move(display_name));
}

YamlReader YamlReader::from_string(std::string_view text, std::string file_name) {
  if (auto at = first_binary_byte(text)) {
    throw InputError({file_name, 0}, "",
                     fmt::format("binary data at byte {}, expected a YAML text file", *at));
  }
  if (is_blank(text)) {
    throw InputError({file_name, 0}, "", "file is empty, expected a YAML mapping");
  }
  const std::string owned(text);
  YAML::Node document;
  try {
    // First the event stream alone: shape and size are checked before any node is built or
    // walked; then the first (only) document is built.
    std::istringstream events(owned);
    YAML::Parser parser(events);
    DocumentCheck check(file_name, owned);
    for (int i = 0; i < 3 && parser.HandleNextDocument(check); ++i) {
    }
    if (check.documents() > 1) {
      throw InputError({file_name, check.second_document_line()}, "",
                       "a second YAML document (after ---), expected one");
    }
    document = YAML::Load(owned);
  } catch (const YAML::DeepRecursion& e) {
    throw InputError(
        {file_name, e.mark.line >= 0 ? e.mark.line + 1 : 0}, "",
        fmt::format("malformed YAML: lists and mappings nested more than {} deep", kMaxDepth));
  } catch (const YAML::Exception& e) {
    const int line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
    throw InputError({file_name, line}, "", "malformed YAML: " + e.msg);
  }
  if (document.IsNull()) {
    throw InputError({file_name, 0}, "", "file is empty, expected a YAML mapping");
  }
  auto file = std::make_shared<const std::string>(std::move(file_name));
  const int line = line_of(document, 1);
  return YamlReader(document, std::move(file), "", line, false);
}

// ---- description and errors ------------------------------------------------------------------

std::string YamlReader::field_path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

SourceLocation YamlReader::location_of(std::string_view key) const {
  if (node_.IsMap()) {
    if (auto found = lookup(key)) return {*file_, found->line};
  }
  return location();
}

std::string YamlReader::describe() const {
  switch (node_.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return "nothing (null)";
    case YAML::NodeType::Map:
      return "a mapping";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Scalar:
      break;
  }
  const std::string& text = node_.Scalar();
  if (is_quoted(node_)) return fmt::format("the string \"{}\"", text);
  if (parse_double(text).error.empty()) return text;
  if (text == "true" || text == "false") return text;
  return fmt::format("\"{}\"", text);
}

void YamlReader::fail(const std::string& message) const {
  throw InputError(location(), path_, message);
}

void YamlReader::fail_at(std::string_view key, const std::string& message) const {
  throw InputError(location_of(key), field_path(key), message);
}

// ---- structure -------------------------------------------------------------------------------

void YamlReader::expect_map() const {
  if (!node_.IsMap()) fail(fmt::format("expected a mapping, got {}", describe()));
}

void YamlReader::expect_keys(std::initializer_list<std::string_view> required,
                             std::initializer_list<std::string_view> optional) const {
  expect_keys(std::vector<std::string>(required.begin(), required.end()),
              std::vector<std::string>(optional.begin(), optional.end()));
}

void YamlReader::expect_keys(const std::vector<std::string>& required,
                             const std::vector<std::string>& optional) const {
  expect_map();
  std::vector<std::string> allowed = required;
  allowed.insert(allowed.end(), optional.begin(), optional.end());
  std::set<std::string> seen;
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    const int line = key_line(it->first);
    if (!it->first.IsScalar()) {
      throw InputError({*file_, line}, path_, "a key must be a plain name, got a complex key");
    }
    const std::string key = it->first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      std::string message = "unknown key";
      if (auto suggestion = closest_match(key, allowed)) {
        message += fmt::format("; did you mean \"{}\"?", *suggestion);
      } else {
        std::vector<std::string> sorted = allowed;
        std::sort(sorted.begin(), sorted.end());
        message += fmt::format("; expected one of: {}", fmt::join(sorted, ", "));
      }
      throw InputError({*file_, line}, field_path(key), message);
    }
    if (!seen.insert(key).second) {
      throw InputError({*file_, line}, field_path(key), "duplicate key");
    }
  }
  for (const auto& key : required) {
    if (!seen.count(key)) throw InputError(location(), field_path(key), "missing required field");
  }
}

std::optional<YamlReader::Found> YamlReader::lookup(std::string_view key) const {
  expect_map();
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) {
      return Found{it->second, key_line(it->first), key_pinned(it->first)};
    }
  }
  return std::nullopt;
}

bool YamlReader::has(std::string_view key) const {
  return lookup(key).has_value();
}

YamlReader YamlReader::child(std::string_view key) const {
  auto found = lookup(key);
  if (!found) throw InputError(location(), field_path(key), "missing required field");
  return YamlReader(found->value, file_, field_path(key), found->line, found->pinned);
}

std::optional<YamlReader> YamlReader::optional_child(std::string_view key) const {
  auto found = lookup(key);
  if (!found) return std::nullopt;
  return YamlReader(found->value, file_, field_path(key), found->line, found->pinned);
}

std::vector<YamlReader> YamlReader::elements() const {
  if (!node_.IsSequence()) fail(fmt::format("expected a list, got {}", describe()));
  std::vector<YamlReader> out;
  out.reserve(node_.size());
  for (std::size_t i = 0; i < node_.size(); ++i) {
    YAML::Node element = node_[i];
    out.push_back(YamlReader(element, file_, fmt::format("{}[{}]", path_, i),
                             pinned_ ? line_ : line_of(element, line_), pinned_));
  }
  return out;
}

std::vector<YamlReader> YamlReader::items(std::string_view key, std::size_t min_size) const {
  std::vector<YamlReader> out = child(key).elements();
  if (out.size() < min_size) {
    fail_at(key, fmt::format("expected a list of at least {} element{}, got {}", min_size,
                             min_size == 1 ? "" : "s", out.size()));
  }
  return out;
}

std::vector<std::pair<std::string, YamlReader>> YamlReader::entries() const {
  expect_map();
  std::vector<std::pair<std::string, YamlReader>> out;
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    const int line = key_line(it->first);
    if (!it->first.IsScalar()) {
      throw InputError({*file_, line}, path_, "a key must be a plain name, got a complex key");
    }
    const std::string key = it->first.Scalar();
    out.emplace_back(key,
                     YamlReader(it->second, file_, field_path(key), line, key_pinned(it->first)));
  }
  return out;
}

// ---- values ----------------------------------------------------------------------------------

std::string YamlReader::as_string() const {
  if (!node_.IsScalar()) fail(fmt::format("expected a string, got {}", describe()));
  return node_.Scalar();
}

bool YamlReader::as_bool() const {
  if (node_.IsScalar() && !is_quoted(node_)) {
    const std::string& text = node_.Scalar();
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
  }
  fail(fmt::format("expected true or false, got {}", describe()));
}

double YamlReader::as_number(const NumberRange& range) const {
  if (!node_.IsScalar() || is_quoted(node_)) {
    fail(fmt::format("expected {}, got {}", range.describe(), describe()));
  }
  const ParsedNumber parsed = parse_double(node_.Scalar());
  if (!parsed.error.empty())
    fail(fmt::format("expected {}, got {}", range.describe(), parsed.error));
  if (!range.contains(parsed.value)) {
    fail(fmt::format("expected {}, got {}", range.describe(), node_.Scalar()));
  }
  return parsed.value;
}

std::int64_t YamlReader::as_int(const IntRange& range) const {
  if (!node_.IsScalar() || is_quoted(node_)) {
    fail(fmt::format("expected {}, got {}", range.describe(), describe()));
  }
  const std::string& raw = node_.Scalar();
  std::string text = raw;
  if (!text.empty() && text[0] == '+') text.erase(0, 1);
  std::int64_t v = 0;
  const char* last = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), last, v);
  if (text.empty() || ptr != last) {
    // Not an integer: say whether it was a number at all.
    const ParsedNumber parsed = parse_double(raw);
    fail(fmt::format("expected {}, got {}", range.describe(),
                     parsed.error.empty() ? raw : parsed.error));
  }
  if (ec == std::errc::result_out_of_range) {
    fail(fmt::format("expected {}, got {} (too large)", range.describe(), raw));
  }
  if (!range.contains(v)) fail(fmt::format("expected {}, got {}", range.describe(), raw));
  return v;
}

std::string YamlReader::as_enum(std::initializer_list<std::string_view> allowed) const {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  const std::string expected = fmt::format("expected one of {}", fmt::join(names, "|"));
  if (!node_.IsScalar()) fail(fmt::format("{}, got {}", expected, describe()));
  const std::string& text = node_.Scalar();
  if (std::find(names.begin(), names.end(), text) != names.end()) return text;
  std::string message = fmt::format("{}, got \"{}\"", expected, text);
  if (auto suggestion = closest_match(text, names)) {
    message += fmt::format(" (did you mean \"{}\"?)", *suggestion);
  }
  fail(message);
}

// ---- fields ----------------------------------------------------------------------------------

std::string YamlReader::get_string(std::string_view key) const {
  return child(key).as_string();
}

bool YamlReader::get_bool(std::string_view key) const {
  return child(key).as_bool();
}

double YamlReader::get_number(std::string_view key, const NumberRange& range) const {
  return child(key).as_number(range);
}

std::int64_t YamlReader::get_int(std::string_view key, const IntRange& range) const {
  return child(key).as_int(range);
}

std::string YamlReader::get_enum(std::string_view key,
                                 std::initializer_list<std::string_view> allowed) const {
  return child(key).as_enum(allowed);
}

std::optional<std::string> YamlReader::find_string(std::string_view key) const {
  if (auto c = optional_child(key)) return c->as_string();
  return std::nullopt;
}

std::optional<bool> YamlReader::find_bool(std::string_view key) const {
  if (auto c = optional_child(key)) return c->as_bool();
  return std::nullopt;
}

std::optional<double> YamlReader::find_number(std::string_view key,
                                              const NumberRange& range) const {
  if (auto c = optional_child(key)) return c->as_number(range);
  return std::nullopt;
}

std::optional<std::int64_t> YamlReader::find_int(std::string_view key,
                                                 const IntRange& range) const {
  if (auto c = optional_child(key)) return c->as_int(range);
  return std::nullopt;
}

std::optional<std::string> YamlReader::find_enum(
    std::string_view key, std::initializer_list<std::string_view> allowed) const {
  if (auto c = optional_child(key)) return c->as_enum(allowed);
  return std::nullopt;
}

void YamlReader::collect_lines(FieldLines& lines) const {
  if (!path_.empty()) lines.set(path_, line_);
  if (node_.IsMap()) {
    for (const auto& [key, value] : entries()) value.collect_lines(lines);
  } else if (node_.IsSequence()) {
    for (const auto& element : elements()) element.collect_lines(lines);
  }
}

std::pair<YAML::Node, std::string> dotted_field(YAML::Node root, const std::string& field) {
  YAML::Node node;
  node.reset(root);  // rebinds; assignment would copy into the node it refers to
  std::size_t start = 0;
  for (auto dot = field.find('.'); dot != std::string::npos; dot = field.find('.', start)) {
    YAML::Node next = node[field.substr(start, dot - start)];
    node.reset(next);
    start = dot + 1;
  }
  return {node, field.substr(start)};
}

}  // namespace colossus
