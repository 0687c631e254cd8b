// YamlReader: the one way Colossus reads YAML (clusters, GPUs, NICs, switches, servers, models,
// scenario files). A YamlReader is a view of one node of a parsed document that knows the file it
// came from and its dotted field path ("fabric.tiers[1].radix"), so every typed getter can turn
// bad input into an InputError naming file:line, the field and what was expected: a missing
// field, a wrong type, a number out of range, too large for its type, NaN or infinite, or an
// unknown key (with a did-you-mean suggestion). Units live in field names (bandwidth_gbps,
// latency_ns, hbm_gib); values are plain numbers.
//
// Typical use by a loader:
//   YamlReader root = YamlReader::from_file("my-cluster.yaml");
//   root.expect_keys({"name", "fabric"}, {"description"});
//   std::string name = root.get_string("name");
//   for (const YamlReader& tier : root.child("fabric").items("tiers"))
//     int radix = tier.get_int("radix", IntRange::between(2, 4096));
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "colossus/core/error.h"
#include "colossus/core/field_lines.h"

namespace colossus {

// The allowed range of a floating-point field, and how to say it in a message.
struct NumberRange {
  double min = -std::numeric_limits<double>::max();
  double max = std::numeric_limits<double>::max();
  bool min_exclusive = false;  // true: the value must be > min (e.g. bandwidths)

  // Any finite number > 0, at most `max`.
  static NumberRange positive(double max = std::numeric_limits<double>::max());
  // Any finite number >= 0, at most `max`.
  static NumberRange non_negative(double max = std::numeric_limits<double>::max());
  // A finite number in [lo, hi].
  static NumberRange between(double lo, double hi);
  bool contains(double v) const;
  // "a number > 0", "a number in [0, 1]", "a number >= 0 and <= 1e+06".
  std::string describe() const;
};

// The allowed range of an integer field.
struct IntRange {
  std::int64_t min = std::numeric_limits<std::int64_t>::min();
  std::int64_t max = std::numeric_limits<std::int64_t>::max();

  // An integer >= 1 and at most `max` (default: fits an int).
  static IntRange positive(std::int64_t max = std::numeric_limits<int>::max());
  // An integer >= 0 and at most `max` (default: fits an int).
  static IntRange non_negative(std::int64_t max = std::numeric_limits<int>::max());
  // An integer in [lo, hi].
  static IntRange between(std::int64_t lo, std::int64_t hi);
  bool contains(std::int64_t v) const;
  // "an integer in [1, 2147483647]".
  std::string describe() const;
};

// One node of a YAML document, with its file and field path. Cheap to copy.
class YamlReader {
 public:
  // Parses a file; `display_name` (default: the path as given) is what messages call it.
  // Unreadable, empty, binary or malformed files throw InputError.
  static YamlReader from_file(const std::filesystem::path& path, std::string display_name = "");
  // Parses text (for tests and for inline documents); `file_name` is what messages call it.
  static YamlReader from_string(std::string_view text, std::string file_name);

  const std::string& file() const { return *file_; }
  // The dotted path of this node ("" for the document root).
  const std::string& path() const { return path_; }
  // The 1-based line of this node (of its key, for a field).
  int line() const { return line_; }
  SourceLocation location() const { return {*file_, line_}; }
  // The dotted path of a field of this mapping ("fabric" + "mtu_bytes" -> "fabric.mtu_bytes").
  std::string field_path(std::string_view key) const;
  // Where a field of this mapping is (the line of its key), or this node if it is absent.
  SourceLocation location_of(std::string_view key) const;

  bool is_null() const { return node_.IsNull(); }
  bool is_scalar() const { return node_.IsScalar(); }
  bool is_map() const { return node_.IsMap(); }
  bool is_sequence() const { return node_.IsSequence(); }
  // "a mapping", "a list", "the number 3", "the string \"x\"", "nothing (null)": for messages.
  std::string describe() const;
  // The underlying yaml-cpp node, for what the getters do not cover.
  const YAML::Node& node() const { return node_; }

  // Throws InputError at this node (or at one of its fields) with this message.
  [[noreturn]] void fail(const std::string& message) const;
  [[noreturn]] void fail_at(std::string_view key, const std::string& message) const;

