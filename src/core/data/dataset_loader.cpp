#include <cctype>
#include "core/data/dataset_loader.hpp"

#include "core/io/input_file.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <unordered_set>


#include "core/data/country_codes.hpp"
#include "core/data/instrument_rules.hpp"
#include "core/data/json_reader.hpp"
#include "core/data/json_validator.hpp"

namespace engagemap {

namespace {

using json = nlohmann::json;

class Validator : public JsonValidatorBase {
public:
    explicit Validator(const DatasetLoadOptions& o) : opt_(o) {}

    Dataset Run(const json& root) {
        Dataset ds;
        if (!root.is_object()) {
            TypeError(root, "", "", "object");
            return ds;
        }
        Unknown(root, "", {"format", "version", "title", "description", "generated_by", "notes", "pillars", "sources",
                           "instruments", "milestones", "groups"});
        std::string format;
        if (String(root, "", "format", &format, true) && format != "engagemap-dataset")
            Error("/format", "format", "expected \"engagemap-dataset\", got \"" + format + "\"");
        if (const json* v = Get(root, "", "version", true)) {
            if (!v->is_number_integer()) TypeError(*v, "/version", "version", "integer");
            else if (!SameInteger(*v, kDatasetFormatVersion))
                Error("/version", "version",
                      "unsupported version " + v->dump() + " (this build reads version " +
                          std::to_string(kDatasetFormatVersion) + ")");
        }
        String(root, "", "title", &ds.title, false);
        String(root, "", "description", &ds.description, false);
        String(root, "", "generated_by", &ds.generatedBy, false);
        StringArray(root, "", "notes", &ds.notes, false);
        ForEach(root, "", "pillars", true, [&](const json& o, const std::string& p) { ReadPillar(o, p, ds); });
        ForEach(root, "", "sources", true, [&](const json& o, const std::string& p) { ReadSource(o, p, ds); });
        ForEach(root, "", "instruments", true, [&](const json& o, const std::string& p) { ReadInstrument(o, p, ds); });
        ForEach(root, "", "milestones", false, [&](const json& o, const std::string& p) { ReadMilestone(o, p, ds); });
        ForEach(root, "", "groups", false, [&](const json& o, const std::string& p) { ReadGroup(o, p, ds); });
        for (auto& [id, p] : groupRefs_)
            if (!ds.FindGroup(id)) Error(p, "group", "group '" + id + "' is not defined in /groups");
        CheckReferences();
        WarnWhenNoCountryIsInGeodata(ds);
        return ds;
    }

    // Each unknown country is already a warning; when none at all is in the geodata, the geodata
    // or its key field (--iso-field) is the likelier mistake: say so once.
    void WarnWhenNoCountryIsInGeodata(const Dataset& ds) {
        if (!opt_.knownCountries) return;
        bool any = false;
        for (const Instrument& in : ds.instruments)
            for (const Participation& p : in.participants) {
                if (opt_.knownCountries->count(p.country)) return;
                any = true;
            }
        if (any)
            Warning("", "", "no participant country is in the geodata (" + std::to_string(opt_.knownCountries->size()) +
                                " keys): check --geodata and --iso-field");
    }

private:
    // ---- generic readers -------------------------------------------------------------------
    bool Int(const json& obj, const std::string& ptr, const char* key, std::optional<int>* out) {
        const json* v = Get(obj, ptr, key, false);
        if (!v) return false;
        if (!v->is_number_integer() || v->get<long long>() < 0 || v->get<long long>() > 100000) {
            if (!v->is_number_integer()) TypeError(*v, JoinPointer(ptr, key), key, "integer");
            else Error(JoinPointer(ptr, key), key, "must be between 0 and 100000");
            return false;
        }
        *out = static_cast<int>(v->get<long long>());
        return true;
    }
    bool StringArray(const json& obj, const std::string& ptr, const char* key, std::vector<std::string>* out,
                     bool required, bool nonEmpty = false) {
        const json* v = Get(obj, ptr, key, required);
        if (!v) return false;
        std::string p = JoinPointer(ptr, key);
        if (!v->is_array()) {
            TypeError(*v, p, key, "array of strings");
            return false;
        }
        if (nonEmpty && v->empty()) Error(p, key, std::string("must list at least one ") + (std::string(key) == "sources" ? "source" : "entry"));
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            if (!e.is_string()) TypeError(e, p + "/" + std::to_string(i), key, "string");
            else out->push_back(e.get<std::string>());
        }
        return true;
    }
    template <class Fn>
    void ForEach(const json& obj, const std::string& ptr, const char* key, bool required, Fn fn) {
        const json* v = Get(obj, ptr, key, required);
        if (!v) return;
        std::string p = JoinPointer(ptr, key);
        if (!v->is_array()) {
            TypeError(*v, p, key, "array");
            return;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            std::string ep = p + "/" + std::to_string(i);
            if (!e.is_object()) TypeError(e, ep, key, "object");
            else fn(e, ep);
        }
    }
    bool Bool(const json& obj, const std::string& ptr, const char* key, bool* out) {
        const json* v = Get(obj, ptr, key, false);
        if (!v) return false;
        if (!v->is_boolean()) {
            TypeError(*v, JoinPointer(ptr, key), key, "boolean");
            return false;
        }
        *out = v->get<bool>();
        return true;
    }

