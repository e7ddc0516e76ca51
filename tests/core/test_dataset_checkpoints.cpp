// Re-derives every Budapest Convention status of the default dataset at ten checkpoint dates from
// the source tables (datasets/sources/treaties/ets185_budapest_convention.csv and
// datasets/sources/date_flags.csv), read here with a small CSV reader of its own and the rules
// written out again from datasets/README.md ("Rules") — not through the importer, the rules module
// or the query code — and compares with what the shipped dataset answers.
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/data/dataset_loader.hpp"
#include "core/data/participation_query.hpp"

using namespace engagemap;

namespace {

using Table = std::vector<std::map<std::string, std::string>>;

// RFC 4180 CSV: quoted fields, "" for a quote, newlines inside quotes.
Table ReadCsv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
            else if (c == '"') quoted = false;
            else rows.back().back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\n') {
            rows.emplace_back(1);
        } else if (c != '\r') {
            rows.back().back() += c;
        }
    }
    Table out;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].size() < rows[0].size()) continue;  // trailing empty line
        std::map<std::string, std::string> m;
        for (std::size_t k = 0; k < rows[0].size(); ++k) m[rows[0][k]] = rows[r][k];
        out.push_back(std::move(m));
    }
    return out;
}

// Day numbers make the month arithmetic of the rule explicit: (year*12 + month-1) month index.
struct Day {
    int y, m, d;
    auto operator<=>(const Day&) const = default;
};
int MonthIndex(Day a) { return a.y * 12 + a.m - 1; }
Day FirstOfMonth(int idx) { return {idx / 12, idx % 12 + 1, 1}; }
int DaysIn(int y, int m) {
    static const int k[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : k[m - 1];
}
Day LastOfMonth(int idx) { return {idx / 12, idx % 12 + 1, DaysIn(idx / 12, idx % 12 + 1)}; }

// A cell "YYYY", "YYYY-MM" or "YYYY-MM-DD" as its first and last day.
std::optional<std::pair<Day, Day>> Cell(const std::string& s) {
    if (s.empty()) return std::nullopt;
    const int y = std::stoi(s.substr(0, 4));
    if (s.size() == 4) return std::make_pair(Day{y, 1, 1}, Day{y, 12, 31});
    const int m = std::stoi(s.substr(5, 2));
    if (s.size() == 7) return std::make_pair(Day{y, m, 1}, Day{y, m, DaysIn(y, m)});
    const Day d{y, m, std::stoi(s.substr(8, 2))};
    return std::make_pair(d, d);
}

// Interval of possible days; open ends are nullopt. `weak`: flagged uncertain.
struct Span {
    bool exists = false;
    std::optional<Day> lo, hi;
    bool weak = false;
    void AtLeast(std::optional<Day> d) {
        if (d && (!lo || *d > *lo) && (!hi || *d <= *hi)) lo = d;
    }
    void AtMost(std::optional<Day> d) {
        if (d && (!hi || *d < *hi) && (!lo || *d >= *lo)) hi = d;
    }
};

constexpr Day kOpened{2001, 11, 23}, kInForce{2004, 7, 1};
constexpr int kMonths = 3;

// Entry into force after a deposit on d (Art. 36(4)/37(2)), not before the treaty's own.
Day Eif(Day d) {
    const Day e = FirstOfMonth(MonthIndex(d) + kMonths + 1);
    return e < kInForce ? kInForce : e;
}

struct Expected {
    MembershipStatus status = MembershipStatus::None, certain = MembershipStatus::None;
};

}  // namespace

