#include "core/story/slide_deck.hpp"

#include <cmath>
#include <cstdio>

namespace engagemap {

DeckStep StepForKey(ClickerKey key) {
    switch (key) {
        case ClickerKey::PageDown:
        case ClickerKey::Right:
        case ClickerKey::Space: return DeckStep::Next;
        case ClickerKey::PageUp:
        case ClickerKey::Left:
        case ClickerKey::ShiftSpace: return DeckStep::Previous;
        case ClickerKey::Home: return DeckStep::First;
        case ClickerKey::End: return DeckStep::Last;
        case ClickerKey::Other: return DeckStep::None;
    }
    return DeckStep::None;
}

void SlideDeck::SetCount(std::size_t count) {
    count_ = count;
    if (count_ == 0) current_ = 0;
    else if (current_ >= count_) current_ = count_ - 1;
}

bool SlideDeck::GoTo(std::size_t index) {
    if (index >= count_ || index == current_) return false;
    current_ = index;
    return true;
}

bool SlideDeck::Next() { return GoTo(current_ + 1); }
bool SlideDeck::Previous() { return current_ > 0 && GoTo(current_ - 1); }
bool SlideDeck::First() { return GoTo(0); }
bool SlideDeck::Last() { return count_ > 0 && GoTo(count_ - 1); }

bool SlideDeck::Apply(DeckStep step) {
    switch (step) {
        case DeckStep::Next: return Next();
        case DeckStep::Previous: return Previous();
        case DeckStep::First: return First();
        case DeckStep::Last: return Last();
        case DeckStep::None: return false;
    }
    return false;
}

ScreenCover ToggleCover(ScreenCover current, ScreenCover pressed) {
    return current == pressed ? ScreenCover::None : pressed;
}

std::string CounterText(const SlideDeck& deck) {
    if (deck.Empty()) return "";
    return std::to_string(deck.Current() + 1) + " / " + std::to_string(deck.Count());
}

std::string FormatElapsed(double seconds) {
    const long total = std::isfinite(seconds) && seconds > 0 ? static_cast<long>(seconds) : 0;
    const long h = total / 3600, m = (total / 60) % 60, s = total % 60;
    char text[32];
    if (h > 0) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", h, m, s);
    else std::snprintf(text, sizeof text, "%ld:%02ld", m, s);
    return text;
}

}  // namespace engagemap
