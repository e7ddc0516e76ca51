#include "core/data/json_reader.hpp"

#include <algorithm>
#include <deque>
#include <optional>
#include <tuple>
#include <iterator>

namespace engagemap {

namespace {

using json = nlohmann::json;

// An input iterator over the text that publishes how far the parser has read.
struct TrackingIter {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* p = nullptr;
    const char** readTo = nullptr;

    reference operator*() const { return *p; }
    TrackingIter& operator++() {
        ++p;
        *readTo = p;
        return *this;
    }
    TrackingIter operator++(int) {
        TrackingIter t = *this;
        ++*this;
        return t;
    }
    bool operator==(const TrackingIter& o) const { return p == o.p; }
    bool operator!=(const TrackingIter& o) const { return p != o.p; }
};

bool IsScalarChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '+' ||
           c == '-';
}

// Shared position logic: offsets of the token the parser has just delivered.
class PositionTracker {
public:
    explicit PositionTracker(std::string_view text) : text_(text), readTo_(text.data()) {}
    const char** ReadToSlot() { return &readTo_; }
    std::size_t ReadTo() const { return static_cast<std::size_t>(readTo_ - text_.data()); }

    // Start of a string token whose closing quote was the last character read.
    std::size_t StringStart() const {
        std::size_t end = ReadTo();
        if (end < 2) return 0;
        std::size_t i = end - 2;  // last char inside the quotes (or the opening quote)
        while (i > 0) {
            if (text_[i] == '"') {
                std::size_t bs = 0;
                while (i >= bs + 1 && text_[i - 1 - bs] == '\\') ++bs;
                if (bs % 2 == 0) return i;
            }
            --i;
        }
        return 0;
    }
    // Start of a number/literal token (the parser may have read one character past it).
    std::size_t ScalarStart() const {
        std::size_t i = ReadTo();
        if (i > 0 && !IsScalarChar(text_[i - 1])) --i;
        while (i > 0 && IsScalarChar(text_[i - 1])) --i;
        return i;
    }
    // Start of a '{' or '[' just read.
    std::size_t BracketStart() const { return ReadTo() > 0 ? ReadTo() - 1 : 0; }

    std::string_view Text() const { return text_; }

private:
    std::string_view text_;
    const char* readTo_;
};

std::string CleanParseMessage(const std::string& what) {
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..." -> "syntax error ..."
    std::size_t c = what.find("column ");
    if (c != std::string::npos) {
        std::size_t colon = what.find(": ", c);
        if (colon != std::string::npos) return what.substr(colon + 2);
    }
    std::size_t b = what.find("] ");
    return b == std::string::npos ? what : what.substr(b + 2);
}

// Builds a DOM, counts depth, records duplicate keys.
class DomBuilder {
public:
    DomBuilder(PositionTracker& pos, int maxDepth, JsonReadResult& out) : pos_(pos), maxDepth_(maxDepth), out_(out) {}

    // (A value's own position is never needed here: LocatePointers finds it for the few reported.)
    bool null() { return Value(json(nullptr)); }
    bool boolean(bool v) { return Value(json(v)); }
    bool number_integer(json::number_integer_t v) { return Value(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return Value(json(v)); }
    bool number_float(json::number_float_t v, const json::string_t&) { return Value(json(v)); }
    bool string(json::string_t& v) { return Value(json(std::move(v))); }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) { return Open(json::object()); }
    bool start_array(std::size_t) { return Open(json::array()); }
    bool end_object() { return Close(); }
    bool end_array() { return Close(); }
    bool key(json::string_t& k) {
        json* obj = stack_.back();
        if (obj->contains(k)) {
            JsonProblem p;
            p.offset = pos_.StringStart();
            p.field = k;
            p.message = "duplicate key '" + k + "' (the first value is kept)";
            out_.duplicates.push_back(std::move(p));
            scratch_.emplace_back();
            target_ = &scratch_.back();
        } else {
            target_ = &(*obj)[k];
        }
        return true;
    }
    bool parse_error(std::size_t, const std::string& lastToken, const nlohmann::detail::exception& ex) {
        JsonProblem p;
        // Point at the start of the offending token (nlohmann reports where it stopped reading).
        const std::size_t read = pos_.ReadTo();
        p.offset = lastToken.size() > 0 && lastToken.size() <= read ? read - lastToken.size() : (read > 0 ? read - 1 : 0);
        p.message = CleanParseMessage(ex.what());
        out_.fatal.push_back(std::move(p));
        return false;
    }

private:
    json* Place(json&& v) {
        if (stack_.empty()) {
            out_.value = std::move(v);
            return &out_.value;
        }
        json* top = stack_.back();
        if (top->is_array()) {
            top->push_back(std::move(v));
            return &top->back();
        }
        *target_ = std::move(v);
        return target_;
    }
    bool Value(json&& v) {
        Place(std::move(v));
        return true;
    }
    bool Open(json&& v) {
        if (static_cast<int>(stack_.size()) >= maxDepth_) {
            JsonProblem p;
            p.offset = pos_.BracketStart();
            p.message = "nesting deeper than " + std::to_string(maxDepth_) + " levels";
            out_.fatal.push_back(std::move(p));
            return false;
        }
        stack_.push_back(Place(std::move(v)));
        return true;
    }
    bool Close() {
        stack_.pop_back();
        return true;
    }

