// Honest dates for dataset events: a value known to the day, month or year; a bounded date
// ("known by 2011-06-01", "between 2016-01-01 and 2016-01-31", possibly derived by a rule); or
// unknown. Nothing here ever turns an unknown or a bound into a guessed day.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/data/civil_date.hpp"

namespace engagemap {

// How much of a PartialDate is known.
enum class DatePrecision { Year, Month, Day };

// A date written as "YYYY", "YYYY-MM" or "YYYY-MM-DD". Unused parts are 0.
struct PartialDate {
    int year = 0;
    int month = 0;  // 0 when precision is Year
    int day = 0;    // 0 unless precision is Day
    DatePrecision precision = DatePrecision::Day;

    CivilDate First() const;  // first day it can mean (2011-06 -> 2011-06-01)
    CivilDate Last() const;   // last day it can mean (2011-06 -> 2011-06-30, 2011 -> 2011-12-31)
    std::string ToString() const;  // same form it was written in
    bool operator==(const PartialDate&) const = default;

    static PartialDate FromDay(const CivilDate& d);
    static PartialDate FromMonth(int year, int month);
    static PartialDate FromYear(int year);
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". On failure returns nullopt and sets *why to a short
// reason ("not a date: expected YYYY, YYYY-MM or YYYY-MM-DD", "impossible date: ...").
std::optional<PartialDate> ParsePartialDate(std::string_view text, std::string* why = nullptr);

// Which form a FuzzyDate takes.
enum class DateKind {
    Exact,    // `value` holds the date at its precision (a year-precision date is still exact)
    Bounded,  // only bounds: notBefore (earliest) and/or knownBy (upper bound) are set
    Unknown,  // nothing is known about when it happened
};

// When an event happened, as honestly as the sources allow.
struct FuzzyDate {
    DateKind kind = DateKind::Unknown;
    PartialDate value;                     // Exact only
    std::optional<PartialDate> notBefore;  // Bounded: happened on or after notBefore.First()
    std::optional<PartialDate> knownBy;    // Bounded: happened on or before knownBy.Last()
    bool derived = false;    // computed by a rule (e.g. a treaty's entry-into-force rule), see basis
    bool uncertain = false;  // flagged weaker (date-flags table: VERIFY, inferred, contested)
    std::string basis;       // how it was obtained, in words; may be empty

    static FuzzyDate Exact(PartialDate d);
    static FuzzyDate Day(const CivilDate& d) { return Exact(PartialDate::FromDay(d)); }
    static FuzzyDate KnownBy(PartialDate upper);
    static FuzzyDate Between(PartialDate lower, PartialDate upper);
    static FuzzyDate Unknown() { return {}; }

    // Earliest / latest day the event can have happened on; nullopt = unbounded on that side.
    std::optional<CivilDate> Earliest() const;
    std::optional<CivilDate> Latest() const;

    // True when the day is known exactly (Exact with day precision).
    bool IsExactDay() const { return kind == DateKind::Exact && value.precision == DatePrecision::Day; }

    // Human text: "2011-06-01", "2011-06", "by 2011-06-01", "between 2016-01-01 and 2016-01-31",
    // "unknown"; " (derived)" / " (uncertain)" appended when flagged.
    std::string Describe() const;

    bool operator==(const FuzzyDate&) const = default;
};

// Three-valued answer to "had it happened by day X?".
enum class Happened { No, Maybe, Yes };

// Yes when the latest possible day is on or before `day` (and the date is not flagged uncertain),
// No when the earliest possible day is after `day`, Maybe otherwise (incl. unknown dates).
Happened HappenedBy(const FuzzyDate& date, const CivilDate& day);

// Bounds for an unknown deposit date from a known entry-into-force date under the rule "first day
// of the month following the expiration of N months after deposit" (Budapest Convention Art. 36/37,
// N = 3). When eif is later than the instrument's general entry into force, the deposit lies in the
// calendar month N+1 months before eif's month; when eif equals the general entry into force the
// deposit can only be bounded from above. Returns a derived Bounded date; Unknown if eif is not an
// exact day.
FuzzyDate DeriveDepositFromEntryIntoForce(const FuzzyDate& eif, int months,
                                          std::optional<CivilDate> generalEntryIntoForce);

// Intersection of two bounded/exact dates (both must hold). If either is Unknown the other is
// returned; if the result is empty the first is returned unchanged and *conflict is set.
FuzzyDate IntersectDates(const FuzzyDate& a, const FuzzyDate& b, bool* conflict = nullptr);

}  // namespace engagemap