    // ---- dates -----------------------------------------------------------------------------
    bool PartialText(const json& v, const std::string& ptr, const std::string& field, std::optional<PartialDate>* out) {
        if (!v.is_string()) {
            TypeError(v, ptr, field, "date string");
            return false;
        }
        std::string why;
        *out = ParsePartialDate(v.get<std::string>(), &why);
        if (!*out) Error(ptr, field, why);
        return out->has_value();
    }
    // A date value: "YYYY[-MM[-DD]]", "unknown", or {on | not_before/known_by, derived, uncertain, basis}.
    bool Date(const json& obj, const std::string& ptr, const char* key, bool required, FuzzyDate* out) {
        const json* v = Get(obj, ptr, key, required);
        if (!v) return false;
        std::string p = JoinPointer(ptr, key);
        if (v->is_string()) {
            if (v->get<std::string>() == "unknown") {
                *out = FuzzyDate::Unknown();
                return true;
            }
            std::optional<PartialDate> d;
            if (!PartialText(*v, p, key, &d)) return false;
            *out = FuzzyDate::Exact(*d);
            return true;
        }
        if (!v->is_object()) {
            TypeError(*v, p, key, "date string or date object");
            return false;
        }
        Unknown(*v, p, {"on", "not_before", "known_by", "derived", "uncertain", "basis"});
        FuzzyDate f;
        bool ok = true;
        std::optional<PartialDate> on, lo, hi;
        if (const json* x = Get(*v, p, "on", false)) ok &= PartialText(*x, p + "/on", "on", &on);
        if (const json* x = Get(*v, p, "not_before", false)) ok &= PartialText(*x, p + "/not_before", "not_before", &lo);
        if (const json* x = Get(*v, p, "known_by", false)) ok &= PartialText(*x, p + "/known_by", "known_by", &hi);
        Bool(*v, p, "derived", &f.derived);
        Bool(*v, p, "uncertain", &f.uncertain);
        String(*v, p, "basis", &f.basis, false);
        if (!ok) return false;
        const bool hasOn = v->contains("on"), hasBound = v->contains("not_before") || v->contains("known_by");
        if (hasOn && hasBound) {
            Error(p, key, "a date has either 'on' or bounds ('not_before', 'known_by'), not both", JsonAnchor::Value);
            return false;
        }
        if (!hasOn && !hasBound) {
            Error(p, key, "a date object needs 'on' or a bound ('not_before', 'known_by'); write \"unknown\" if nothing is known",
                  JsonAnchor::Value);
            return false;
        }
        if (hasOn) {
            f.kind = DateKind::Exact;
            f.value = *on;
        } else {
            f.kind = DateKind::Bounded;
            f.notBefore = lo;
            f.knownBy = hi;
            if (lo && hi && lo->First() > hi->Last()) {
                Error(p, key, "bounds out of order: not_before " + lo->ToString() + " is after known_by " + hi->ToString());
                return false;
            }
        }
        *out = f;
        return true;
    }

