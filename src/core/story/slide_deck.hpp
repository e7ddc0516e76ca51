// SlideDeck: which slide of a storyboard is showing, and how presentation clickers move through it.
// Clickers send PageDown/PageUp (most), Right/Left or Space; the window maps its GLFW/ImGui keys to
// ClickerKey and calls HandleKey. Headless; no ImGui here.
#pragma once

#include <cstddef>
#include <string>

namespace engagemap {

// Keys a clicker (or a presenter at the keyboard) uses. The UI maps its own key codes to these.
enum class ClickerKey {
    PageDown,
    PageUp,
    Right,
    Left,
    Space,
    ShiftSpace,  // Space with Shift held: back, as in slide software
    Home,
    End,
    Other,       // anything else: not for the deck
};

// What a key does to the deck.
enum class DeckStep { None, Next, Previous, First, Last };

// PageDown / Right / Space -> Next; PageUp / Left / Shift+Space -> Previous; Home -> First;
// End -> Last; anything else -> None.
DeckStep StepForKey(ClickerKey key);

class SlideDeck {
public:
    // A deck of `count` slides showing the first one (none when count is 0).
    explicit SlideDeck(std::size_t count = 0) { SetCount(count); }

    // Changes the number of slides (after the storyboard was edited); keeps the current index,
    // clamped to the new range.
    void SetCount(std::size_t count);
    std::size_t Count() const { return count_; }
    bool Empty() const { return count_ == 0; }

    // Index of the slide showing (0 when empty).
    std::size_t Current() const { return current_; }
    bool AtFirst() const { return current_ == 0; }
    bool AtLast() const { return count_ == 0 || current_ + 1 == count_; }

    // Each returns true when the current slide changed (false at the ends: clamped, no wrap).
    bool Next();
    bool Previous();
    bool First();
    bool Last();
    bool GoTo(std::size_t index);  // false when out of range or already there

    // Applies a step; true when the current slide changed.
    bool Apply(DeckStep step);
    // StepForKey + Apply: what the window calls on a key press in presentation mode.
    bool HandleKey(ClickerKey key) { return Apply(StepForKey(key)); }

private:
    std::size_t count_ = 0;
    std::size_t current_ = 0;
};

// What covers the projected screen: nothing, black (`B` or `.`, as in slide software) or white (`W`).
enum class ScreenCover { None, Black, White };

// The cover after pressing the key for `pressed`: the same key again uncovers, the other one switches.
ScreenCover ToggleCover(ScreenCover current, ScreenCover pressed);

// The slide counter, 1-based: "3 / 9"; "" for an empty deck.
std::string CounterText(const SlideDeck& deck);

// Time since a presentation started, for the presenter screen: "12:34" under an hour, else
// "1:02:03"; negative or non-finite seconds count as 0.
std::string FormatElapsed(double seconds);

}  // namespace engagemap
