// The one random number design (core/random.h): splitmix64 matches the reference sequence, each
// run's stream depends only on (seed, run), and the uniform and normal transforms have the right
// moments.
#include "core/random.h"

#include <gtest/gtest.h>

#include <vector>

namespace lattice::core {
namespace {

TEST(RandomTest, SplitmixMatchesReferenceSequence) {
  // The first two outputs of the reference splitmix64 started at 0.
  EXPECT_EQ(splitmix64(0, 0), 0xE220A8397B1DCDAFULL);
  EXPECT_EQ(splitmix64(0, 1), 0x6E789E6AA1B965F4ULL);
}

TEST(RandomTest, RunStreamsDependOnlyOnSeedAndRun) {
  // Drawing run 5 after runs 0-4, or alone, gives the same numbers: a run's stream never depends
  // on which runs a thread drew before it.
  std::vector<double> alone;
  Random r5 = Random::for_run(kDefaultSeed, 5);
  for (int i = 0; i < 8; ++i) alone.push_back(r5.normal());
  for (std::uint64_t run = 0; run < 5; ++run) {
    Random r = Random::for_run(kDefaultSeed, run);
    for (int i = 0; i < 8; ++i) r.uniform();
  }
  Random again = Random::for_run(kDefaultSeed, 5);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(again.normal(), alone[i]);
  // Different runs and different seeds give different streams.
  EXPECT_NE(Random::for_run(kDefaultSeed, 6).uniform(), Random::for_run(kDefaultSeed, 5).uniform());
  EXPECT_NE(Random::for_run(1, 5).uniform(), Random::for_run(kDefaultSeed, 5).uniform());
  // The stream of a run is the generator seeded with splitmix64(seed, run).
  EXPECT_EQ(Random::for_run(7, 3).uniform(), Random(splitmix64(7, 3)).uniform());
}

TEST(RandomTest, UniformMatchesTheStandardEngine) {
  // uniform() is the top 53 bits of std::mt19937_64, whose output the standard fixes: the
  // 10000th output of a default-seeded engine is 9981545732273789042.
  std::mt19937_64 reference;
  reference.discard(9999);
  EXPECT_EQ(reference(), 9981545732273789042ULL);
  Random r(std::mt19937_64::default_seed);
  for (int i = 0; i < 9999; ++i) r.uniform();
  EXPECT_EQ(r.uniform(), static_cast<double>(9981545732273789042ULL >> 11) * 0x1.0p-53);
}

TEST(RandomTest, UniformAndNormalMoments) {
  Random rng(42);
  const int n = 200000;
  double su = 0, sn = 0, sn2 = 0;
  for (int i = 0; i < n; ++i) {
    const double u = rng.uniform();
    ASSERT_GE(u, 0);
    ASSERT_LT(u, 1);
    su += u;
    const double z = rng.normal();
    sn += z;
    sn2 += z * z;
  }
  EXPECT_NEAR(su / n, 0.5, 0.005);
  EXPECT_NEAR(sn / n, 0, 0.01);
  EXPECT_NEAR(sn2 / n, 1, 0.02);
}

}  // namespace
}  // namespace lattice::core
