// The spelling tables of the enums users spell (the collective layer's, the cluster's fabric,
// the job's numerics, group kinds and pool balancing): every value prints as its table says and
// parses back to itself, no two entries share a value or a name, and each table covers the whole
// enum. Here, in the sim layer's tests, because sim sees every layer that declares one.
#include <gtest/gtest.h>

#include "colossus/collective/collective.h"
#include "colossus/core/enum_names.h"
#include "colossus/sim/simulation.h"
#include "colossus/spec/cluster_spec.h"
#include "colossus/workload/parallelism.h"

namespace colossus {
namespace {

// Every entry of E's table parses back to its value, and no two entries share a value or name.
template <NamedEnum E>
void expect_round_trip() {
  const auto table = enum_table(E{});
  for (std::size_t i = 0; i < table.size(); ++i) {
    EXPECT_EQ(to_string(table[i].value), table[i].name);
    EXPECT_EQ(enum_from_string<E>(table[i].name), table[i].value) << table[i].name;
    for (std::size_t j = 0; j < i; ++j) {
      EXPECT_NE(table[i].value, table[j].value) << table[i].name;
      EXPECT_NE(table[i].name, table[j].name);
    }
  }
}

TEST(EnumTables, EveryTableRoundTrips) {
  expect_round_trip<CollectiveOp>();
  expect_round_trip<DataType>();
  expect_round_trip<Protocol>();
  expect_round_trip<Transport>();
  expect_round_trip<Routing>();
  expect_round_trip<Precision>();
  expect_round_trip<Recompute>();
  expect_round_trip<Fp8Scaling>();
  expect_round_trip<EpDispatcher>();
  expect_round_trip<GroupKind>();
  expect_round_trip<sim::PoolBalance>();
}

TEST(EnumTables, TablesCoverEveryValue) {
  // The values are distinct (above), so a table as long as its enum covers it: CollectiveOp has
  // 6 values, DataType 12, Protocol kProtocolCount, GroupKind 8, the others 2 or 3.
  EXPECT_EQ(enum_table(CollectiveOp{}).size(), 6u);
  EXPECT_EQ(enum_table(DataType{}).size(), 12u);
  EXPECT_EQ(enum_table(Protocol{}).size(), static_cast<std::size_t>(kProtocolCount));
  EXPECT_EQ(enum_table(GroupKind{}).size(), 8u);
  EXPECT_EQ(enum_table(Transport{}).size(), 2u);
  EXPECT_EQ(enum_table(Routing{}).size(), 2u);
  EXPECT_EQ(enum_table(Precision{}).size(), 3u);
  EXPECT_EQ(enum_table(Recompute{}).size(), 3u);
  EXPECT_EQ(enum_table(Fp8Scaling{}).size(), 3u);
  EXPECT_EQ(enum_table(EpDispatcher{}).size(), 2u);
  EXPECT_EQ(enum_table(sim::PoolBalance{}).size(), 2u);
}

TEST(EnumTables, SpellingsUsersSee) {
  // The CLI, YAML and JSON spellings, unchanged from the switches the tables replace.
  EXPECT_EQ(to_string(DataType::float32), "float");
  EXPECT_EQ(to_string(Protocol::ll128), "LL128");
  EXPECT_EQ(to_string(Transport::infiniband), "infiniband");
  EXPECT_EQ(to_string(Routing::adaptive), "adaptive");
  EXPECT_EQ(to_string(GroupKind::dp_cp), "dp_cp");
  EXPECT_EQ(to_string(Fp8Scaling::current), "current");
  EXPECT_EQ(to_string(Fp8Scaling::mxfp8), "mxfp8");
  EXPECT_EQ(to_string(EpDispatcher::hybridep), "hybridep");
}

}  // namespace
}  // namespace colossus
