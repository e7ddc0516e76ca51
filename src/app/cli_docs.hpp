// Documentation generated from the command-line definition (app/command_line.hpp), so the man page
// and the shell completions can never disagree with --help: a walk over the CLI::App's options and
// subcommands gives a CommandDoc tree, from which the man page (roff) and the bash and zsh
// completion scripts are written. Options in no group (hidden ones) are left out.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace engagemap {

// One option or positional argument, as the documentation needs it.
struct OptionDoc {
    std::vector<std::string> names;    // "--size", "-h"; empty for a positional
    std::string positionalName;        // "FILE" for a positional
    std::string valueName;             // "WxH", "FILE", "light|dark"; empty for a flag
    std::string description;
    std::string group;                 // "Map", "View", ... (help: "Options")
    std::vector<std::string> choices;  // the closed set of values, when there is one
    bool takesValue = false;
    bool repeatable = false;           // may be given more than once (list options)
    bool required = false;
    bool completesFiles = false;       // the value is a file name
    bool completesDirectories = false; // the value is a directory name
};

// One command: the program itself or a subcommand, with its own options and subcommands.
struct CommandDoc {
    std::vector<std::string> path;     // {"engagemap", "query", "count"}
    std::string description;
    std::string footer;
    std::vector<OptionDoc> options;    // in definition order, positionals included
    std::vector<CommandDoc> subcommands;
    bool needsSubcommand = false;      // e.g. "query" alone does nothing
};

// Walks `app` (and its subcommands, recursively).
CommandDoc DescribeCommandLine(const CLI::App& app);

// What the command line cannot say about itself, for the man page.
struct ManPageExtras {
    std::string version;           // "0.1.0"
    std::string summary;           // NAME line after the dash
    std::vector<std::pair<std::string, std::string>> sections;  // extra sections: title, text (paragraphs split by "\n\n")
};

// The man page, section 1, in roff (man macros).
std::string ManPage(const CommandDoc& doc, const ManPageExtras& extras);

// Completion scripts for bash (complete -F) and zsh (#compdef).
std::string BashCompletion(const CommandDoc& doc);
std::string ZshCompletion(const CommandDoc& doc);

}  // namespace engagemap
