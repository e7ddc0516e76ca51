// Instrument rules (datasets/README.md, "Rules"): an instrument's own key dates and final clauses
// bound every participation's unknown dates. ApplyInstrumentRules turns those bounds into derived
// dates (with their basis) so that no status is shown before it was possible; CheckInstrumentRules
// reports dated facts that break a rule (errors) and impossible or unevidenced sequences (warnings).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/data/dataset.hpp"

namespace engagemap {

// Entry into force for a state depositing on `deposit` under the rule "first day of the month after
// `months` months from deposit", never before the treaty's own entry into force `general`.
CivilDate EntryIntoForceAfterDeposit(const CivilDate& deposit, int months, std::optional<CivilDate> general);

// Bounds of a deposit date that gives an entry into force in [eifEarliest, eifLatest] under the
// same rule (either side may be open). `lower`/`upper` are left unset where the rule says nothing.
void DepositBoundsFromEntryIntoForce(std::optional<CivilDate> eifEarliest, std::optional<CivilDate> eifLatest,
                                     int months, std::optional<CivilDate> general, std::optional<CivilDate>* lower,
                                     std::optional<CivilDate>* upper);

// Tightens every date of `instrument` that is not exactly known with the bounds its rules and key
// dates give (marked derived, basis appended), and adds what a rule implies and the data lacks:
// a signature (date unknown, derived) before a deposit by ratification where signatures are
// implied, and an entry into force (derived bounds) after a deposit where the treaty has an
// entry-into-force rule. Exact dates are never changed. Where a bound from the table (known_by)
// contradicts what the rule gives from an exactly dated entry into force, the rule's bound wins and
// a line naming the country goes to *conflicts (if given). Idempotent.
void ApplyInstrumentRules(Instrument& instrument, std::vector<std::string>* conflicts = nullptr);

// One finding of CheckInstrumentRules.
struct RuleIssue {
    bool error = false;   // a dated fact breaks a rule; otherwise a warning
    int participant = 0;  // index in Instrument::participants
    int event = -1;       // index in its events; -1 = the participation as a whole
    std::string message;
};

// Errors: an event dated before the instrument opened; an accession or invitation dated before
// the treaty's own entry into force (accession rule); an exact entry into force that contradicts
// the entry-into-force rule applied to an exact deposit. Warnings: denounced before any deposit,
// left without joined (or ended without start), a deposit by ratification without any dated
// signature evidence where the rules imply one.
std::vector<RuleIssue> CheckInstrumentRules(const Instrument& instrument);

}  // namespace engagemap