  // Checks that this node is a mapping whose keys are all in `required` or `optional`, each at
  // most once, and that every required key is present. An unknown key is reported with the
  // closest allowed key ("did you mean ...?") or the list of allowed keys.
  void expect_keys(std::initializer_list<std::string_view> required,
                   std::initializer_list<std::string_view> optional = {}) const;
  void expect_keys(const std::vector<std::string>& required,
                   const std::vector<std::string>& optional) const;
  // Checks that this node is a mapping (messages say what it was instead).
  void expect_map() const;

  // Whether this mapping has the key (with any value, null included).
  bool has(std::string_view key) const;
  // A required field of this mapping (missing -> InputError).
  YamlReader child(std::string_view key) const;
  // An optional field of this mapping (absent -> nullopt).
  std::optional<YamlReader> optional_child(std::string_view key) const;
  // The elements of this node, which must be a list (elements' paths are "path[i]").
  std::vector<YamlReader> elements() const;
  // The elements of a required list field; `min_size` is the least number of elements allowed.
  std::vector<YamlReader> items(std::string_view key, std::size_t min_size = 0) const;
  // The keys and values of this mapping in file order.
  std::vector<std::pair<std::string, YamlReader>> entries() const;

  // This node as a value of the given type; the range is part of what the message says.
  std::string as_string() const;
  bool as_bool() const;
  double as_number(const NumberRange& range) const;
  std::int64_t as_int(const IntRange& range) const;
  // One of `allowed` (e.g. transport: roce|infiniband).
  std::string as_enum(std::initializer_list<std::string_view> allowed) const;

  // Required fields of this mapping.
  std::string get_string(std::string_view key) const;
  bool get_bool(std::string_view key) const;
  double get_number(std::string_view key, const NumberRange& range) const;
  std::int64_t get_int(std::string_view key, const IntRange& range) const;
  std::string get_enum(std::string_view key, std::initializer_list<std::string_view> allowed) const;

  // Optional fields: nullopt when the key is absent; a present but bad value still throws.
  std::optional<std::string> find_string(std::string_view key) const;
  std::optional<bool> find_bool(std::string_view key) const;
  std::optional<double> find_number(std::string_view key, const NumberRange& range) const;
  std::optional<std::int64_t> find_int(std::string_view key, const IntRange& range) const;
  std::optional<std::string> find_enum(std::string_view key,
                                       std::initializer_list<std::string_view> allowed) const;

  // Records the line of this node and of every node below it, keyed by field path ("" is not
  // recorded), e.g. "fabric.tiers" -> 31, "fabric.tiers[1].radix" -> 38.
  void collect_lines(FieldLines& lines) const;

  // This mapping laid over `base` (another mapping, e.g. a preset): the keys of this one except
  // `skip`, plus those of `base` this one lacks. The result keeps this node's file, path and
  // line; what comes from `base` is reported at this node's line (it was written elsewhere).
  YamlReader overlay_on(const YamlReader& base, std::string_view skip) const;

 private:
  YamlReader(YAML::Node node, std::shared_ptr<const std::string> file, std::string path, int line,
             bool pinned);
  // A key's value, the 1-based line of the key, and whether the value's lines are unknown.
  struct Found {
    YAML::Node value;
    int line = 0;
    bool pinned = false;
  };
  // The value of a key of this mapping, or nullopt.
  std::optional<Found> lookup(std::string_view key) const;
  // The line of a key of this mapping (this node's line when pinned or unknown).
  int key_line(const YAML::Node& key) const;
  // Whether the value under a key has lines from another file (or none).
  bool key_pinned(const YAML::Node& key) const;

  YAML::Node node_;
  std::shared_ptr<const std::string> file_;
  std::string path_;
  int line_ = 0;
  bool pinned_ = false;  // came from another document: every line below is line_
};

// The allowed string closest to `word` by edit distance, if close enough to be a likely typo, or
// else one with the same name and another unit suffix ("tdp_watts" -> "tdp_w").
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& allowed);
// Edit distance between two strings: insertions, deletions, substitutions and swaps of two
// adjacent letters each count 1 (optimal string alignment).
int edit_distance(std::string_view a, std::string_view b);

// The mapping of `root` that holds the last key of the dotted path `field` (mappings on the way
// are created where absent), and that key: `parent[key]` reads or sets the field.
std::pair<YAML::Node, std::string> dotted_field(YAML::Node root, const std::string& field);

}  // namespace colossus