    PositionTracker& pos_;
    int maxDepth_;
    JsonReadResult& out_;
    std::vector<json*> stack_;
    json* target_ = nullptr;
    std::deque<json> scratch_;
};

// Tracks the JSON pointer of every value and records the wanted ones.
class Locator {
public:
    Locator(PositionTracker& pos, const std::unordered_set<std::string>& wanted,
            std::unordered_map<std::string, JsonSpan>& out)
        : pos_(pos), wanted_(wanted), out_(out) {}

    bool null() { return Scalar(); }
    bool boolean(bool) { return Scalar(); }
    bool number_integer(json::number_integer_t) { return Scalar(); }
    bool number_unsigned(json::number_unsigned_t) { return Scalar(); }
    bool number_float(json::number_float_t, const json::string_t&) { return Scalar(); }
    bool string(json::string_t&) { return Visit(pos_.StringStart()), true; }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) { return Open(); }
    bool start_array(std::size_t) { return Open(); }
    bool end_object() { return frames_.pop_back(), true; }
    bool end_array() { return frames_.pop_back(), true; }
    bool key(json::string_t& k) {
        frames_.back().key = k;
        frames_.back().keyOffset = pos_.StringStart();
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

private:
    struct Frame {
        std::string path;
        bool isArray = false;
        long index = -1;
        std::string key;
        std::size_t keyOffset = std::string::npos;
    };
    bool Scalar() { return Visit(pos_.ScalarStart()), true; }
    std::string Visit(std::size_t valueOffset) {
        std::string path;
        std::size_t keyOffset = std::string::npos;
        if (!frames_.empty()) {
            Frame& f = frames_.back();
            if (f.isArray) {
                path = f.path + "/" + std::to_string(++f.index);
            } else {
                path = JoinPointer(f.path, f.key);
                keyOffset = f.keyOffset;
            }
        }
        if (wanted_.count(path)) out_[path] = JsonSpan{keyOffset, valueOffset};
        return path;
    }
    bool Open() {
        Frame f;
        f.path = Visit(pos_.BracketStart());
        f.isArray = pos_.Text()[pos_.BracketStart()] == '[';
        frames_.push_back(std::move(f));
        return true;
    }

    PositionTracker& pos_;
    const std::unordered_set<std::string>& wanted_;
    std::unordered_map<std::string, JsonSpan>& out_;
    std::vector<Frame> frames_;
};

}  // namespace

std::string JoinPointer(const std::string& parent, std::string_view token) {
    std::string s = parent;
    s += '/';
    for (char c : token) {
        if (c == '~') s += "~0";
        else if (c == '/') s += "~1";
        else s += c;
    }
    return s;
}

JsonReadResult ReadJson(std::string_view text, int maxDepth) {
    JsonReadResult out;
    PositionTracker pos(text);
    DomBuilder builder(pos, maxDepth, out);
    TrackingIter first{text.data(), pos.ReadToSlot()};
    TrackingIter last{text.data() + text.size(), pos.ReadToSlot()};
    json::sax_parse(first, last, &builder);
    // nlohmann's lexer takes a NUL byte outside a string for the end of input: a "valid" text may
    // have had everything after one ignored.
    if (const std::size_t nul = text.find('\0'); out.fatal.empty() && nul != std::string_view::npos)
        out.fatal.push_back(JsonProblem{nul, "", "", "NUL byte in the text (JSON cannot contain one; nothing after it would be read)"});
    if (!out.fatal.empty()) out.value = json();
    return out;
}