    // ---- references ------------------------------------------------------------------------
    void SourceRefs(const json& obj, const std::string& ptr, std::vector<std::string>* out, bool required) {
        std::size_t before = out->size();
        if (!StringArray(obj, ptr, "sources", out, required, required)) return;
        for (std::size_t i = before; i < out->size(); ++i)
            sourceRefs_.push_back({(*out)[i], ptr + "/sources/" + std::to_string(i - before)});
    }
    void CheckReferences() {
        for (auto& [id, p] : sourceRefs_)
            if (!sourceIds_.count(id)) Error(p, "sources", "source '" + id + "' is not defined in /sources");
        for (auto& [id, p] : pillarRefs_)
            if (!pillarIds_.count(id)) Error(p, "pillars", "pillar '" + id + "' is not defined in /pillars");
        for (auto& [id, p] : instrumentRefs_)
            if (!instrumentIds_.count(id)) Error(p, "instrument", "instrument '" + id + "' is not defined in /instruments");
    }
    void Unique(std::unordered_map<std::string, std::string>& seen, const std::string& id, const std::string& ptr,
                const char* what) {
        auto [it, fresh] = seen.emplace(id, ptr);
        if (!fresh) Error(ptr + "/id", "id", std::string("duplicate ") + what + " id '" + id + "' (first at " + it->second + ")");
    }

