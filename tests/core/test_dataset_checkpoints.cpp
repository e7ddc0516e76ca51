// Re-derives every status of the default dataset at ten checkpoint dates from the source tables
// (datasets/sources/**/*.csv, datasets/sources/date_flags.csv, the instrument metadata), read here
// with a small CSV reader of its own and the rules written out again from datasets/README.md
// ("Rules", "Importing") — not through the importer, the rules module or the query code — and
// compares with what the shipped dataset answers: the Budapest Convention with its treaty rules,
// every other treaty, forum, programme and assessment with the general ones.
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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

// Tightest known_by=DATE in a note (last day of its precision).
std::optional<Day> KnownBy(const std::string& notes) {
    std::optional<Day> out;
    for (std::size_t at = notes.find("known_by="); at != std::string::npos; at = notes.find("known_by=", at + 1)) {
        std::size_t n = 0;
        while (at + 9 + n < notes.size() && n < 10 &&
               (isdigit(static_cast<unsigned char>(notes[at + 9 + n])) || notes[at + 9 + n] == '-'))
            ++n;
        std::string t = notes.substr(at + 9, n);
        while (!t.empty() && t.back() == '-') t.pop_back();
        if (t.size() != 4 && t.size() != 7 && t.size() != 10) continue;
        if (auto c = Cell(t); c && (!out || c->second < *out)) out = c->second;
    }
    return out;
}

// "between <words> YYYY-MM-DD and YYYY-MM-DD" in a note.
std::optional<std::pair<Day, Day>> Between(const std::string& notes) {
    std::size_t at = notes.find("between ");
    if (at == std::string::npos) return std::nullopt;
    std::size_t p = at + 8;
    while (p < notes.size() && !isdigit(static_cast<unsigned char>(notes[p])) && notes[p] != ';') ++p;
    if (p + 25 > notes.size() || notes.substr(p + 10, 5) != " and ") return std::nullopt;
    return std::make_pair(Cell(notes.substr(p, 10))->first, Cell(notes.substr(p + 15, 10))->second);
}

