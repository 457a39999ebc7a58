#include "core/date.h"

#include <gtest/gtest.h>

namespace lattice::core {
namespace {

TEST(DateTest, ParsesFullAndPartialDates) {
  auto d = Date::parse("1960-06-23");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year(), 1960);
  EXPECT_EQ(d->month(), 6);
  EXPECT_EQ(d->day(), 23);
  EXPECT_EQ(d->precision(), Date::Precision::kDay);
  EXPECT_EQ(Date::parse("1967")->precision(), Date::Precision::kYear);
  EXPECT_EQ(Date::parse("1967-08")->precision(), Date::Precision::kMonth);
  EXPECT_EQ(Date::parse("1967-08")->to_string(), "1967-08");
}

TEST(DateTest, RejectsImpossibleDates) {
  std::string why;
  EXPECT_FALSE(Date::parse("2023-02-29", &why));
  EXPECT_NE(why.find("not a calendar date"), std::string::npos);
  EXPECT_TRUE(Date::parse("2024-02-29"));
  EXPECT_FALSE(Date::parse("1900-02-29"));
  EXPECT_TRUE(Date::parse("2000-02-29"));
  EXPECT_FALSE(Date::parse("2021-13-01"));
  EXPECT_FALSE(Date::parse("2021-04-31"));
  EXPECT_FALSE(Date::parse("21-04-01"));
  EXPECT_FALSE(Date::parse("2021/04/01"));
  EXPECT_FALSE(Date::parse(""));
  EXPECT_FALSE(Date::parse("abcd"));
}

TEST(DateTest, PartialDatesBoundTheirPeriod) {
  const Date y = *Date::parse("1999");
  EXPECT_EQ(date_of(y.as_start()).to_string(), "1999-01-01");
  EXPECT_EQ(date_of(y.as_end()).to_string(), "2000-01-01");
  const Date m = *Date::parse("1999-12");
  EXPECT_EQ(date_of(m.as_end()).to_string(), "2000-01-01");
  const Date full = *Date::parse("1999-04-30");
  EXPECT_EQ(date_of(full.as_end()).to_string(), "1999-04-30");  // exclusive end
}

TEST(DateTest, SerialRoundTrips) {
  for (const char* s : {"1970-01-01", "1951-09-08", "2000-02-29", "2026-11-23", "1600-03-01"}) {
    const Date d = *Date::parse(s);
    EXPECT_EQ(date_of(d.first_day()).to_string(), s);
  }
  EXPECT_EQ(Date::parse("1970-01-01")->first_day().serial, 0);
  EXPECT_EQ(Date::parse("1970-01-02")->first_day().serial, 1);
}

}  // namespace
}  // namespace lattice::core
