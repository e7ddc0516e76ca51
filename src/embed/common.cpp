// Date, Problem and the library version (include/engagemap/common.hpp, version.hpp).
#include "engagemap/common.hpp"
#include "engagemap/version.hpp"

#include "embed/embed_internal.hpp"

namespace engagemap::embed {

const char* LibraryVersion() { return ENGAGEMAP_VERSION_STRING; }

std::optional<Date> Date::FromIso(std::string_view text) {
    const std::optional<CivilDate> parsed = ParseCivilDate(text);
    if (!parsed) return std::nullopt;
    return FromCivil(*parsed);
}

std::string Date::ToIso() const { return engagemap::ToString(ToCivil(*this)); }

std::string Problem::ToString() const {
    LoadError e;
    e.file = file;
    e.line = line;
    e.column = column;
    e.path = path;
    e.message = message;
    return e.ToString();
}

Problem ToProblem(const LoadError& error) {
    return Problem{error.file, error.line, error.column, error.path, error.message};
}

std::vector<Problem> ToProblems(const std::vector<LoadError>& errors) {
    std::vector<Problem> out;
    out.reserve(errors.size());
    for (const LoadError& e : errors) out.push_back(ToProblem(e));
    return out;
}

}  // namespace engagemap::embed
