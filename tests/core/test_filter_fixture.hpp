// Shared fixture of the filter/view tests: a handful of countries with regions and square
// polygons, and a small dataset (a treaty, a forum and a programme) with exact, bounded and
// unknown dates. Built in code so every expected number below can be checked by hand.
#pragma once

#include <string>
#include <vector>

#include "core/data/dataset.hpp"
#include "core/geo/country_geometry.hpp"

namespace engagemap::filter_test {

inline CivilDate D(const char* s) { return *ParseCivilDate(s); }

inline Event Ev(EventType type, FuzzyDate date, const char* source = "coe") {
    Event e;
    e.type = type;
    e.date = date;
    e.sources = {source};
    return e;
}

// An axis-aligned lon/lat square polygon.
inline Polygon Square(double lon0, double lat0, double lon1, double lat1) {
    Polygon p;
    p.rings.push_back(Ring{{lon0, lat0}, {lon1, lat0}, {lon1, lat1}, {lon0, lat1}});
    return p;
}

inline CountryGeometry Country(const char* key, const char* name, const char* region, const char* subregion,
                               std::vector<Polygon> polygons, LonLat label) {
    CountryGeometry c;
    c.key = key;
    c.name = name;
    c.region = region;
    c.subregion = subregion;
    c.polygons = std::move(polygons);
    c.label = label;
    for (const Polygon& p : c.polygons)
        for (const Ring& r : p.rings)
            for (const LonLat& q : r) c.bounds.Extend(q);
    return c;
}

// Countries (sorted by key, as LoadGeodata gives them):
//   ALB Europe/Southern Europe, ATA (no region), DEU Europe/Western Europe,
//   FJI Oceania/Melanesia (two pieces at ±180), FRA Europe/Western Europe,
//   KEN Africa/Sub-Saharan Africa, KOR Asia/Eastern Asia ("Korea, Republic of"),
//   NE-somaliland Africa/Sub-Saharan Africa (non-ISO), NZL Oceania/Australia and New Zealand,
//   USA Americas/Northern America.
// Instruments:
//   budapest (treaty, law-enforcement): ALB signed 2001-11-23, ratified 2002-06-20, in force
//     2004-07-01; DEU signed 2001-11-23, ratified 2009-03-09, in force 2009-07-01; FRA ratified,
//     date unknown; USA ratified known by 2006-12-31.
//   foc (forum, internet-freedom): DEU, FRA, KEN, USA joined 2011-12-09; KEN left 2015-06-30;
//     NZL joined between 2012-01-01 and 2012-12-31; KOR joined 2011-12-09.
//   glacy (program, law-enforcement + international-development): KEN 2014-11-01..2016-10-31.
struct FilterFixture {
    Dataset dataset;
    CountrySet countries;

    int Idx(const char* key) const { return countries.Find(key); }