    // ---- records ---------------------------------------------------------------------------
    void ReadPillar(const json& o, const std::string& p, Dataset& ds) {
        Unknown(o, p, {"id", "name", "description"});
        Pillar x;
        if (String(o, p, "id", &x.id, true, true)) Unique(pillarIds_, x.id, p, "pillar");
        String(o, p, "name", &x.name, true, true);
        String(o, p, "description", &x.description, false);
        ds.pillars.push_back(std::move(x));
    }
    void ReadSource(const json& o, const std::string& p, Dataset& ds) {
        Unknown(o, p, {"id", "title", "url", "as_of"});
        Source x;
        if (String(o, p, "id", &x.id, true, true)) Unique(sourceIds_, x.id, p, "source");
        String(o, p, "title", &x.title, true, true);
        String(o, p, "url", &x.url, false);
        Date(o, p, "as_of", false, &x.asOf);
        ds.sources.push_back(std::move(x));
    }
    void ReadMilestone(const json& o, const std::string& p, Dataset& ds) {
        Unknown(o, p, {"id", "date", "caption", "instrument", "sources"});
        Milestone m;
        if (String(o, p, "id", &m.id, true, true)) Unique(milestoneIds_, m.id, p, "milestone");
        Date(o, p, "date", true, &m.date);
        String(o, p, "caption", &m.caption, true, true);
        if (String(o, p, "instrument", &m.instrument, false) && !m.instrument.empty())
            instrumentRefs_.push_back({m.instrument, p + "/instrument"});
        SourceRefs(o, p, &m.sources, true);
        ds.milestones.push_back(std::move(m));
    }
    KeyDate ReadKeyDate(const json& k, const std::string& kp) {
        Unknown(k, kp, {"type", "date", "sources", "note"});
        KeyDate kd;
        String(k, kp, "type", &kd.type, true, true);
        Date(k, kp, "date", true, &kd.date);
        SourceRefs(k, kp, &kd.sources, true);
        String(k, kp, "note", &kd.note, false);
        return kd;
    }
    void ReadInstrument(const json& o, const std::string& p, Dataset& ds) {
        Unknown(o, p, {"id", "name", "short_name", "kind", "pillars", "description", "url", "key_dates", "rounds",
                       "rules", "coverage", "participants", "notes", "hub", "parties"});
        Instrument in;
        if (String(o, p, "id", &in.id, true, true)) {
            Unique(instrumentIds_, in.id, p, "instrument");
        }
        String(o, p, "name", &in.name, true, true);
        String(o, p, "short_name", &in.shortName, false);
        std::string kind;
        bool kindOk = false;
        if (String(o, p, "kind", &kind, true)) {
            if (auto k = ParseInstrumentKind(kind)) {
                in.kind = *k;
                kindOk = true;
            } else {
                Error(p + "/kind", "kind",
                      "unknown kind '" + kind + "' (allowed: treaty, forum, program, assessment, bilateral)");
            }
        }
        std::size_t before = in.pillars.size();
        if (StringArray(o, p, "pillars", &in.pillars, true, true))
            for (std::size_t i = before; i < in.pillars.size(); ++i)
                pillarRefs_.push_back({in.pillars[i], p + "/pillars/" + std::to_string(i)});
        String(o, p, "description", &in.description, false);
        String(o, p, "url", &in.url, false);
        String(o, p, "notes", &in.notes, false);
        ForEach(o, p, "key_dates", false,
                [&](const json& k, const std::string& kp) { in.keyDates.push_back(ReadKeyDate(k, kp)); });
        ForEach(o, p, "rounds", false, [&](const json& r, const std::string& rp) {
            Unknown(r, rp, {"id", "name", "key_dates", "note"});
            Round round;
            if (String(r, rp, "id", &round.id, true, true) && in.FindRound(round.id) >= 0)
                Error(rp + "/id", "id", "duplicate round id '" + round.id + "'");
            String(r, rp, "name", &round.name, false);
            String(r, rp, "note", &round.note, false);
            ForEach(r, rp, "key_dates", true,
                    [&](const json& k, const std::string& kp) { round.keyDates.push_back(ReadKeyDate(k, kp)); });
            in.rounds.push_back(std::move(round));
        });
        if (const json* r = Get(o, p, "rules", false)) {
            const std::string rp = p + "/rules";
            if (!r->is_object()) {
                TypeError(*r, rp, "rules", "object");
            } else {
                Unknown(*r, rp, {"ratification_implies_signature", "accession_after_entry_into_force",
                                 "entry_into_force_months"});
                Bool(*r, rp, "ratification_implies_signature", &in.rules.ratificationImpliesSignature);
                Bool(*r, rp, "accession_after_entry_into_force", &in.rules.accessionAfterEntryIntoForce);
                Int(*r, rp, "entry_into_force_months", &in.rules.entryIntoForceMonths);
                if (in.rules.entryIntoForceMonths && (*in.rules.entryIntoForceMonths < 0 || *in.rules.entryIntoForceMonths > 120))
                    Error(rp + "/entry_into_force_months", "entry_into_force_months", "expected 0 to 120 months");
            }
        }
        ReadCoverage(o, p, &in.coverage);
        ReadBilateralFields(o, p, in, kindOk);
        std::unordered_map<std::string, std::string> countries;
        ForEach(o, p, "participants", true, [&](const json& po, const std::string& pp) {
            ReadParticipant(po, pp, in, kindOk, countries);
        });
        if (kindOk) {
            for (const RuleIssue& r : CheckInstrumentRules(in)) {
                std::string at = p + "/participants/" + std::to_string(r.participant);
                if (r.event >= 0) at += "/events/" + std::to_string(r.event) + "/date";
                if (r.error) Error(at, "date", r.message);
                else Warning(at, "date", r.message);
            }
        }
        ds.instruments.push_back(std::move(in));
    }
    // A bilateral instrument's hub (required) and non-country parties ("parties": id, name, lon,
    // lat, basis); both are refused on other kinds.
    void ReadBilateralFields(const json& o, const std::string& p, Instrument& in, bool kindOk) {
        const bool bilateral = kindOk && in.kind == InstrumentKind::Bilateral;
        if (kindOk && !bilateral) {
            for (const char* key : {"hub", "parties"})
                if (o.contains(key))
                    Error(JoinPointer(p, key), key, std::string("'") + key + "' is only for a bilateral instrument");
            return;
        }
        ForEach(o, p, "parties", false, [&](const json& a, const std::string& ap) {
            Unknown(a, ap, {"id", "name", "lon", "lat", "basis", "group"});
            PartyAnchor party;
            if (String(a, ap, "id", &party.id, true, true) && in.FindParty(party.id))
                Error(ap + "/id", "id", "duplicate party id '" + party.id + "'");
            String(a, ap, "name", &party.name, true, true);
            String(a, ap, "basis", &party.basis, false);
            if (String(a, ap, "group", &party.group, false, true)) groupRefs_.push_back({party.group, ap + "/group"});
            Degrees(a, ap, "lon", 180, &party.lon);
            Degrees(a, ap, "lat", 90, &party.lat);
            in.parties.push_back(std::move(party));
        });
        if (!bilateral) return;
        if (String(o, p, "hub", &in.hub, true, true)) PartyCode(in, in.hub, p + "/hub", "hub");
    }
    // A required number of degrees within [-limit, limit].
    void Degrees(const json& obj, const std::string& ptr, const char* key, double limit, double* out) {
        const json* v = Get(obj, ptr, key, true);
        if (!v) return;
        if (!v->is_number()) TypeError(*v, JoinPointer(ptr, key), key, "number");
        else if (v->get<double>() < -limit || v->get<double>() > limit)
            Error(JoinPointer(ptr, key), key, "must be between " + std::to_string(-static_cast<int>(limit)) + " and " +
                                                  std::to_string(static_cast<int>(limit)) + " degrees");
        else *out = v->get<double>();
    }
    // A party of a bilateral dialogue: a country code, or the id of one of the instrument's parties.
    void PartyCode(const Instrument& in, const std::string& code, const std::string& ptr, const char* field) {
        if (in.FindParty(code)) return;
        if (!IsKnownCountryCode(code))
            Error(ptr, field, "unknown party '" + code +
                                  "' (not an ISO 3166-1 alpha-3 code and not in the instrument's 'parties')");
        else if (opt_.knownCountries && !opt_.knownCountries->count(code))
            Warning(ptr, field, "country '" + code + "' is not in the geodata; kept (listed, but not drawn on the map)");
    }
    // A country group: its members are read as a forum's participants (joined / left events only,
    // honest dates, sources), and the forum rules (no member before the "founded" key date) apply.
    void ReadGroup(const json& o, const std::string& p, Dataset& ds) {
        Unknown(o, p, {"id", "name", "short_name", "description", "url", "key_dates", "coverage", "members", "notes"});
        CountryGroup g;
        if (String(o, p, "id", &g.id, true, true)) {
            std::string key = g.id;  // groups are looked up case-insensitively (Dataset::FindGroup)
            for (char& ch : key) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            Unique(groupIds_, key, p, "group");
        }
        String(o, p, "name", &g.name, true, true);
        String(o, p, "short_name", &g.shortName, false);
        String(o, p, "description", &g.description, false);
        String(o, p, "url", &g.url, false);
        String(o, p, "notes", &g.notes, false);
        ForEach(o, p, "key_dates", false,
                [&](const json& k, const std::string& kp) { g.keyDates.push_back(ReadKeyDate(k, kp)); });
        ReadCoverage(o, p, &g.coverage);
        Instrument asForum;
        asForum.id = g.id;
        asForum.kind = InstrumentKind::Forum;
        asForum.keyDates = g.keyDates;
        std::unordered_map<std::string, std::string> countries;
        ForEach(o, p, "members", true, [&](const json& mo, const std::string& mp) {
            ReadParticipant(mo, mp, asForum, true, countries, "member", "group");
        });
        for (const RuleIssue& r : CheckInstrumentRules(asForum)) {
            std::string at = p + "/members/" + std::to_string(r.participant);
            if (r.event >= 0) at += "/events/" + std::to_string(r.event) + "/date";
            if (r.error) Error(at, "date", r.message);
            else Warning(at, "date", r.message);
        }
        g.members = std::move(asForum.participants);
        ds.groups.push_back(std::move(g));
    }
    void ReadCoverage(const json& o, const std::string& p, Coverage* out) {
        if (const json* c = Get(o, p, "coverage", false)) {
            std::string cp = p + "/coverage";
            if (!c->is_object()) {
                TypeError(*c, cp, "coverage", "object");
            } else {
                Unknown(*c, cp, {"members_total", "as_of", "identified", "note", "sources"});
                Int(*c, cp, "members_total", &out->membersTotal);
                Int(*c, cp, "identified", &out->identified);
                Date(*c, cp, "as_of", false, &out->asOf);
                String(*c, cp, "note", &out->note, false);
                SourceRefs(*c, cp, &out->sources, false);
            }
        }
    }
    void ReadParticipant(const json& o, const std::string& p, Instrument& in, bool kindOk,
                         std::unordered_map<std::string, std::string>& countries,
                         const char* entryWord = "participant", const char* ownerWord = "instrument") {
        Unknown(o, p, {"country", "name", "events", "notes", "uncertain", "uncertain_basis", "hub", "dialogue"});
        Participation part;
        const bool bilateral = kindOk && in.kind == InstrumentKind::Bilateral;
        if (kindOk && !bilateral)
            for (const char* key : {"hub", "dialogue"})
                if (o.contains(key))
                    Error(JoinPointer(p, key), key, std::string("'") + key + "' is only for a bilateral instrument");
        if (bilateral) {
            if (String(o, p, "hub", &part.hub, false, true)) PartyCode(in, part.hub, p + "/hub", "hub");
            String(o, p, "dialogue", &part.dialogue, true, true);
        }
        if (bilateral && String(o, p, "country", &part.country, true)) {
            // One entry per dialogue: the pair may hold several, but not two of the same name.
            PartyCode(in, part.country, p + "/country", "country");
            if (part.country == in.HubOf(part))
                Error(p + "/country", "country", "a dialogue needs two parties: '" + part.country + "' is also its hub");
            const std::string key = in.HubOf(part) + "|" + part.country + "|" + part.dialogue;
            auto [it, fresh] = countries.emplace(key, p);
            if (!fresh)
                Error(p + "/dialogue", "dialogue", "duplicate dialogue '" + part.dialogue + "' between " +
                                                       in.HubOf(part) + " and " + part.country + " (first at " +
                                                       it->second + ")");
        } else if (!bilateral && String(o, p, "country", &part.country, true)) {
            const std::string cp = p + "/country";
            if (!LooksLikeCountryCode(part.country)) {
                Error(cp, "country", "not a country code: '" + part.country + "' (expected ISO 3166-1 alpha-3, e.g. FRA)");
            } else if (!IsKnownCountryCode(part.country)) {
                Error(cp, "country", "unknown country code '" + part.country + "' (not ISO 3166-1 alpha-3 or XKX)");
            } else if (opt_.knownCountries && !opt_.knownCountries->count(part.country)) {
                Warning(cp, "country", "country '" + part.country +
                                           "' is not in the geodata; kept (listed, but not drawn on the map)");
            }
            auto [it, fresh] = countries.emplace(part.country, p);
            if (!fresh)
                Error(cp, "country", "duplicate " + std::string(entryWord) + " '" + part.country + "' in " + ownerWord + " '" + in.id +
                                         "' (first at " + it->second + "; put all its events in one entry)");
        }
        String(o, p, "name", &part.name, false);
        String(o, p, "notes", &part.notes, false);
        Bool(o, p, "uncertain", &part.uncertain);
        String(o, p, "uncertain_basis", &part.uncertainBasis, false);
        if (part.uncertain && part.uncertainBasis.empty())
            Warning(p + "/uncertain", "uncertain", "an uncertain participation should say why (uncertain_basis)");
        std::optional<CivilDate> maxEarliest;
        std::string maxWhat;
        ForEach(o, p, "events", true, [&](const json& e, const std::string& ep) {
            Unknown(e, ep, {"type", "date", "role", "sources", "note", "round"});
            Event ev;
            std::string type;
            if (String(e, ep, "type", &type, true)) {
                if (auto t = ParseEventType(type)) {
                    ev.type = *t;
                    if (kindOk && !EventAllowedFor(in.kind, *t)) {
                        std::string allowed;
                        for (int i = 0; i < kEventTypeCount; ++i)
                            if (EventAllowedFor(in.kind, static_cast<EventType>(i)))
                                allowed += (allowed.empty() ? "" : ", ") + std::string(ToString(static_cast<EventType>(i)));
                        Error(ep + "/type", "type", "status '" + type + "' does not fit a " +
                                                        std::string(ToString(in.kind)) + " (allowed: " + allowed + ")");
                    }
                } else {
                    Error(ep + "/type", "type", "unknown status '" + type + "'");
                }
            }
            if (Date(e, ep, "date", true, &ev.date)) {
                auto earliest = ev.date.Earliest();
                auto latest = ev.date.Latest();
                if (latest && maxEarliest && *latest < *maxEarliest)
                    Error(ep + "/date", "date", "events out of chronological order: '" + type + "' (" +
                                                    ev.date.Describe() + ") is listed after " + maxWhat);
                if (earliest && (!maxEarliest || *earliest > *maxEarliest)) {
                    maxEarliest = earliest;
                    maxWhat = "'" + type + "' (" + ev.date.Describe() + ")";
                }
            }
            String(e, ep, "role", &ev.role, false);
            String(e, ep, "note", &ev.note, false);
            if (String(e, ep, "round", &ev.round, false) && !ev.round.empty() && in.FindRound(ev.round) < 0)
                Error(ep + "/round", "round", "unknown round '" + ev.round + "' (not in the instrument's rounds)");
            SourceRefs(e, ep, &ev.sources, true);
            part.events.push_back(std::move(ev));
        });
        in.participants.push_back(std::move(part));
    }

