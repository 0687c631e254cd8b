// FieldLines: a field's line as recorded, 0 when unknown; copies share the map until one of them
// writes, and a write never shows through another copy.
#include "colossus/core/field_lines.h"

#include <gtest/gtest.h>

namespace colossus {
namespace {

TEST(FieldLines, UnknownFieldIsLineZero) {
  FieldLines lines;
  EXPECT_EQ(lines.line("parallelism.tp"), 0);
  lines.set("parallelism.tp", 12);
  EXPECT_EQ(lines.line("parallelism.tp"), 12);
  EXPECT_EQ(lines.line("parallelism.pp"), 0);
  EXPECT_EQ(lines.all().size(), 1u);
}

TEST(FieldLines, CopiesShareUntilOneWrites) {
  FieldLines original;
  original.set("parallelism.tp", 12);
  original.set("parallelism.pp", 13);
  FieldLines copy = original;
  // Shared: the copy's map is the original's, not a new one.
  EXPECT_EQ(&copy.all(), &original.all());
  copy.set("parallelism.tp", 40);
  copy.erase("parallelism.pp");
  EXPECT_EQ(copy.line("parallelism.tp"), 40);
  EXPECT_EQ(copy.line("parallelism.pp"), 0);
  // The original keeps its own lines.
  EXPECT_EQ(original.line("parallelism.tp"), 12);
  EXPECT_EQ(original.line("parallelism.pp"), 13);
  EXPECT_NE(&copy.all(), &original.all());
}

TEST(FieldLines, ErasingAnAbsentFieldKeepsTheMapShared) {
  FieldLines original;
  original.set("gpus", 3);
  FieldLines copy = original;
  copy.erase("parallelism.tp");
  EXPECT_EQ(&copy.all(), &original.all());
  EXPECT_EQ(copy.line("gpus"), 3);
}

}  // namespace
}  // namespace colossus