TEST(DatasetCheckpoints, BudapestStatusesFollowFromTheSourceTables) {
    const std::string src = std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/";
    const Table rows = ReadCsv(src + "sources/treaties/ets185_budapest_convention.csv");
    const Table flags = ReadCsv(src + "sources/date_flags.csv");
    ASSERT_GE(rows.size(), 90u);
    DatasetLoadResult loaded = LoadDataset(src + "engagemap.json");
    ASSERT_TRUE(loaded.Ok()) << loaded.errors[0].ToString();
    const Dataset& ds = loaded.dataset;
    const int b = ds.FindInstrument("budapest");
    ASSERT_GE(b, 0);
    ASSERT_EQ(ds.instruments[b].participants.size(), rows.size());

    const std::vector<Day> checkpoints = {{2001, 11, 22}, {2001, 11, 23}, {2003, 1, 1},  {2004, 7, 1},  {2006, 1, 1},
                                          {2010, 1, 1},   {2012, 6, 30},  {2016, 12, 31}, {2021, 4, 28}, {2024, 10, 31}};
    int compared = 0;
    for (const auto& row : rows) {
        const std::string iso = row.at("iso3"), status = row.at("status"), notes = row.at("notes");
        auto flagged = [&](const std::string& column) {
            for (const auto& f : flags)
                if (f.at("table") == "treaties/ets185_budapest_convention.csv" && f.at("iso3") == iso &&
                    f.at("column") == column && f.at("flag") == "uncertain" &&
                    (column == "participation" || f.at("value") == (row.count(column) ? row.at(column) : "")))
                    return true;
            return false;
        };
        // Tightest known_by=DATE in the notes (last day of its precision).
        std::optional<Day> knownBy;
        for (std::size_t at = notes.find("known_by="); at != std::string::npos; at = notes.find("known_by=", at + 1)) {
            std::size_t n = 0;
            while (at + 9 + n < notes.size() && (isdigit(static_cast<unsigned char>(notes[at + 9 + n])) || notes[at + 9 + n] == '-') && n < 10) ++n;
            std::string t = notes.substr(at + 9, n);
            while (!t.empty() && t.back() == '-') t.pop_back();
            if (auto c = Cell(t); c && (!knownBy || c->second < *knownBy)) knownBy = c->second;
        }
        std::optional<Day> invitedOn;
        for (const char* key : {"invited ", "Invited "})
            if (std::size_t at = notes.find(key); at != std::string::npos && !invitedOn && at + 18 <= notes.size() &&
                                                   notes[at + 12] == '-' && notes[at + 15] == '-')
                invitedOn = Cell(notes.substr(at + 8, 10))->first;

        const bool deposit = status == "ratified" || status == "acceded";
        Span inv, sig, dep, eif;
        if (status == "invited" || invitedOn) {
            inv.exists = true;
            if (invitedOn) inv.lo = inv.hi = invitedOn;
            else inv.lo = kInForce, inv.hi = knownBy;  // invitations to accede only after 2004-07-01
            inv.weak = flagged("invited");
        }
        if (auto c = Cell(row.at("signed"))) {
            sig.exists = true, sig.lo = c->first, sig.hi = c->second;
        } else if (status == "signed" || status == "ratified") {  // ratification implies a signature
            sig.exists = true, sig.lo = kOpened, sig.hi = status == "signed" ? knownBy : std::nullopt;
        }
        sig.weak = sig.exists && flagged("signed");
        if (deposit) {
            dep.exists = eif.exists = true;
            if (auto c = Cell(row.at("ratified"))) dep.lo = c->first, dep.hi = c->second;
            else dep.lo = status == "acceded" ? kInForce : kOpened, dep.hi = knownBy;
            dep.weak = flagged("ratified");
            if (auto c = Cell(row.at("in_force"))) {
                eif.lo = c->first, eif.hi = c->second;
            } else {
                eif.lo = Eif(*dep.lo);
                if (dep.hi) eif.hi = Eif(*dep.hi);
            }
            eif.weak = flagged("in_force");
            // A sourced entry into force outweighs a contradicting known_by bound on the deposit.
            if (Cell(row.at("in_force")) && dep.lo && dep.hi && !Cell(row.at("ratified"))) {
                const Day e = Cell(row.at("in_force"))->first;
                const std::optional<Day> lo = e > kInForce ? std::optional(FirstOfMonth(MonthIndex(e) - kMonths - 1))
                                                           : std::nullopt;
                const Day hi = LastOfMonth(MonthIndex(e) - kMonths - 1);
                if ((lo && *lo > *dep.hi) || hi < *dep.lo) dep.lo = lo ? lo : dep.lo, dep.hi = hi;
            }
            for (int pass = 0; pass < 3; ++pass) {
                // Deposit from the entry into force (both ways), signature before the deposit.
                if (eif.hi && *eif.hi >= kInForce) dep.AtMost(LastOfMonth(MonthIndex(*eif.hi) - kMonths - 1));
                if (eif.lo && *eif.lo > kInForce)
                    dep.AtLeast(FirstOfMonth(MonthIndex(*eif.lo) - kMonths - 1 + (eif.lo->d == 1 ? 0 : 1)));
                if (sig.exists) sig.AtMost(dep.hi), dep.AtLeast(sig.lo);
                eif.AtLeast(Eif(*dep.lo));
                if (dep.hi) eif.AtMost(Eif(*dep.hi));
            }
        }
        const bool participationWeak = flagged("participation");
        const Participation& part = ds.instruments[b].participants[ds.instruments[b].FindParticipant(iso)];
        for (const Day& day : checkpoints) {
            Expected want;
            auto step = [&](const Span& s, MembershipStatus st) {
                if (!s.exists) return;
                if (!s.lo || *s.lo <= day) want.status = st;
                if (s.hi && *s.hi <= day && !s.weak && !participationWeak) want.certain = st;
            };
            step(inv, MembershipStatus::Invited);
            step(sig, MembershipStatus::Signed);
            step(dep, MembershipStatus::Party);
            step(eif, MembershipStatus::InForce);
            const StatusAtResult got = StatusAt(ds.instruments[b], part, CivilDate{day.y, day.m, day.d});
            EXPECT_EQ(ToString(got.status), ToString(want.status)) << iso << " on " << day.y << "-" << day.m << "-" << day.d;
            EXPECT_EQ(ToString(got.certainStatus), ToString(want.certain))
                << iso << " on " << day.y << "-" << day.m << "-" << day.d;
            ++compared;
        }
    }
    EXPECT_EQ(compared, static_cast<int>(rows.size() * checkpoints.size()));
}
