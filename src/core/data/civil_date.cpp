#include "core/data/civil_date.hpp"

#include <cstdio>

namespace engagemap {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidCivilDate(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t DaysFromCivil(const CivilDate& d) {
    std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t mp = (d.month + 9) % 12;
    const std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = yoe + era * 400;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

CivilDate AddDays(const CivilDate& d, std::int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

CivilDate FirstOfMonthOffset(const CivilDate& d, int n) {
    int total = d.year * 12 + (d.month - 1) + n;
    int y = total >= 0 ? total / 12 : (total - 11) / 12;
    return CivilDate{y, total - y * 12 + 1, 1};
}

CivilDate LastOfMonth(const CivilDate& d) { return CivilDate{d.year, d.month, DaysInMonth(d.year, d.month)}; }

static bool Digits(std::string_view s, std::size_t from, std::size_t n, int* out) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

std::optional<CivilDate> ParseCivilDate(std::string_view t) {
    int y, m, d;
    if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !Digits(t, 0, 4, &y) || !Digits(t, 5, 2, &m) ||
        !Digits(t, 8, 2, &d) || !IsValidCivilDate(y, m, d))
        return std::nullopt;
    return CivilDate{y, m, d};
}

std::string ToString(const CivilDate& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

}  // namespace engagemap
