// Which milestone caption a video frame shows, and how it reads. A caption belongs to the
// instruments the video shows (a Budapest-only video does not caption the US strategy of 2011),
// carries its own date ("May 2011 — …") and stays a bounded time after that date.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/data/civil_date.hpp"
#include "core/data/dataset.hpp"
#include "core/filter/engagement_views.hpp"

namespace engagemap {

// Ids of the instruments `request` shows: status → its instrument; compare → A and B; breadth →
// every instrument its filter accepts.
std::set<std::string> ShownInstrumentIds(const Dataset& dataset, const ViewRequest& request);

// The milestones of `instrumentIds` only (general milestones, without an instrument, and those of
// other instruments are left out), by earliest date; undated milestones are left out.
std::vector<const Milestone*> CaptionMilestones(const Dataset& dataset, const std::set<std::string>& instrumentIds);

// The milestone captioned on `day`: the latest of `milestones` dated on or before `day` and at
// most `withinDays` days before it; nullptr when none.
const Milestone* CaptionOn(const std::vector<const Milestone*>& milestones, const CivilDate& day, int withinDays);

// The caption with its date in front, as precise as the date is known: "23 November 2001 — …",
// "May 2011 — …", "2010 — …"; other dates as FuzzyDate::Describe() gives them.
std::string DatedCaption(const Milestone& milestone);

// Timeline days a caption stays on screen at `timelineDaysPerVideoSecond`: three seconds of
// video, cut to at most one year of timeline, but never under 1.5 s of video (readable).
int CaptionDaysFor(double timelineDaysPerVideoSecond);

// How far `day` is through from..to, 0..1 (clamped; 1 when the range is a single day): the
// video's progress bar.
float PlaybackFraction(const CivilDate& from, const CivilDate& to, const CivilDate& day);

// The running count shown under the date: "68 countries with a status (incl. uncertain)", "1
// country engaged (incl. uncertain)": every coloured country, hatched ones included.
std::string RunningCountText(ViewKind kind, size_t countries);

}  // namespace engagemap