std::unordered_map<std::string, JsonSpan> LocatePointers(std::string_view text,
                                                          const std::unordered_set<std::string>& pointers) {
    std::unordered_map<std::string, JsonSpan> out;
    if (pointers.empty()) return out;
    PositionTracker pos(text);
    Locator locator(pos, pointers, out);
    TrackingIter first{text.data(), pos.ReadToSlot()};
    TrackingIter last{text.data() + text.size(), pos.ReadToSlot()};
    json::sax_parse(first, last, &locator);
    return out;
}

namespace {
bool IsCodePointStart(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    codePoints_.reserve(text.size() / kBlock + 1);
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % kBlock == 0) codePoints_.push_back(points);
        const char c = text[i];
        if (IsCodePointStart(c)) ++points;
        if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) starts_.push_back(i + 1);
    }
}

std::size_t LineIndex::CodePointsBefore(std::size_t offset) const {
    if (codePoints_.empty()) return 0;
    const std::size_t block = std::min(offset / kBlock, codePoints_.size() - 1);
    std::size_t points = codePoints_[block];
    for (std::size_t i = block * kBlock; i < offset; ++i)
        if (IsCodePointStart(text_[i])) ++points;
    return points;
}

TextLocation LineIndex::Locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t lineIdx = static_cast<std::size_t>(it - starts_.begin()) - 1;
    const std::size_t col = CodePointsBefore(offset) - CodePointsBefore(starts_[lineIdx]) + 1;
    return TextLocation{static_cast<int>(lineIdx) + 1, static_cast<int>(col)};
}

bool SameInteger(const nlohmann::json& value, long long expected) {
    if (value.is_number_unsigned())
        return expected >= 0 && value.get<unsigned long long>() == static_cast<unsigned long long>(expected);
    return value.is_number_integer() && value.get<long long>() == expected;
}

const char* JsonTypeName(const nlohmann::json& value) {
    using value_t = nlohmann::json::value_t;
    switch (value.type()) {
        case value_t::null: return "null";
        case value_t::object: return "object";
        case value_t::array: return "array";
        case value_t::string: return "string";
        case value_t::boolean: return "boolean";
        case value_t::number_integer:
        case value_t::number_unsigned: return "integer";
        case value_t::number_float: return "number";
        default: return "value";
    }
}

bool ReadJsonForLoader(std::string_view text, const std::string& fileName, std::uint64_t maxBytes, int maxDepth,
                       nlohmann::json* value, std::vector<LoadError>* errors) {
    if (text.size() > maxBytes) {
        std::string msg = "input is ";
        msg.append(std::to_string(text.size()))
            .append(" bytes, more than the limit of ")
            .append(std::to_string(maxBytes))
            .append(" bytes");
        errors->push_back(LoadError{fileName, 0, 0, "", "", msg});
        return false;
    }
    std::optional<LineIndex> lines;  // only for problems to locate (a pass over the whole text)
    auto at = [&](const JsonProblem& p) {
        if (!lines) lines.emplace(text);
        const TextLocation loc = lines->Locate(p.offset);
        return LoadError{fileName, loc.line, loc.column, p.pointer, p.field, p.message};
    };
    JsonReadResult doc = ReadJson(text, maxDepth);
    for (const auto& p : doc.fatal) errors->push_back(at(p));
    if (!doc.fatal.empty()) return false;
    for (const auto& p : doc.duplicates) errors->push_back(at(p));
    *value = std::move(doc.value);
    return true;
}

void AppendLocatedIssues(std::string_view text, const std::string& fileName, const std::vector<JsonIssue>& issues,
                         std::vector<LoadError>* errors, std::vector<LoadError>* warnings) {
    if (!issues.empty()) {
        std::unordered_set<std::string> wanted;
        for (const auto& i : issues) wanted.insert(i.pointer);
        const auto spans = LocatePointers(text, wanted);
        const LineIndex lines(text);
        for (const auto& i : issues) {
            LoadError e{fileName, 0, 0, i.pointer.empty() ? "/" : i.pointer, i.field, i.message};
            auto it = spans.find(i.pointer);
            if (it != spans.end()) {
                const std::size_t off = i.anchor == JsonAnchor::Key && it->second.keyOffset != std::string::npos
                                            ? it->second.keyOffset
                                            : it->second.valueOffset;
                const TextLocation loc = lines.Locate(off);
                e.line = loc.line;
                e.column = loc.column;
            }
            (i.warning ? *warnings : *errors).push_back(std::move(e));
        }
    }
    // Report in file order.
    auto byPos = [](const LoadError& a, const LoadError& b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); };
    std::stable_sort(errors->begin(), errors->end(), byPos);
    std::stable_sort(warnings->begin(), warnings->end(), byPos);
}

}  // namespace engagemap
