// Tests of YamlReader: each kind of bad input gives the exact one-line message a user sees
// (file:line: field.path: what was expected, got what), and good input reads back exactly.
#include "colossus/spec/yaml_reader.h"

#include <gtest/gtest.h>

#include <string>

namespace colossus {
namespace {

// The message of the InputError that `f` throws, or "" if it throws none.
template <class F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

YamlReader doc(const std::string& text) {
  return YamlReader::from_string(text, "t.yaml");
}

TEST(YamlReader, ReadsTypedFieldsAndPaths) {
  const YamlReader root =
      doc("name: leaf\n"
          "radix: 128\n"
          "port_gbps: 400.5\n"
          "nvls: true\n"
          "fabric:\n"
          "  tiers:\n"
          "    - radix: 64\n"
          "    - radix: 32\n");
  EXPECT_EQ(root.get_string("name"), "leaf");
  EXPECT_EQ(root.get_int("radix", IntRange::positive()), 128);
  EXPECT_DOUBLE_EQ(root.get_number("port_gbps", NumberRange::positive()), 400.5);
  EXPECT_TRUE(root.get_bool("nvls"));
  const auto tiers = root.child("fabric").items("tiers");
  ASSERT_EQ(tiers.size(), 2u);
  // The second tier is on line 8 of the text; its path names the list index.
  EXPECT_EQ(tiers[1].path(), "fabric.tiers[1]");
  EXPECT_EQ(tiers[1].line(), 8);
  EXPECT_EQ(tiers[1].get_int("radix", IntRange::positive()), 32);
  EXPECT_FALSE(root.find_int("absent", IntRange::positive()).has_value());
}

TEST(YamlReader, ParseErrorsHaveFileAndLine) {
  // An unclosed flow mapping on line 2: yaml-cpp reports where the parser stopped.
  EXPECT_EQ(error_of([] { doc("a: 1\nb: {c: 2\n"); }),
            "t.yaml:3: malformed YAML: end of map flow not found");
}

TEST(YamlReader, EmptyAndBinaryFiles) {
  EXPECT_EQ(error_of([] { doc(""); }), "t.yaml: file is empty, expected a YAML mapping");
  // Comments only is empty too.
  EXPECT_EQ(error_of([] { doc("# nothing\n\n"); }),
            "t.yaml: file is empty, expected a YAML mapping");
  EXPECT_EQ(error_of([] { doc(std::string("ab\0cd", 5)); }),
            "t.yaml: binary data at byte 2, expected a YAML text file");
  // 0xFF never occurs in UTF-8.
  EXPECT_EQ(error_of([] { doc("a: \xff\n"); }),
            "t.yaml: binary data at byte 3, expected a YAML text file");
  // Valid UTF-8 (an em dash) is text.
  EXPECT_EQ(doc("a: \xe2\x80\x94\n").get_string("a"), "\xe2\x80\x94");
}

TEST(YamlReader, MissingFile) {
  EXPECT_EQ(error_of([] { YamlReader::from_file("/nonexistent/x.yaml"); }),
            "/nonexistent/x.yaml: cannot read file (No such file or directory)");
}

TEST(YamlReader, DirectoriesAndDevicesAreNotSpecs) {
  EXPECT_EQ(error_of([] { YamlReader::from_file("/tmp"); }),
            "/tmp: is a directory, expected a YAML file");
  // Reading /dev/zero would never end.
  EXPECT_EQ(error_of([] { YamlReader::from_file("/dev/zero"); }),
            "/dev/zero: not a regular file, expected a YAML file");
}

TEST(YamlReader, MissingFieldNamesTheParent) {
  const YamlReader root = doc("fabric:\n  transport: roce\n");
  EXPECT_EQ(error_of([&] { root.child("fabric").get_int("mtu_bytes", IntRange::positive()); }),
            "t.yaml:1: fabric.mtu_bytes: missing required field");
}

TEST(YamlReader, WrongTypes) {
  const YamlReader root =
      doc("a: fast\n"
          "b: [1, 2]\n"
          "c: {x: 1}\n"
          "d: \"400\"\n"
          "e:\n"
          "f: 8.5\n"
          "g: yes\n");
  const auto pos = IntRange::positive();
  EXPECT_EQ(error_of([&] { root.get_number("a", NumberRange::positive()); }),
            "t.yaml:1: a: expected a number > 0, got \"fast\"");
  EXPECT_EQ(error_of([&] { root.get_int("b", pos); }),
            "t.yaml:2: b: expected an integer in [1, 2147483647], got a list");
  EXPECT_EQ(error_of([&] { root.get_string("c"); }),
            "t.yaml:3: c: expected a string, got a mapping");
  // A quoted number is a string: units and numbers are never guessed from text.
  EXPECT_EQ(error_of([&] { root.get_number("d", NumberRange::positive()); }),
            "t.yaml:4: d: expected a number > 0, got the string \"400\"");
  EXPECT_EQ(error_of([&] { root.get_int("e", pos); }),
            "t.yaml:5: e: expected an integer in [1, 2147483647], got nothing (null)");
  EXPECT_EQ(error_of([&] { root.get_int("f", pos); }),
            "t.yaml:6: f: expected an integer in [1, 2147483647], got 8.5");
  // YAML 1.1's yes/no are not booleans here (YAML 1.2 core schema).
  EXPECT_EQ(error_of([&] { root.get_bool("g"); }),
            "t.yaml:7: g: expected true or false, got \"yes\"");
  EXPECT_EQ(error_of([&] { root.child("a").elements(); }),
            "t.yaml:1: a: expected a list, got \"fast\"");
  EXPECT_EQ(error_of([&] { root.child("b").expect_map(); }),
            "t.yaml:2: b: expected a mapping, got a list");
}

TEST(YamlReader, NumbersOutOfRange) {
  const YamlReader root =
      doc("neg: -400\n"
          "huge: 99999999999999999999\n"
          "big: 3000000000\n"
          "nan: .nan\n"
          "inf: .inf\n"
          "overflow: 1e999\n"
          "frac: 1.5\n");
  EXPECT_EQ(error_of([&] { root.get_number("neg", NumberRange::positive()); }),
            "t.yaml:1: neg: expected a number > 0, got -400");
  EXPECT_EQ(error_of([&] { root.get_int("huge", IntRange::positive()); }),
            "t.yaml:2: huge: expected an integer in [1, 2147483647], got 99999999999999999999 "
            "(too large)");
  // Fits 64 bits, not an int: the range says so.
  EXPECT_EQ(error_of([&] { root.get_int("big", IntRange::positive()); }),
            "t.yaml:3: big: expected an integer in [1, 2147483647], got 3000000000");
  EXPECT_EQ(error_of([&] { root.get_number("nan", NumberRange::non_negative()); }),
            "t.yaml:4: nan: expected a number >= 0, got NaN");
  EXPECT_EQ(error_of([&] { root.get_number("inf", NumberRange::positive()); }),
            "t.yaml:5: inf: expected a number > 0, got infinity");
  EXPECT_EQ(error_of([&] { root.get_number("overflow", NumberRange::positive()); }),
            "t.yaml:6: overflow: expected a number > 0, got 1e999 (too large or too small for a "
            "number)");
  EXPECT_EQ(error_of([&] { root.get_number("frac", NumberRange::between(0, 1)); }),
            "t.yaml:7: frac: expected a number in [0, 1], got 1.5");
  EXPECT_EQ(error_of([&] { root.get_number("frac", NumberRange::positive(1)); }),
            "t.yaml:7: frac: expected a number > 0 and <= 1, got 1.5");
}

TEST(YamlReader, UnknownKeySuggestsTheClosest) {
  const YamlReader root = doc("name: x\nbandwdith_gbps: 400\n");
  // "bandwdith" is one swap of adjacent letters from "bandwidth".
  EXPECT_EQ(error_of([&] {
              root.expect_keys({"name", "bandwidth_gbps"}, {"latency_ns"});
            }),
            "t.yaml:2: bandwdith_gbps: unknown key; did you mean \"bandwidth_gbps\"?");
  const YamlReader far = doc("name: x\ncolour: red\n");
  EXPECT_EQ(error_of([&] {
              far.expect_keys({"name"}, {"radix", "latency_ns"});
            }),
            "t.yaml:2: colour: unknown key; expected one of: latency_ns, name, radix");
}

TEST(YamlReader, MissingAndDuplicateKeys) {
  const YamlReader root = doc("name: x\n");
  EXPECT_EQ(error_of([&] {
              root.expect_keys({"name", "radix"});
            }),
            "t.yaml:1: radix: missing required field");
  const YamlReader dup = doc("name: x\nname: y\n");
  EXPECT_EQ(error_of([&] { dup.expect_keys({"name"}); }), "t.yaml:2: name: duplicate key");
}

TEST(YamlReader, Enums) {
  const YamlReader root = doc("transport: infiniban\nrouting: random\n");
  EXPECT_EQ(error_of([&] {
              root.get_enum("transport", {"roce", "infiniband"});
            }),
            "t.yaml:1: transport: expected one of roce|infiniband, got \"infiniban\" (did you "
            "mean \"infiniband\"?)");
  EXPECT_EQ(error_of([&] {
              root.get_enum("routing", {"ecmp", "adaptive"});
            }),
            "t.yaml:2: routing: expected one of ecmp|adaptive, got \"random\"");
}

TEST(YamlReader, CollectsLinesOfEveryField) {
  const YamlReader root =
      doc("name: x\n"
          "fabric:\n"
          "  tiers:\n"
          "    - name: leaf\n"
          "      radix: 64\n");
  FieldLines lines;
  root.collect_lines(lines);
  EXPECT_EQ(lines.line("name"), 1);
  EXPECT_EQ(lines.line("fabric.tiers"), 3);
  EXPECT_EQ(lines.line("fabric.tiers[0]"), 4);
  EXPECT_EQ(lines.line("fabric.tiers[0].radix"), 5);
}

TEST(YamlReader, OnlyOneDocument) {
  EXPECT_EQ(error_of([] { doc("a: 1\n---\nb: 2\n"); }),
            "t.yaml:3: a second YAML document (after ---), expected one");
}

TEST(EditDistance, ClosedForms) {
  // Classic: kitten -> sitting is 3 (two substitutions, one insertion).
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
  EXPECT_EQ(edit_distance("", "abc"), 3);
  EXPECT_EQ(edit_distance("radix", "radix"), 0);
  // A swap of adjacent letters is one edit, not two.
  EXPECT_EQ(edit_distance("nvsl", "nvls"), 1);
  EXPECT_EQ(closest_match("radx", {"radix", "name"}), std::optional<std::string>("radix"));
  EXPECT_EQ(closest_match("zzzzzz", {"radix", "name"}), std::nullopt);
  // Too far by edits, but the same name with another unit: the unit is the likely mistake.
  EXPECT_EQ(closest_match("latency_seconds", {"latency_ns", "name"}),
            std::optional<std::string>("latency_ns"));
  // Of two same-stem candidates the nearer wins: "hbm_gigabytes" becomes "hbm_gib" by deleting
  // the 6 letters "ga" and "ytes" around its "b", and "hbm_gb" by deleting 7 ("i" as well).
  EXPECT_EQ(closest_match("hbm_gigabytes", {"hbm_gb", "hbm_gib", "tdp_w"}),
            std::optional<std::string>("hbm_gib"));
}

}  // namespace
}  // namespace colossus