// First "invited YYYY-MM-DD" or "invited YYYY-MM" in a note (either case of the I), as its days.
std::optional<std::pair<Day, Day>> InvitedOn(const std::string& notes) {
    for (std::size_t at = notes.find("nvited "); at != std::string::npos; at = notes.find("nvited ", at + 1)) {
        if (at == 0 || (notes[at - 1] != 'i' && notes[at - 1] != 'I')) continue;
        const std::size_t p = at + 7;
        auto digits = [&](std::size_t from, std::size_t n) {
            for (std::size_t k = from; k < from + n; ++k)
                if (k >= notes.size() || !isdigit(static_cast<unsigned char>(notes[k]))) return false;
            return true;
        };
        if (!digits(p, 4) || p + 4 >= notes.size() || notes[p + 4] != '-' || !digits(p + 5, 2)) continue;
        const bool day = p + 7 < notes.size() && notes[p + 7] == '-' && digits(p + 8, 2);
        return Cell(notes.substr(p, day ? 10 : 7));
    }
    return std::nullopt;
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
        const auto invitedOn = InvitedOn(notes);

        const bool deposit = status == "ratified" || status == "acceded";
        Span inv, sig, dep, eif;
        if (status == "invited" || invitedOn) {
            inv.exists = true;
            if (invitedOn) inv.lo = invitedOn->first, inv.hi = invitedOn->second;
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

namespace {

// One dated step of the general model (forums, programmes, assessments, treaties without rules).
struct Step {
    Span when;
    MembershipStatus status;
    bool endDay = false;  // a programme's end day is still a day of participation
};

int Rank(MembershipStatus s) {
    switch (s) {
        case MembershipStatus::Invited: return 1;
        case MembershipStatus::Signed: return 2;
        case MembershipStatus::Party: return 3;
        case MembershipStatus::InForce: return 4;
        default: return 0;
    }
}

}  // namespace

TEST(DatasetCheckpoints, EveryOtherStatusFollowsFromTheSourceTables) {
    const std::string src = std::string(ENGAGEMAP_SOURCE_DIR) + "/datasets/";
    std::ifstream metaFile(src + "sources/instruments.json");
    const nlohmann::json meta = nlohmann::json::parse(metaFile);
    const Table flags = ReadCsv(src + "sources/date_flags.csv");
    DatasetLoadResult loaded = LoadDataset(src + "engagemap.json");
    ASSERT_TRUE(loaded.Ok()) << loaded.errors[0].ToString();
    const Dataset& ds = loaded.dataset;
    const std::vector<Day> checkpoints = {{1950, 1, 1}, {1995, 1, 1}, {2005, 6, 1},  {2010, 1, 1},  {2013, 1, 1},
                                          {2015, 6, 1}, {2017, 6, 30}, {2019, 12, 31}, {2022, 1, 1}, {2024, 10, 31}};
    int compared = 0;
    for (const auto& im : meta["instruments"]) {
        const std::string id = im["id"], kind = im["kind"], table = im["table"];
        if (id == "budapest") continue;  // the test above, with the treaty rules
        // Dialogue tables have their own columns (hub, partner, launched, rounds, ...); the bilateral
        // statuses are checked against the table's rows in test_bilateral.cpp.
        if (kind == "bilateral") continue;
        const int ii = ds.FindInstrument(id);
        ASSERT_GE(ii, 0) << id;
        const Instrument& in = ds.instruments[ii];
        const Table rows = ReadCsv(src + "sources/" + table);
        // Opening day: the first exactly dated key date of these types.
        std::optional<Day> opened;
        for (const char* type : {"opened_for_signature", "founded", "launched", "established"})
            for (const auto& k : im.value("key_dates", nlohmann::json::array()))
                if (!opened && k["type"] == type) opened = Cell(k["date"].get<std::string>())->first;
        // Rounds: id -> (start, end) cells.
        std::map<std::string, std::pair<std::string, std::string>> rounds;
        if (im.contains("rounds_table"))
            for (const auto& r : ReadCsv(src + "sources/" + im["rounds_table"].get<std::string>()))
                rounds[r.at("round_id")] = {r.at("first_session").empty() ? r.at("established_date") : r.at("first_session"),
                                            r.at("report_date").empty() ? r.at("last_session") : r.at("report_date")};
        const bool upperTable = im.value("joined_is_upper_bound", false);
        std::map<std::string, std::vector<std::pair<std::optional<Day>, std::vector<Step>>>> spells;
        std::map<std::string, bool> weakParticipation;
        for (const auto& row : rows) {
            const std::string iso = row.at("iso3"), notes = row.at("notes");
            auto flagged = [&](const std::string& column, const char* flag) {
                for (const auto& f : flags)
                    if (f.at("table") == table && f.at("iso3") == iso && f.at("column") == column && f.at("flag") == flag &&
                        (column == "participation" || f.at("value") == (row.count(column) ? row.at(column) : "")))
                        return true;
                return false;
            };
            weakParticipation[iso] = weakParticipation[iso] || flagged("participation", "uncertain");
            // A bounded (not exactly known) date: table notes, then the opening day.
            auto bounded = [&](std::optional<Day> hi) {
                Span s;
                s.exists = true;
                if (auto b = Between(notes)) s.lo = b->first, s.hi = b->second;
                else s.hi = hi ? hi : KnownBy(notes);
                s.AtLeast(opened);
                return s;
            };
            auto exact = [&](const std::string& cell, const char* column) {
                Span s;
                s.exists = true;
                s.lo = Cell(cell)->first, s.hi = Cell(cell)->second;
                s.weak = flagged(column, "uncertain");
                return s;
            };
            std::vector<Step> steps;
            if (kind == "treaty") {
                const std::string status = row.at("status");
                const auto invitedOn = InvitedOn(notes);
                if (invitedOn || status == "invited") {
                    Span s = bounded(std::nullopt);
                    if (invitedOn) s.lo = invitedOn->first, s.hi = invitedOn->second;
                    s.weak = flagged("invited", "uncertain");
                    steps.push_back({s, MembershipStatus::Invited});
                }
                if (!row.at("signed").empty()) steps.push_back({exact(row.at("signed"), "signed"), MembershipStatus::Signed});
                else if (status == "signed") steps.push_back({bounded(std::nullopt), MembershipStatus::Signed});
                if (!row.at("ratified").empty()) steps.push_back({exact(row.at("ratified"), "ratified"), MembershipStatus::Party});
                else if (status != "signed" && status != "invited") {
                    Span s = bounded(std::nullopt);
                    s.weak = flagged("ratified", "uncertain");
                    steps.push_back({s, MembershipStatus::Party});
                }
                if (!row.at("in_force").empty()) steps.push_back({exact(row.at("in_force"), "in_force"), MembershipStatus::InForce});
            } else {
                const bool program = kind != "forum";
                const std::string role = row.at("role");
                Span j;
                if (!row.at("joined").empty() && (upperTable || flagged("joined", "upper_bound"))) {
                    j.exists = true;
                    j.hi = Cell(row.at("joined"))->second;
                    j.AtLeast(opened);
                } else if (!row.at("joined").empty()) {
                    j = exact(row.at("joined"), "joined");
                } else {
                    j = bounded(std::nullopt);
                }
                j.weak = flagged("joined", "uncertain");
                std::optional<Span> l;
                if (!row.at("left").empty()) l = exact(row.at("left"), "left");
                // A round membership spans the round's own dates (same years as the row's cells).
                for (const auto& [rid, span] : rounds) {
                    const std::string suffix = "_" + row.at("joined") + "_" + row.at("left");
                    std::string body = rid.substr(0, rid.find('_'));
                    for (char& c : body) c = static_cast<char>(toupper(static_cast<unsigned char>(c)));
                    if (rid.size() <= suffix.size() || rid.compare(rid.size() - suffix.size(), suffix.size(), suffix) != 0 ||
                        role.find(body) == std::string::npos)
                        continue;
                    if (!span.first.empty() && !j.weak && span.first.substr(0, 4) == row.at("joined"))
                        j.lo = Cell(span.first)->first, j.hi = Cell(span.first)->second;
                    if (l && !span.second.empty() && !l->weak && span.second.substr(0, 4) == row.at("left"))
                        l->lo = Cell(span.second)->first, l->hi = Cell(span.second)->second;
                    break;
                }
                steps.push_back({j, program ? MembershipStatus::Participant : MembershipStatus::Member});
                if (l) steps.push_back({*l, program ? MembershipStatus::Ended : MembershipStatus::Former, program});
            }
            std::optional<Day> key = steps.empty() ? std::nullopt : (steps[0].when.lo ? steps[0].when.lo : steps[0].when.hi);
            spells[iso].push_back({key, steps});
        }
        for (const Participation& part : in.participants) {
            auto& sp = spells[part.country];
            std::stable_sort(sp.begin(), sp.end(), [](const auto& a, const auto& b) {
                if (!a.first || !b.first) return a.first.has_value() && !b.first.has_value();
                return *a.first < *b.first;
            });
            for (const Day& day : checkpoints) {
                MembershipStatus hi = MembershipStatus::None, lo = MembershipStatus::None;
                for (const auto& [key, steps] : sp) {
                    for (const Step& st : steps) {
                        Day d = day;
                        if (st.endDay) {  // the day before
                            if (d.d > 1) --d.d;
                            else d = LastOfMonth(MonthIndex(d) - 1);
                        }
                        const bool maybe = !st.when.lo || *st.when.lo <= d;
                        const bool yes = st.when.hi && *st.when.hi <= d && !st.when.weak;
                        auto apply = [&](MembershipStatus cur) {
                            if (kind != "treaty") return st.status;
                            return Rank(st.status) > Rank(cur) ? st.status : cur;
                        };
                        if (yes) lo = apply(lo);
                        if (maybe) hi = apply(hi);
                    }
                }
                if (weakParticipation[part.country]) lo = MembershipStatus::None;
                const StatusAtResult got = StatusAt(in, part, CivilDate{day.y, day.m, day.d});
                const std::string where = id + " " + part.country + " on " + std::to_string(day.y) + "-" +
                                          std::to_string(day.m) + "-" + std::to_string(day.d);
                EXPECT_EQ(ToString(got.status), ToString(hi)) << where;
                EXPECT_EQ(ToString(got.certainStatus), ToString(lo)) << where;
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 8000);
}