    FilterFixture() {
        auto& cs = countries.countries;
        cs.push_back(Country("ALB", "Albania", "Europe", "Southern Europe", {Square(19, 40, 21, 42)}, {20, 41}));
        cs.push_back(Country("ATA", "Antarctica", "", "", {Square(-180, -90, 180, -70)}, {0, -80}));
        cs.push_back(Country("DEU", "Germany", "Europe", "Western Europe", {Square(6, 47, 15, 55)}, {10, 51}));
        cs.push_back(Country("FJI", "Fiji", "Oceania", "Melanesia",
                             {Square(177, -18, 180, -16), Square(-180, -17, -179, -16)}, {178, -17}));
        cs.push_back(Country("FRA", "France", "Europe", "Western Europe", {Square(-5, 42, 8, 51)}, {2, 46}));
        cs.push_back(Country("KEN", "Kenya", "Africa", "Sub-Saharan Africa", {Square(34, -5, 42, 5)}, {38, 0}));
        cs.push_back(Country("KOR", "Korea, Republic of", "Asia", "Eastern Asia", {Square(126, 34, 130, 38)},
                             {128, 36}));
        cs.push_back(Country("NE-somaliland", "Somaliland", "Africa", "Sub-Saharan Africa", {Square(43, 8, 48, 11)},
                             {45, 9.5}));
        cs.push_back(Country("NZL", "New Zealand", "Oceania", "Australia and New Zealand",
                             {Square(166, -47, 179, -34)}, {172, -41}));
        cs.push_back(Country("USA", "United States", "Americas", "Northern America", {Square(-125, 24, -66, 49)},
                             {-98, 39}));

        dataset.pillars = {{"law-enforcement", "Law enforcement", ""},
                           {"internet-freedom", "Internet freedom", ""},
                           {"international-development", "International development", ""}};
        Source coe;
        coe.id = "coe";
        coe.title = "https://www.coe.int/en/web/conventions/full-list (CoE chart, status 03/12/2015)";
        coe.url = "https://www.coe.int/en/web/conventions/full-list";
        Source mfa;
        mfa.id = "mfa";
        mfa.title = "MFA \"Freedom Online\" page, with a title that goes on well beyond sixty characters";
        dataset.sources = {coe, mfa};

        Instrument treaty;
        treaty.id = "budapest";
        treaty.name = "Convention on Cybercrime";
        treaty.shortName = "Budapest";
        treaty.kind = InstrumentKind::Treaty;
        treaty.pillars = {"law-enforcement"};
        Participation alb{"ALB", "Albania", {}, "", false, ""};
        alb.events = {Ev(EventType::Signed, FuzzyDate::Day(D("2001-11-23"))),
                      Ev(EventType::Ratified, FuzzyDate::Day(D("2002-06-20"))),
                      Ev(EventType::InForce, FuzzyDate::Day(D("2004-07-01")))};
        Participation deu{"DEU", "Germany", {}, "", false, ""};
        deu.events = {Ev(EventType::Signed, FuzzyDate::Day(D("2001-11-23"))),
                      Ev(EventType::Ratified, FuzzyDate::Day(D("2009-03-09"))),
                      Ev(EventType::InForce, FuzzyDate::Day(D("2009-07-01")))};
        Participation fra{"FRA", "France", {}, "", false, ""};
        fra.events = {Ev(EventType::Ratified, FuzzyDate::Unknown())};
        Participation usa{"USA", "United States", {}, "", false, ""};
        usa.events = {Ev(EventType::Ratified, FuzzyDate::KnownBy(PartialDate::FromDay(D("2006-12-31"))))};
        treaty.participants = {alb, deu, fra, usa};
        dataset.instruments.push_back(treaty);

        Instrument forum;
        forum.id = "foc";
        forum.name = "Freedom Online Coalition";
        forum.shortName = "FOC";
        forum.kind = InstrumentKind::Forum;
        forum.pillars = {"internet-freedom"};
        for (const char* key : {"DEU", "FRA", "KEN", "KOR", "USA"}) {
            Participation p{key, "", {}, "", false, ""};
            p.events = {Ev(EventType::Joined, FuzzyDate::Day(D("2011-12-09")), "mfa")};
            if (std::string(key) == "KEN") p.events.push_back(Ev(EventType::Left, FuzzyDate::Day(D("2015-06-30")), "mfa"));
            forum.participants.push_back(p);
        }
        Participation nzl{"NZL", "New Zealand", {}, "", false, ""};
        nzl.events = {Ev(EventType::Joined,
                         FuzzyDate::Between(PartialDate::FromDay(D("2012-01-01")), PartialDate::FromDay(D("2012-12-31"))),
                         "mfa")};
        forum.participants.push_back(nzl);
        dataset.instruments.push_back(forum);

        Instrument program;
        program.id = "glacy";
        program.name = "Global Action on Cybercrime";
        program.shortName = "GLACY";
        program.kind = InstrumentKind::Program;
        program.pillars = {"law-enforcement", "international-development"};
        Participation ken{"KEN", "Kenya", {}, "", false, ""};
        ken.events = {Ev(EventType::Start, FuzzyDate::Day(D("2014-11-01"))),
                      Ev(EventType::End, FuzzyDate::Day(D("2016-10-31")))};
        program.participants = {ken};
        dataset.instruments.push_back(program);
    }
};

// Keys of the countries with flags[i] set, in CountrySet order.
inline std::vector<std::string> Keys(const CountrySet& countries, const std::vector<bool>& flags) {
    std::vector<std::string> out;
    for (size_t i = 0; i < countries.countries.size() && i < flags.size(); ++i)
        if (flags[i]) out.push_back(countries.countries[i].key);
    return out;
}

}  // namespace engagemap::filter_test
