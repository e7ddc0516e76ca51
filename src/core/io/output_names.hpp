// Output names: the file names exports started from the window get — named after what they show
// ("budapest-convention-2012-06-30.png"), with an incrementing suffix ("...-2.png") so that an
// export never replaces an earlier file silently.
#pragma once

#include <string>
#include <string_view>

namespace engagemap {

// `label` as a file-name stem: ASCII letters and digits lower-cased, every other run of
// characters one '-', no leading or trailing '-', at most 80 characters; "engagemap" when nothing
// is left ("Budapest Convention (ETS 185), 2012-06-30" -> "budapest-convention-ets-185-2012-06-30").
std::string FileStem(std::string_view label);

// The first of `dir`/`stem``ext`, `dir`/`stem`-2`ext`, -3, ... that names no existing file or
// folder (`ext` with its dot: ".png"; `dir` "" = the working directory).
std::string FirstFreePath(const std::string& dir, const std::string& stem, const std::string& ext);

// The same for a path the user typed: `path` itself when nothing is there, else the first free
// "<path without extension>-N<extension>".
std::string FirstFreePath(const std::string& path);

}  // namespace engagemap
