#include "core/view/country_labels.hpp"

#include <algorithm>
#include <cctype>

#include "core/data/country_names.hpp"
#include "core/style/label_layout.hpp"

namespace engagemap {
namespace {

std::string Trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return std::string(s);
}

std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Codes of `countries` one letter away from `code` (a substitution or a swap of neighbours).
std::vector<int> NearCodes(const std::string& code, const CountrySet& countries) {
    std::vector<int> out;
    for (size_t i = 0; i < countries.countries.size(); ++i) {
        const std::string& key = countries.countries[i].key;
        if (key.size() != code.size()) continue;
        int diff = 0;
        for (size_t k = 0; k < key.size(); ++k) diff += key[k] != code[k];
        bool swapped = false;
        for (size_t k = 0; k + 1 < key.size() && !swapped; ++k) {
            std::string t = code;
            std::swap(t[k], t[k + 1]);
            swapped = t == key;
        }
        if (diff == 1 || swapped) out.push_back(static_cast<int>(i));
    }
    return out;
}

}  // namespace

std::optional<LabelSelection> ParseLabelSelection(std::string_view text, std::string* error) {
    LabelSelection s;
    const std::string whole = Lower(Trim(text));
    if (whole.empty() || whole == "none") return s;
    if (whole == "changed" || whole == "all") {
        s.mode = whole == "all" ? LabelSelection::Mode::All : LabelSelection::Mode::Changed;
        return s;
    }
    s.mode = LabelSelection::Mode::Countries;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find(',', start), text.size());
        std::string item = Trim(text.substr(start, end - start));
        start = end + 1;
        if (item.empty()) continue;
        const bool letters = item.size() == 3 && std::all_of(item.begin(), item.end(), [](char c) {
                                 return std::isalpha(static_cast<unsigned char>(c)) != 0;
                             });
        if (!letters) {
            if (error)
                *error = "labels: '" + item + "' is not an ISO 3166 alpha-3 code (expected e.g. TON,KIR,FJI, changed or all)";
            return std::nullopt;
        }
        for (char& c : item) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        s.countries.push_back(std::move(item));
    }
    return s;
}

std::string LabelSelectionText(const LabelSelection& selection) {
    switch (selection.mode) {
        case LabelSelection::Mode::None: return "none";
        case LabelSelection::Mode::Changed: return "changed";
        case LabelSelection::Mode::All: return "all";
        case LabelSelection::Mode::Countries: break;
    }
    std::string out;
    for (const std::string& c : selection.countries) out.append(out.empty() ? "" : ",").append(c);
    return out.empty() ? "none" : out;
}

bool CheckLabelCountries(const LabelSelection& selection, const CountrySet& countries, std::string* error) {
    if (selection.mode != LabelSelection::Mode::Countries) return true;
    for (const std::string& code : selection.countries) {
        if (countries.Find(code) >= 0) continue;
        // Suggest codes one letter away, then a country whose name starts with what was typed.
        std::vector<int> near = NearCodes(code, countries);
        std::vector<CountryNameEntry> entries;
        for (const CountryGeometry& c : countries.countries) entries.push_back({c.key, c.name});
        for (const CountryMatch& m : RankCountryMatches(entries, code, 3))
            if (std::find(near.begin(), near.end(), static_cast<int>(m.index)) == near.end())
                near.push_back(static_cast<int>(m.index));
        std::string message = "labels: unknown country '" + code + "'";
        if (!near.empty()) {
            message += " (did you mean ";
            for (size_t i = 0; i < near.size() && i < 3; ++i) {
                const CountryGeometry& c = countries.countries[static_cast<size_t>(near[i])];
                message.append(i ? "; " : "").append(c.key).append(", ").append(c.name);
            }
            message += "?)";
        }
        if (error) *error = message;
        return false;
    }
    return true;
}

CivilDate LabelsChangedSinceDefault(const CivilDate& day) { return AddDays(day, -365); }

std::vector<int> LabelledCountries(const LabelSelection& selection, const CountrySet& countries, const ViewResult& now,
                                   const ViewResult* before) {
    std::vector<int> out;
    const size_t n = countries.countries.size();
    auto inView = [&](size_t i) {
        return countries.countries[i].IsIso() && i < now.countries.size() && now.countries[i].included;
    };
    switch (selection.mode) {
        case LabelSelection::Mode::None: break;
        case LabelSelection::Mode::Countries:
            for (const std::string& code : selection.countries)
                if (const int i = countries.Find(code); i >= 0) out.push_back(i);
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
            break;
        case LabelSelection::Mode::All:
            for (size_t i = 0; i < n; ++i)
                if (inView(i)) out.push_back(static_cast<int>(i));
            break;
        case LabelSelection::Mode::Changed:
            if (!before) break;
            for (size_t i = 0; i < n; ++i) {
                if (!inView(i) || i >= before->countries.size() || i >= now.colours.size() || i >= before->colours.size())
                    continue;
                if (!(now.colours[i] == before->colours[i]) || now.countries[i].uncertain != before->countries[i].uncertain)
                    out.push_back(static_cast<int>(i));
            }
            break;
    }
    return out;
}

std::vector<LabelCandidate> BuildLabelCandidates(const std::vector<int>& indices, const CountrySet& countries,
                                                 const ProjectedCountries& projected, const MapView& view,
                                                 const LabelCandidateStyle& style) {
    std::vector<LabelCandidate> out;
    const float toOutput = 1.0f / std::max(1e-6f, style.screenPerOutputPx);
    for (int i : indices) {
        if (i < 0 || static_cast<size_t>(i) >= countries.countries.size() || i >= static_cast<int>(projected.Size()))
            continue;
        const CountryGeometry& c = countries.countries[static_cast<size_t>(i)];
        if (c.polygons.empty()) continue;
        const Vec2 s = view.ProjectedToScreen(projected.Label(i));
        const float extentPx = static_cast<float>(projected.LargestPolygonExtent(i) * view.Scale());
        LabelCandidate l;
        l.key = c.key;
        l.text = c.name;
        l.x = static_cast<float>(s.x) * toOutput;
        l.y = static_cast<float>(s.y) * toOutput;
        l.priority = extentPx;
        const float extentOut = extentPx * toOutput;
        const bool large = extentOut >= 12 * style.labelPx;
        const LabelSizes sizes = LabelSizesFor(style.labelPx);
        l.sizePx = large ? sizes.major : sizes.normal;
        l.role = large ? FontRole::Bold : FontRole::Regular;
        l.smallState = extentPx < style.smallExtentPx;
        l.footprintPx = extentOut;
        l.markerRadiusPx = style.markerRadiusPx * toOutput;
        out.push_back(std::move(l));
    }
    return out;
}

}  // namespace engagemap
