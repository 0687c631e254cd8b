// Tests of PresetCatalog over a temporary data directory: listing, "NAME or FILE.yaml"
// resolution, and the message for an unknown preset.
#include "colossus/spec/preset_catalog.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace colossus {
namespace {

namespace fs = std::filesystem;

class PresetCatalogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("colossus_catalog_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_ / "presets" / "gpus");
    write(dir_ / "presets" / "gpus" / "h100-sxm.yaml", "name: h100-sxm\n");
    write(dir_ / "presets" / "gpus" / "a100-sxm-80g.yaml", "name: a100-sxm-80g\n");
    write(dir_ / "presets" / "gpus" / "README.md", "not a preset\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  static void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

  fs::path dir_;
};

TEST_F(PresetCatalogTest, ListsNamesSortedAndOnlyYaml) {
  const PresetCatalog catalog(dir_);
  EXPECT_EQ(catalog.names("gpus"), (std::vector<std::string>{"a100-sxm-80g", "h100-sxm"}));
  EXPECT_TRUE(catalog.names("models").empty());
  EXPECT_TRUE(catalog.has("gpus", "h100-sxm"));
  EXPECT_FALSE(catalog.has("gpus", "README"));
}

TEST_F(PresetCatalogTest, ResolvesNamesAndFiles) {
  const PresetCatalog catalog(dir_);
  EXPECT_EQ(catalog.resolve("gpus", "h100-sxm", {}, "gpu"),
            dir_ / "presets" / "gpus" / "h100-sxm.yaml");
  // Ends in .yaml: a file, relative to the base directory, even if it does not exist.
  EXPECT_EQ(catalog.resolve("gpus", "mine.yaml", {}, "gpu", "/some/dir"),
            fs::path("/some/dir/mine.yaml"));
  EXPECT_EQ(catalog.open("gpus", "h100-sxm", {}, "gpu").get_string("name"), "h100-sxm");
}

TEST_F(PresetCatalogTest, UnknownPresetListsTheAvailableOnes) {
  const PresetCatalog catalog(dir_);
  try {
    catalog.resolve("gpus", "h100-sxn", {"c.yaml", 4}, "pools[0].server.gpu");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "c.yaml:4: pools[0].server.gpu: unknown GPU preset \"h100-sxn\" (did you mean "
                 "\"h100-sxm\"?); available: a100-sxm-80g, h100-sxm");
  }
  try {
    catalog.open("gpus", "missing.yaml", {"c.yaml", 4}, "gpu", "/nowhere");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "c.yaml:4: gpu: no such file: /nowhere/missing.yaml");
  }
}

TEST_F(PresetCatalogTest, DataDirFromTheEnvironment) {
  // $COLOSSUS_DATA_DIR wins over the compiled-in source directory; one without presets/ is an
  // error rather than an empty catalog.
  const char* saved = std::getenv("COLOSSUS_DATA_DIR");
  const std::string previous = saved ? saved : "";
  setenv("COLOSSUS_DATA_DIR", dir_.c_str(), 1);
  EXPECT_EQ(PresetCatalog::from_environment().data_dir(), dir_);
  setenv("COLOSSUS_DATA_DIR", "/nonexistent", 1);
  try {
    PresetCatalog::from_environment();
    ADD_FAILURE() << "no error";
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "<environment>: COLOSSUS_DATA_DIR: expected a directory holding presets/, got "
                 "\"/nonexistent\"");
  }
  unsetenv("COLOSSUS_DATA_DIR");
  // Without it, the source directory CMake compiled in.
  EXPECT_EQ(PresetCatalog::from_environment().data_dir(), fs::path(COLOSSUS_DATA_DIR));
  if (saved) setenv("COLOSSUS_DATA_DIR", previous.c_str(), 1);
}

}  // namespace
}  // namespace colossus
