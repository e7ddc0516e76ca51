#include "core/data/table_cells.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace engagemap {

namespace {

std::string Trimmed(std::string_view s) {
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return std::string(s.substr(a, b - a));
}

bool AllDigits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

std::string DayText(int year, int month, int day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

// A number read as a date (see the header), or its own text when it is not one.
std::string NumberInDateColumn(double v, const std::string& asWritten) {
    if (v >= 1000 && v <= 9999 && v == std::floor(v)) return std::to_string(static_cast<int>(v));
    if (auto d = ExcelSerialDay(v)) return ToString(*d);
    return asWritten;
}

// "YYYY/MM/DD" (optionally followed by a time) -> "YYYY-MM-DD"; empty when not that form.
std::string SlashedDay(std::string_view s) {
    if (s.size() < 10 || !AllDigits(s.substr(0, 4)) || s[4] != '/' || !AllDigits(s.substr(5, 2)) || s[7] != '/' ||
        !AllDigits(s.substr(8, 2)) || (s.size() > 10 && s[10] != ' ' && s[10] != 'T'))
        return {};
    return std::string(s.substr(0, 4)) + "-" + std::string(s.substr(5, 2)) + "-" + std::string(s.substr(8, 2));
}

}  // namespace

std::optional<CivilDate> ExcelSerialDay(double serial) {
    // 2958465 = 9999-12-31. Below 10000 a number in a date column is more likely a slip than a
    // date before 1927, and Excel's fictitious 1900-02-29 (serial 60) never comes into play.
    if (!(serial >= 10000 && serial < 2958466)) return std::nullopt;
    return AddDays(CivilDate{1899, 12, 30}, static_cast<std::int64_t>(std::floor(serial)));
}

std::string CellText(OGRFeatureH f, int index, bool dateColumn, bool workbook) {
    if (!OGR_F_IsFieldSetAndNotNull(f, index)) return {};
    const OGRFieldType type = OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, index));
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
        float ss = 0;
        if (OGR_F_GetFieldAsDateTimeEx(f, index, &y, &m, &d, &hh, &mm, &ss, &tz)) return DayText(y, m, d);
    }
    const std::string text = Trimmed(OGR_F_GetFieldAsString(f, index));
    if (!dateColumn) return text;
    if (type == OFTInteger || type == OFTInteger64 || type == OFTReal)
        return NumberInDateColumn(OGR_F_GetFieldAsDouble(f, index), text);
    if (workbook) {
        if (std::string iso = SlashedDay(text); !iso.empty()) return iso;
    }
    return text;
}

}  // namespace engagemap
