#include "core/data/dataset_writer.hpp"

namespace engagemap {

using ojson = nlohmann::ordered_json;

namespace {

void PutIf(ojson& o, const char* key, const std::string& v) {
    if (!v.empty()) o[key] = v;
}

ojson Strings(const std::vector<std::string>& v) {
    ojson a = ojson::array();
    for (auto& s : v) a.push_back(s);
    return a;
}

}  // namespace

ojson DateToJson(const FuzzyDate& d) {
    const bool flagged = d.derived || d.uncertain || !d.basis.empty();
    if (d.kind == DateKind::Unknown) return "unknown";
    if (d.kind == DateKind::Exact && !flagged) return d.value.ToString();
    ojson o = ojson::object();
    if (d.kind == DateKind::Exact) {
        o["on"] = d.value.ToString();
    } else {
        if (d.notBefore) o["not_before"] = d.notBefore->ToString();
        if (d.knownBy) o["known_by"] = d.knownBy->ToString();
    }
    if (d.derived) o["derived"] = true;
    if (d.uncertain) o["uncertain"] = true;
    PutIf(o, "basis", d.basis);
    return o;
}

namespace {

ojson KeyDatesToJson(const std::vector<KeyDate>& dates) {
    ojson kds = ojson::array();
    for (auto& k : dates) {
        ojson ko = {{"type", k.type}, {"date", DateToJson(k.date)}, {"sources", Strings(k.sources)}};
        PutIf(ko, "note", k.note);
        kds.push_back(std::move(ko));
    }
    return kds;
}

void PutCoverage(ojson& o, const Coverage& c) {
    if (c.membersTotal || c.identified || !c.note.empty() || c.asOf.kind != DateKind::Unknown) {
        ojson co = ojson::object();
        if (c.membersTotal) co["members_total"] = *c.membersTotal;
        if (c.asOf.kind != DateKind::Unknown) co["as_of"] = DateToJson(c.asOf);
        if (c.identified) co["identified"] = *c.identified;
        PutIf(co, "note", c.note);
        if (!c.sources.empty()) co["sources"] = Strings(c.sources);
        o["coverage"] = std::move(co);
    }
}

ojson ParticipantsToJson(const std::vector<Participation>& participants) {
    ojson parts = ojson::array();
    for (auto& p : participants) {
        ojson po = ojson::object();
        po["country"] = p.country;
        PutIf(po, "name", p.name);
        PutIf(po, "hub", p.hub);
        PutIf(po, "dialogue", p.dialogue);
        if (p.uncertain) po["uncertain"] = true;
        PutIf(po, "uncertain_basis", p.uncertainBasis);
        ojson evs = ojson::array();
        for (auto& e : p.events) {
            ojson eo = ojson::object();
            eo["type"] = std::string(ToString(e.type));
            eo["date"] = DateToJson(e.date);
            PutIf(eo, "role", e.role);
            eo["sources"] = Strings(e.sources);
            PutIf(eo, "note", e.note);
            PutIf(eo, "round", e.round);
            evs.push_back(std::move(eo));
        }
        po["events"] = std::move(evs);
        PutIf(po, "notes", p.notes);
        parts.push_back(std::move(po));
    }
    return parts;
}

ojson GroupsToJson(const std::vector<CountryGroup>& groups) {
    ojson out = ojson::array();
    for (auto& g : groups) {
        ojson o = ojson::object();
        o["id"] = g.id;
        o["name"] = g.name;
        PutIf(o, "short_name", g.shortName);
        PutIf(o, "description", g.description);
        PutIf(o, "url", g.url);
        if (!g.keyDates.empty()) o["key_dates"] = KeyDatesToJson(g.keyDates);
        PutCoverage(o, g.coverage);
        PutIf(o, "notes", g.notes);
        o["members"] = ParticipantsToJson(g.members);
        out.push_back(std::move(o));
    }
    return out;
}

}  // namespace

ojson DatasetToJson(const Dataset& d) {
    ojson root = ojson::object();
    root["format"] = "engagemap-dataset";
    root["version"] = d.version;
    PutIf(root, "title", d.title);
    PutIf(root, "description", d.description);
    PutIf(root, "generated_by", d.generatedBy);
    if (!d.notes.empty()) root["notes"] = Strings(d.notes);
    ojson pillars = ojson::array();
    for (auto& p : d.pillars) {
        ojson o = {{"id", p.id}, {"name", p.name}};
        PutIf(o, "description", p.description);
        pillars.push_back(std::move(o));
    }
    root["pillars"] = std::move(pillars);
    ojson instruments = ojson::array();
    for (auto& in : d.instruments) {
        ojson o = ojson::object();
        o["id"] = in.id;
        o["name"] = in.name;
        PutIf(o, "short_name", in.shortName);
        o["kind"] = std::string(ToString(in.kind));
        o["pillars"] = Strings(in.pillars);
        PutIf(o, "description", in.description);
        PutIf(o, "url", in.url);
        if (!in.keyDates.empty()) o["key_dates"] = KeyDatesToJson(in.keyDates);
        if (!in.rounds.empty()) {
            ojson rs = ojson::array();
            for (auto& r : in.rounds) {
                ojson ro = {{"id", r.id}};
                PutIf(ro, "name", r.name);
                ro["key_dates"] = KeyDatesToJson(r.keyDates);
                PutIf(ro, "note", r.note);
                rs.push_back(std::move(ro));
            }
            o["rounds"] = std::move(rs);
        }
        if (in.rules.Any()) {
            ojson ro = ojson::object();
            if (in.rules.ratificationImpliesSignature) ro["ratification_implies_signature"] = true;
            if (in.rules.accessionAfterEntryIntoForce) ro["accession_after_entry_into_force"] = true;
            if (in.rules.entryIntoForceMonths) ro["entry_into_force_months"] = *in.rules.entryIntoForceMonths;
            o["rules"] = std::move(ro);
        }
        PutCoverage(o, in.coverage);
        PutIf(o, "notes", in.notes);
        PutIf(o, "hub", in.hub);
        if (!in.parties.empty()) {
            ojson ps = ojson::array();
            for (auto& party : in.parties) {
                ojson ao = {{"id", party.id}, {"name", party.name}, {"lon", party.lon}, {"lat", party.lat}};
                PutIf(ao, "group", party.group);
                PutIf(ao, "basis", party.basis);
                ps.push_back(std::move(ao));
            }
            o["parties"] = std::move(ps);
        }
        o["participants"] = ParticipantsToJson(in.participants);
        instruments.push_back(std::move(o));
    }
    root["instruments"] = std::move(instruments);
    if (!d.groups.empty()) root["groups"] = GroupsToJson(d.groups);
    ojson milestones = ojson::array();
    for (auto& m : d.milestones) {
        ojson o = {{"id", m.id}, {"date", DateToJson(m.date)}, {"caption", m.caption}};
        PutIf(o, "instrument", m.instrument);
        o["sources"] = Strings(m.sources);
        milestones.push_back(std::move(o));
    }
    root["milestones"] = std::move(milestones);
    ojson sources = ojson::array();
    for (auto& s : d.sources) {
        ojson o = {{"id", s.id}, {"title", s.title}};
        PutIf(o, "url", s.url);
        o["as_of"] = DateToJson(s.asOf);
        sources.push_back(std::move(o));
    }
    root["sources"] = std::move(sources);
    return root;
}

std::string WriteDatasetJson(const Dataset& d, int indent) {
    return DatasetToJson(d).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace engagemap
