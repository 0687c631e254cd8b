// Robustness: every cluster preset, mutated at random (a line deleted, duplicated or truncated,
// a byte changed, the text cut short), either loads or throws InputError — never another
// exception, never a crash. This is how "bad input is one clear line, never a crash" is tested
// beyond the hand-written cases. The mutations come from a fixed seed, so the test is
// deterministic.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "colossus/spec/cluster_loader.h"

namespace colossus {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

// One random edit of the text.
std::string mutate(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> lines = lines_of(text);
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  const std::size_t i = pick(lines.size());
  static const char kBytes[] = {'-', ':', ' ', '{',  '[', '"', '\'', '&', '*',    '!', '#',
                                '0', '9', 'x', '\t', '|', '>', '%',  '@', '\x80', '\0'};
  switch (pick(6)) {
    case 0:  // delete a line
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
      return join(lines);
    case 1:  // duplicate a line
      lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i), lines[i]);
      return join(lines);
    case 2:  // truncate a line
      lines[i] = lines[i].substr(0, lines[i].empty() ? 0 : pick(lines[i].size()));
      return join(lines);
    case 3: {  // change one byte
      std::string out = text;
      out[pick(out.size())] = kBytes[pick(sizeof kBytes)];
      return out;
    }
    case 4:  // cut the text short
      return text.substr(0, pick(text.size()));
    default: {  // replace a value by a big, negative or odd one
      static const char* kValues[] = {"-1",  "0",  "1e999", ".nan", "99999999999999999999",
                                      "[]",  "{}", "~",     "true", "\"x\"",
                                      "1.5", "-0"};
      const auto colon = lines[i].find(':');
      if (colon != std::string::npos)
        lines[i] = lines[i].substr(0, colon + 1) + " " + kValues[pick(12)];
      return join(lines);
    }
  }
}

TEST(Mutation, ClusterPresetsNeverCrashTheLoader) {
  const PresetCatalog catalog(COLOSSUS_DATA_DIR);
  std::mt19937 rng(20241022);
  int loaded = 0;
  int rejected = 0;
  for (const auto& name : catalog.names(kClusterPresets)) {
    std::ifstream in(catalog.kind_dir(kClusterPresets) / (name + ".yaml"));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (int n = 0; n < 60; ++n) {
      std::string mutated = mutate(text, rng);
      if (n % 3 == 0) mutated = mutate(mutated, rng);  // some get two edits
      try {
        parse_cluster_yaml(mutated, "mutated.yaml", catalog);
        ++loaded;
      } catch (const InputError& e) {
        ++rejected;
        // One line, naming the file.
        const std::string message = e.what();
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
        EXPECT_EQ(message.rfind("mutated.yaml", 0), 0u) << message;
      } catch (const std::exception& e) {
        ADD_FAILURE() << name << " mutation " << n << " threw " << e.what() << "\n" << mutated;
      }
    }
  }
  // Both outcomes occur: the mutations are neither all harmless nor all fatal.
  EXPECT_GT(loaded, 0);
  EXPECT_GT(rejected, 0);
}

}  // namespace
}  // namespace colossus
