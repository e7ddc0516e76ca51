// StoryPanel: preparing a briefing. The storyboard's slides in order — show one, add the
// current view as a slide, update it from the current view, edit its title, caption and date or
// date range, move it up or down, delete it — and save (atomically, next to the dataset).
// Edits the storyboard (title, slide fields, order, deletion) and the deck's position; reads the
// storyboard's path, each slide's problem and the timeline's range and date. What needs the rest
// of the window (showing a slide, the current view, saving, presenting) it reports.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/story/slide_deck.hpp"
#include "core/story/storyboard.hpp"
#include "core/story/transition.hpp"
#include "core/timeline/timeline_controller.hpp"

namespace engagemap {

// What the storyboard panel asks the window to do after it drew.
struct StoryPanelReport {
    std::optional<std::size_t> showSlide;  // a slide was picked: show it (ApplySlide)
    bool addCurrentView = false;           // add the current view as a slide after the current one
    bool updateFromView = false;           // the current slide takes the current view and date
    bool save = false;                     // save the storyboard
    bool present = false;                  // presentation mode from slide 1
};

// Draws the "Storyboard" window while `open`. `problems[i]` is why slide i cannot be shown with
// the loaded data ("" when it can): such slides are marked red, with the reason on hover.
StoryPanelReport DrawStoryPanel(bool& open, Storyboard& story, SlideDeck& deck, const std::string& storyPath,
                                const std::vector<std::string>& problems, const TimelineController& timeline);

}  // namespace engagemap
