// CivilDate: a calendar day (proleptic Gregorian, no time zone) and the arithmetic the dataset
// needs: validity, ISO parsing/printing, day numbers, month steps.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace engagemap {

// One calendar day. Valid dates have 1 <= month <= 12 and 1 <= day <= DaysInMonth(year, month).
struct CivilDate {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..31

    auto operator<=>(const CivilDate&) const = default;
    bool operator==(const CivilDate&) const = default;
};

// True for Gregorian leap years.
bool IsLeapYear(int year);

// Days in a month (28..31); 0 when month is out of 1..12.
int DaysInMonth(int year, int month);

// True when year is in 1..9999 and month/day form a real calendar day (2023-02-30 is not).
bool IsValidCivilDate(int year, int month, int day);

// Days since 1970-01-01 (negative before). Input must be valid.
std::int64_t DaysFromCivil(const CivilDate& d);

// Inverse of DaysFromCivil.
CivilDate CivilFromDays(std::int64_t days);

// d plus n days (n may be negative).
CivilDate AddDays(const CivilDate& d, std::int64_t n);

// First day of the month `n` months after the month of d (n may be negative).
CivilDate FirstOfMonthOffset(const CivilDate& d, int n);

// Last day of d's month.
CivilDate LastOfMonth(const CivilDate& d);

// Parses exactly "YYYY-MM-DD" into a valid date; nullopt otherwise (also for impossible days).
std::optional<CivilDate> ParseCivilDate(std::string_view text);

// "YYYY-MM-DD".
std::string ToString(const CivilDate& d);

}  // namespace engagemap
