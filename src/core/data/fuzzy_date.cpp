#include "core/data/fuzzy_date.hpp"

#include <cstdio>

namespace engagemap {

CivilDate PartialDate::First() const {
    return CivilDate{year, precision == DatePrecision::Year ? 1 : month,
                     precision == DatePrecision::Day ? day : 1};
}

CivilDate PartialDate::Last() const {
    switch (precision) {
        case DatePrecision::Year: return CivilDate{year, 12, 31};
        case DatePrecision::Month: return CivilDate{year, month, DaysInMonth(year, month)};
        case DatePrecision::Day: break;
    }
    return CivilDate{year, month, day};
}

std::string PartialDate::ToString() const {
    char buf[32];
    switch (precision) {
        case DatePrecision::Year: std::snprintf(buf, sizeof buf, "%04d", year); break;
        case DatePrecision::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
        case DatePrecision::Day: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day); break;
    }
    return buf;
}

PartialDate PartialDate::FromDay(const CivilDate& d) { return PartialDate{d.year, d.month, d.day, DatePrecision::Day}; }
PartialDate PartialDate::FromMonth(int y, int m) { return PartialDate{y, m, 0, DatePrecision::Month}; }
PartialDate PartialDate::FromYear(int y) { return PartialDate{y, 0, 0, DatePrecision::Year}; }

static bool ReadDigits(std::string_view s, std::size_t from, std::size_t n, int* out) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

std::optional<PartialDate> ParsePartialDate(std::string_view t, std::string* why) {
    auto fail = [&](std::string reason) -> std::optional<PartialDate> {
        if (why) *why = std::move(reason);
        return std::nullopt;
    };
    const char* kForm = "not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, got '";
    int y = 0, m = 0, d = 0;
    if (t.size() != 4 && t.size() != 7 && t.size() != 10) return fail(kForm + std::string(t) + "'");
    if (!ReadDigits(t, 0, 4, &y)) return fail(kForm + std::string(t) + "'");
    if (t.size() >= 7 && (t[4] != '-' || !ReadDigits(t, 5, 2, &m))) return fail(kForm + std::string(t) + "'");
    if (t.size() == 10 && (t[7] != '-' || !ReadDigits(t, 8, 2, &d))) return fail(kForm + std::string(t) + "'");
    if (y < 1) return fail("impossible date '" + std::string(t) + "': year 0000");
    if (t.size() >= 7 && (m < 1 || m > 12))
        return fail("impossible date '" + std::string(t) + "': month " + std::to_string(m));
    if (t.size() == 10 && !IsValidCivilDate(y, m, d))
        return fail("impossible date '" + std::string(t) + "': " + std::to_string(DaysInMonth(y, m)) +
                    " days in that month");
    if (t.size() == 4) return PartialDate::FromYear(y);
    if (t.size() == 7) return PartialDate::FromMonth(y, m);
    return PartialDate{y, m, d, DatePrecision::Day};
}

FuzzyDate FuzzyDate::Exact(PartialDate d) {
    FuzzyDate f;
    f.kind = DateKind::Exact;
    f.value = d;
    return f;
}

FuzzyDate FuzzyDate::KnownBy(PartialDate upper) {
    FuzzyDate f;
    f.kind = DateKind::Bounded;
    f.knownBy = upper;
    return f;
}

FuzzyDate FuzzyDate::Between(PartialDate lower, PartialDate upper) {
    FuzzyDate f;
    f.kind = DateKind::Bounded;
    f.notBefore = lower;
    f.knownBy = upper;
    return f;
}

std::optional<CivilDate> FuzzyDate::Earliest() const {
    if (kind == DateKind::Exact) return value.First();
    if (kind == DateKind::Bounded && notBefore) return notBefore->First();
    return std::nullopt;
}

std::optional<CivilDate> FuzzyDate::Latest() const {
    if (kind == DateKind::Exact) return value.Last();
    if (kind == DateKind::Bounded && knownBy) return knownBy->Last();
    return std::nullopt;
}

std::string FuzzyDate::Describe() const {
    std::string s;
    switch (kind) {
        case DateKind::Exact: s = value.ToString(); break;
        case DateKind::Unknown: s = "unknown"; break;
        case DateKind::Bounded:
            if (notBefore && knownBy) s = "between " + notBefore->ToString() + " and " + knownBy->ToString();
            else if (knownBy) s = "by " + knownBy->ToString();
            else if (notBefore) s = "not before " + notBefore->ToString();
            else s = "unknown";
            break;
    }
    if (derived) s += " (derived)";
    if (uncertain) s += " (uncertain)";
    return s;
}

Happened HappenedBy(const FuzzyDate& date, const CivilDate& day) {
    auto earliest = date.Earliest();
    if (earliest && *earliest > day) return Happened::No;
    auto latest = date.Latest();
    if (latest && *latest <= day && !date.uncertain) return Happened::Yes;
    return Happened::Maybe;
}

FuzzyDate DeriveDepositFromEntryIntoForce(const FuzzyDate& eif, int months,
                                          std::optional<CivilDate> general) {
    if (!eif.IsExactDay()) return FuzzyDate::Unknown();
    const CivilDate e = eif.value.First();
    const CivilDate m = FirstOfMonthOffset(e, -(months + 1));
    FuzzyDate out;
    if (general && e <= *general) {
        // In force on the general date: deposited at the latest in month m (maybe much earlier).
        out = FuzzyDate::KnownBy(PartialDate::FromMonth(m.year, m.month));
        out.basis = "upper bound from the general entry into force " + ToString(e) + " (" +
                    std::to_string(months) + "-month rule)";
    } else {
        out = FuzzyDate::Between(PartialDate::FromDay(m), PartialDate::FromDay(LastOfMonth(m)));
        out.basis = "from entry into force " + ToString(e) + ": first day of the month after " +
                    std::to_string(months) + " months from deposit";
    }
    out.derived = true;
    return out;
}

FuzzyDate IntersectDates(const FuzzyDate& a, const FuzzyDate& b, bool* conflict) {
    if (conflict) *conflict = false;
    if (b.kind == DateKind::Unknown) return a;
    if (a.kind == DateKind::Unknown) return b;
    auto ea = a.Earliest(), eb = b.Earliest(), la = a.Latest(), lb = b.Latest();
    std::optional<CivilDate> lo = ea, hi = la;
    if (eb && (!lo || *eb > *lo)) lo = eb;
    if (lb && (!hi || *lb < *hi)) hi = lb;
    if (lo && hi && *lo > *hi) {
        if (conflict) *conflict = true;
        return a;
    }
    if (a.kind == DateKind::Exact) return a;
    if (b.kind == DateKind::Exact) return b;
    FuzzyDate out;
    out.kind = DateKind::Bounded;
    out.notBefore = (eb && (!ea || *eb > *ea)) ? b.notBefore : a.notBefore;
    out.knownBy = (lb && (!la || *lb < *la)) ? b.knownBy : a.knownBy;
    out.derived = a.derived || b.derived;
    out.uncertain = a.uncertain || b.uncertain;
    out.basis = a.basis;
    if (!b.basis.empty()) out.basis += (out.basis.empty() ? "" : "; ") + b.basis;
    return out;
}

}  // namespace engagemap
