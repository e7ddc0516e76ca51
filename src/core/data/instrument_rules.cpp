#include "core/data/instrument_rules.hpp"

namespace engagemap {

namespace {

// Narrows a date that is not exactly known to [lo, hi] (either may be open). Returns whether it
// changed. A contradiction (empty range) leaves the date alone, unless `replaceOnConflict` (the
// bounds follow from an exactly dated fact by a rule): then the old bounds give way, and
// *replaced says so.
bool Tighten(FuzzyDate& d, std::optional<CivilDate> lo, std::optional<CivilDate> hi, const std::string& basis,
             bool replaceOnConflict = false, bool* replaced = nullptr) {
    if (d.kind == DateKind::Exact) return false;
    const auto earliest = d.Earliest(), latest = d.Latest();
    std::optional<PartialDate> notBefore = d.kind == DateKind::Bounded ? d.notBefore : std::nullopt;
    std::optional<PartialDate> knownBy = d.kind == DateKind::Bounded ? d.knownBy : std::nullopt;
    bool changed = false;
    if (lo && (!earliest || *lo > *earliest)) {
        notBefore = PartialDate::FromDay(*lo);
        changed = true;
    }
    if (hi && (!latest || *hi < *latest)) {
        knownBy = PartialDate::FromDay(*hi);
        changed = true;
    }
    if (!changed) return false;
    if (notBefore && knownBy && notBefore->First() > knownBy->Last()) {
        if (!replaceOnConflict) return false;
        notBefore = lo ? std::optional(PartialDate::FromDay(*lo)) : std::nullopt;
        knownBy = hi ? std::optional(PartialDate::FromDay(*hi)) : std::nullopt;
        if (replaced) *replaced = true;
        d.basis += std::string(d.basis.empty() ? "" : "; ") + "replaces a bound that contradicts the rule";
    }
    d.kind = DateKind::Bounded;
    d.notBefore = notBefore;
    d.knownBy = knownBy;
    d.derived = true;
    if (d.basis.find(basis) == std::string::npos) d.basis += (d.basis.empty() ? "" : "; ") + basis;
    return true;
}

int FindEvent(const Participation& p, bool (*pred)(EventType)) {
    for (std::size_t i = 0; i < p.events.size(); ++i)
        if (pred(p.events[i].type)) return static_cast<int>(i);
    return -1;
}

bool IsSigned(EventType t) { return t == EventType::Signed; }
bool IsInForce(EventType t) { return t == EventType::InForce; }

std::string Months(int n) { return std::to_string(n) + (n == 1 ? " month" : " months"); }

void ApplyTreatyRules(const Instrument& in, Participation& p, std::vector<std::string>* conflicts) {
    const InstrumentRules& rules = in.rules;
    const auto opened = in.OpeningDay();
    const auto general = in.EntryIntoForceDay();
    int dep = FindEvent(p, IsDeposit);
    if (dep >= 0 && rules.ratificationImpliesSignature && p.events[dep].type != EventType::Acceded && FindEvent(p, IsSigned) < 0) {
        Event s;
        s.type = EventType::Signed;
        s.date.derived = true;
        s.date.basis = "signature implied by the deposit of ratification (rule: ratification implies an earlier "
                       "signature); its date was not found";
        s.sources = p.events[dep].sources;
        s.note = "implied by ratification; date not found";
        p.events.insert(p.events.begin() + dep, std::move(s));
        ++dep;
    }
    if (dep >= 0 && rules.entryIntoForceMonths && FindEvent(p, IsInForce) < 0) {
        Event f;
        f.type = EventType::InForce;
        f.date.derived = true;
        f.date.basis = "entry into force for this state not recorded; bounded by the entry-into-force rule";
        f.sources = p.events[dep].sources;
        f.note = "entry into force not recorded";
        p.events.insert(p.events.begin() + dep + 1, std::move(f));
    }
    const int sig = FindEvent(p, IsSigned), eif = FindEvent(p, IsInForce);
    dep = FindEvent(p, IsDeposit);
    const std::string openedBasis = opened ? "not before the instrument opened (" + ToString(*opened) + ")" : "";
    const std::string accessionBasis =
        general ? "accession only after the treaty's own entry into force (" + ToString(*general) + ")" : "";
    for (int pass = 0; pass < 3; ++pass) {
        bool changed = false;
        for (Event& e : p.events) {
            if (opened) changed |= Tighten(e.date, opened, std::nullopt, openedBasis);
            if (rules.accessionAfterEntryIntoForce && general &&
                (e.type == EventType::Acceded || e.type == EventType::Invited))
                changed |= Tighten(e.date, general, std::nullopt, accessionBasis);
        }
        if (sig >= 0 && dep >= 0) {
            changed |= Tighten(p.events[sig].date, std::nullopt, p.events[dep].date.Latest(),
                               "signature precedes the deposit");
            changed |= Tighten(p.events[dep].date, p.events[sig].date.Earliest(), std::nullopt,
                               "deposit follows the signature");
        }
        if (rules.entryIntoForceMonths && dep >= 0 && eif >= 0) {
            const int n = *rules.entryIntoForceMonths;
            const std::string rule = "first day of the month after " + Months(n) + " from deposit";
            const auto de = p.events[dep].date.Earliest(), dl = p.events[dep].date.Latest();
            std::optional<CivilDate> lo = de ? EntryIntoForceAfterDeposit(*de, n, general) : general;
            std::optional<CivilDate> hi;
            if (dl) hi = EntryIntoForceAfterDeposit(*dl, n, general);
            changed |= Tighten(p.events[eif].date, lo, hi, "entry into force from the deposit date: " + rule);
            std::optional<CivilDate> dlo, dhi;
            DepositBoundsFromEntryIntoForce(p.events[eif].date.Earliest(), p.events[eif].date.Latest(), n, general,
                                            &dlo, &dhi);
            bool replaced = false;
            changed |= Tighten(p.events[dep].date, dlo, dhi, "deposit from the entry-into-force date: " + rule,
                               p.events[eif].date.kind == DateKind::Exact, &replaced);
            if (replaced && conflicts)
                conflicts->push_back(p.country + ": the deposit's bound contradicts the entry into force " +
                                     p.events[eif].date.Describe() + " by the rule; kept the bound the rule gives");
        }
        if (!changed) break;
    }
}

}  // namespace

CivilDate EntryIntoForceAfterDeposit(const CivilDate& deposit, int months, std::optional<CivilDate> general) {
    CivilDate e = FirstOfMonthOffset(deposit, months + 1);
    if (general && e < *general) e = *general;
    return e;
}

void DepositBoundsFromEntryIntoForce(std::optional<CivilDate> eifEarliest, std::optional<CivilDate> eifLatest,
                                     int months, std::optional<CivilDate> general, std::optional<CivilDate>* lower,
                                     std::optional<CivilDate>* upper) {
    lower->reset();
    upper->reset();
    // In force by L: the deposit's month is at least months+1 before L's month.
    if (eifLatest && (!general || *general <= *eifLatest))
        *upper = LastOfMonth(FirstOfMonthOffset(*eifLatest, -(months + 1)));
    // In force no earlier than E (after the general date): the deposit's month + months + 1 reaches E.
    if (eifEarliest && (!general || *eifEarliest > *general)) {
        const CivilDate firstAtOrAfter = eifEarliest->day == 1 ? *eifEarliest : FirstOfMonthOffset(*eifEarliest, 1);
        *lower = FirstOfMonthOffset(firstAtOrAfter, -(months + 1));
    }
}

void ApplyInstrumentRules(Instrument& in, std::vector<std::string>* conflicts) {
    const auto opened = in.OpeningDay();
    for (Participation& p : in.participants) {
        if (in.kind == InstrumentKind::Treaty) {
            ApplyTreatyRules(in, p, conflicts);
        } else if (opened) {
            const std::string basis = "not before the " + std::string(ToString(in.kind)) + " was founded (" +
                                      ToString(*opened) + ")";
            for (Event& e : p.events) Tighten(e.date, opened, std::nullopt, basis);
        }
    }
}

std::vector<RuleIssue> CheckInstrumentRules(const Instrument& in) {
    std::vector<RuleIssue> out;
    const auto opened = in.OpeningDay();
    const auto general = in.EntryIntoForceDay();
    const InstrumentRules& rules = in.rules;
    for (std::size_t pi = 0; pi < in.participants.size(); ++pi) {
        const Participation& p = in.participants[pi];
        const int ip = static_cast<int>(pi);
        auto add = [&](bool error, int ev, std::string msg) {
            out.push_back(RuleIssue{error, ip, ev, p.country + ": " + std::move(msg)});
        };
        int firstDeposit = -1, firstJoin = -1;
        for (std::size_t ei = 0; ei < p.events.size(); ++ei) {
            const Event& e = p.events[ei];
            const int ie = static_cast<int>(ei);
            const std::string what = std::string(ToString(e.type)) + " " + e.date.Describe();
            const auto latest = e.date.Latest();
            if (opened && latest && *latest < *opened)
                add(true, ie, what + " is before the instrument opened (" + ToString(*opened) + ")");
            if (rules.accessionAfterEntryIntoForce && general && latest && *latest < *general &&
                (e.type == EventType::Acceded || e.type == EventType::Invited))
                add(true, ie, what + " is before the treaty's own entry into force (" + ToString(*general) +
                                  "); accession is possible only after it");
            if (IsDeposit(e.type) && firstDeposit < 0) firstDeposit = ie;
            if ((e.type == EventType::Joined || e.type == EventType::Start || e.type == EventType::Launched ||
                 e.type == EventType::Round) &&
                firstJoin < 0)
                firstJoin = ie;
            if (e.type == EventType::Denounced && firstDeposit < 0)
                add(false, ie, "denounced without an earlier deposit (impossible sequence)");
            if (e.type == EventType::Left && firstJoin < 0) add(false, ie, "left without joining (impossible sequence)");
            if (e.type == EventType::End && firstJoin < 0) add(false, ie, "ended without a start (impossible sequence)");
            if ((e.type == EventType::Suspended || e.type == EventType::Resumed || e.type == EventType::Ended) &&
                firstJoin < 0)
                add(false, ie, what + " before any launch or round (impossible sequence)");
        }
        if (firstDeposit < 0) continue;
        const Event& dep = p.events[static_cast<std::size_t>(firstDeposit)];
        const int eif = FindEvent(p, IsInForce);
        if (rules.entryIntoForceMonths && eif >= 0 && dep.date.IsExactDay() &&
            p.events[static_cast<std::size_t>(eif)].date.IsExactDay()) {
            const CivilDate expected = EntryIntoForceAfterDeposit(dep.date.value.First(), *rules.entryIntoForceMonths, general);
            const CivilDate got = p.events[static_cast<std::size_t>(eif)].date.value.First();
            if (got != expected)
                add(true, eif, "entry into force " + ToString(got) + " contradicts the entry-into-force rule: deposit " +
                                   ToString(dep.date.value.First()) + " gives " + ToString(expected));
        }
        if (rules.ratificationImpliesSignature && dep.type != EventType::Acceded) {
            const int sig = FindEvent(p, IsSigned);
            const bool evidence = sig >= 0 && !p.events[static_cast<std::size_t>(sig)].date.derived &&
                                  p.events[static_cast<std::size_t>(sig)].date.kind != DateKind::Unknown;
            const bool derivedDate = sig >= 0 && p.events[static_cast<std::size_t>(sig)].date.kind == DateKind::Exact;
            if (!evidence && !derivedDate)
                add(false, sig >= 0 ? sig : firstDeposit,
                    "deposit by ratification without any dated signature evidence (signature implied, date not found)");
        }
    }
    return out;
}

}  // namespace engagemap