    const DatasetLoadOptions& opt_;
    std::unordered_map<std::string, std::string> pillarIds_, sourceIds_, instrumentIds_, milestoneIds_, groupIds_;
    std::vector<std::pair<std::string, std::string>> sourceRefs_, pillarRefs_, instrumentRefs_, groupRefs_;
};

}  // namespace

bool ReadFileVsi(const std::string& path, std::uint64_t maxBytes, std::string* out, std::string* error) {
    return ReadInputFile(path, maxBytes, out, error);
}

DatasetLoadResult ParseDataset(std::string_view text, const std::string& fileName, const DatasetLoadOptions& options) {
    DatasetLoadResult result;
    nlohmann::json value;
    if (!ReadJsonForLoader(text, fileName, options.maxBytes, options.maxDepth, &value, &result.errors)) return result;
    Validator v(options);
    Dataset ds = v.Run(value);
    const bool anyError = std::any_of(v.issues.begin(), v.issues.end(), [](const JsonIssue& i) { return !i.warning; });
    if (options.locateWarnings || anyError) {
        AppendLocatedIssues(text, fileName, v.issues, &result.errors, &result.warnings);
    } else {
        for (const JsonIssue& i : v.issues)
            result.warnings.push_back(LoadError{fileName, 0, 0, i.pointer.empty() ? "/" : i.pointer, i.field, i.message});
    }
    if (result.errors.empty()) result.dataset = std::move(ds);
    return result;
}

DatasetLoadResult LoadDataset(const std::string& path, const DatasetLoadOptions& options) {
    std::string text, error;
    if (!ReadFileVsi(path, options.maxBytes, &text, &error)) {
        DatasetLoadResult r;
        r.errors.push_back(LoadError{path, 0, 0, "", "", error});
        return r;
    }
    return ParseDataset(text, path, options);
}

}  // namespace engagemap
