#include "app/cli_docs.hpp"

#include <algorithm>
#include <sstream>

namespace engagemap {
namespace {

std::vector<std::string> Split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator))
        if (!part.empty()) parts.push_back(part);
    return parts;
}

std::string Join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) text += (i ? separator : "") + parts[i];
    return text;
}

// The value name and the closed set of values from CLI11's full type name, which is the type name
// followed by ":"-separated validator descriptions: "light|dark", "TEXT:{text,csv,json}".
void ReadTypeName(const std::string& full, OptionDoc& o) {
    const std::size_t colon = full.find(':');
    o.valueName = full.substr(0, colon);
    if (o.valueName.find('|') != std::string::npos) o.choices = Split(o.valueName, '|');
    if (colon == std::string::npos) return;
    const std::string rest = full.substr(colon + 1);
    const std::size_t open = rest.find('{'), close = rest.find('}');
    if (open != std::string::npos && close != std::string::npos && close > open) {
        o.choices = Split(rest.substr(open + 1, close - open - 1), ',');
        if (o.valueName == "TEXT") o.valueName = Join(o.choices, "|");
    }
}

OptionDoc DescribeOption(const CLI::Option& opt) {
    OptionDoc o;
    for (const auto& s : opt.get_snames()) o.names.push_back("-" + s);
    for (const auto& l : opt.get_lnames()) o.names.push_back("--" + l);
    if (opt.get_positional() && o.names.empty()) o.positionalName = opt.get_name(true, false);
    o.description = opt.get_description();
    o.group = opt.get_group();
    o.required = opt.get_required();
    o.takesValue = opt.get_items_expected_max() > 0;  // flags expect no items
    if (o.takesValue) {
        ReadTypeName(opt.get_type_name(), o);
        if (!o.positionalName.empty() && (o.valueName.empty() || o.valueName == "TEXT")) o.valueName = o.positionalName;
        o.repeatable = opt.get_expected_max() > 1;
        const std::string& v = o.valueName;
        o.completesDirectories = v == "DIR";
        o.completesFiles = v.rfind("FILE", 0) == 0 || v == "PATH";
    }
    return o;
}

CommandDoc Describe(const CLI::App& app, std::vector<std::string> path) {
    CommandDoc c;
    c.path = std::move(path);
    c.description = app.get_description();
    c.footer = app.get_footer();
    c.needsSubcommand = app.get_require_subcommand_min() > 0;
    for (const CLI::Option* opt : app.get_options())
        if (!opt->get_group().empty()) c.options.push_back(DescribeOption(*opt));
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (sub->get_group().empty()) continue;  // hidden subcommand
        std::vector<std::string> subPath = c.path;
        subPath.push_back(sub->get_name());
        c.subcommands.push_back(Describe(*sub, subPath));
    }
    return c;
}

// Every command of the tree, parents before children.
void Flatten(const CommandDoc& c, std::vector<const CommandDoc*>& out) {
    out.push_back(&c);
    for (const auto& s : c.subcommands) Flatten(s, out);
}

// ---- roff --------------------------------------------------------------------------------------

// Text for roff: backslashes and minus signs escaped; a line must not start with a control character.
std::string Roff(const std::string& text) {
    std::string out;
    bool lineStart = true;
    for (char ch : text) {
        if (lineStart && (ch == '.' || ch == '\'')) out += "\\&";
        if (ch == '\\') out += "\\e";
        else if (ch == '-') out += "\\-";
        else out += ch;
        lineStart = ch == '\n';
    }
    return out;
}

// "--size WxH" in man page form: bold option names, the value in italics.
std::string RoffOptionHead(const OptionDoc& o) {
    std::string head;
    if (!o.positionalName.empty()) return "\\fI" + Roff(o.positionalName) + "\\fR";
    for (std::size_t i = 0; i < o.names.size(); ++i) head += (i ? ", " : "") + ("\\fB" + Roff(o.names[i]) + "\\fR");
    if (o.takesValue) head += " \\fI" + Roff(o.valueName) + "\\fR";
    return head;
}

// "engagemap query count --instrument ID --date YYYY-MM-DD [OPTIONS]": required arguments spelled out.
std::string RoffSynopsis(const CommandDoc& c) {
    std::string line = "\\fB" + Roff(Join(c.path, " ")) + "\\fR";
    bool optional = false;
    for (const OptionDoc& o : c.options) {
        if (!o.required) {
            optional = optional || o.positionalName.empty();
            continue;
        }
        line += " " + RoffOptionHead(o);
    }
    if (optional) line += " [\\fIOPTIONS\\fR]";
    if (c.needsSubcommand) line += " \\fICOMMAND\\fR";
    return line;
}

void RoffParagraphs(std::ostringstream& out, const std::string& text) {
    for (const std::string& line : Split(text, '\n')) out << Roff(line) << "\n.br\n";
}

void RoffOptions(std::ostringstream& out, const std::vector<OptionDoc>& options, bool withGroups) {
    std::vector<std::string> groups;
    for (const OptionDoc& o : options)
        if (std::find(groups.begin(), groups.end(), o.group) == groups.end()) groups.push_back(o.group);
    for (const std::string& g : groups) {
        if (withGroups && groups.size() > 1) out << ".SS " << Roff(g) << "\n";
        for (const OptionDoc& o : options) {
            if (o.group != g) continue;
            out << ".TP\n" << RoffOptionHead(o) << "\n" << Roff(o.description);
            if (o.repeatable && o.description.find("repeat") == std::string::npos) out << " (repeatable)";
            if (o.required) out << " (required)";
            out << "\n";
        }
    }
}

// ---- shell quoting -----------------------------------------------------------------------------

// A word in single quotes for sh/bash/zsh.
std::string ShQuote(const std::string& s) {
    std::string out = "'";
    for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return out + "'";
}

// Text inside a zsh _arguments spec's [description] or :message: field.
std::string ZshSpecText(const std::string& s) {
    std::string out;
    for (char ch : s) {
        if (ch == '[' || ch == ']' || ch == ':' || ch == '\\') out += '\\';
        out += ch;
    }
    return out;
}

// A subcommand's description inside "..." in a zsh ((value\:"description")) action.
std::string ZshQuotedDescription(const std::string& s) {
    std::string out;
    for (char ch : s) {
        if (ch == '"' || ch == '\\' || ch == '$' || ch == '`') out += '\\';
        if (ch == ':') out += '\\';
        out += ch;
    }
    return out;
}

std::string PathKey(const CommandDoc& c) { return Join(c.path, " "); }

}  // namespace

CommandDoc DescribeCommandLine(const CLI::App& app) { return Describe(app, {app.get_name()}); }

std::string ManPage(const CommandDoc& doc, const ManPageExtras& extras) {
    const std::string name = doc.path.empty() ? "" : doc.path.front();
    std::string upper = name;
    std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char ch) { return std::toupper(ch); });
    std::ostringstream out;
    out << ".\\\" Generated from the command-line definition (" << name << " --help-man); do not edit.\n";
    out << ".TH " << upper << " 1 \"\" \"" << Roff(name + " " + extras.version) << "\" \"User Commands\"\n";
    out << ".SH NAME\n" << Roff(name) << " \\- " << Roff(extras.summary) << "\n";
    std::vector<const CommandDoc*> all;
    Flatten(doc, all);
    out << ".SH SYNOPSIS\n";
    for (const CommandDoc* c : all) {
        if (c != &doc && !c->subcommands.empty()) continue;  // "query" itself: its subcommands are listed
        out << RoffSynopsis(*c) << "\n.br\n";
    }
    out << ".SH DESCRIPTION\n";
    RoffParagraphs(out, doc.description);
    out << ".SH OPTIONS\n";
    RoffOptions(out, doc.options, true);
    if (all.size() > 1) {
        out << ".SH COMMANDS\n";
        for (const CommandDoc* c : all) {
            if (c == &doc) continue;
            out << ".SS \"" << Roff(Join(c->path, " ")) << "\"\n" << Roff(c->description) << "\n";
            // The help flag repeats in every subcommand; it is described once, above.
            std::vector<OptionDoc> own;
            for (const OptionDoc& o : c->options)
                if (std::find(o.names.begin(), o.names.end(), "--help") == o.names.end()) own.push_back(o);
            RoffOptions(out, own, false);
        }
    }
    for (const auto& [title, text] : extras.sections) {
        out << ".SH " << Roff(title) << "\n";
        for (const std::string& para : Split(text, '\f')) out << ".PP\n" << Roff(para) << "\n";
    }
    if (!doc.footer.empty()) {
        out << ".SH NOTES\n";
        RoffParagraphs(out, doc.footer);
    }
    return out.str();
}

std::string BashCompletion(const CommandDoc& doc) {
    const std::string name = doc.path.front();
    const std::string fn = "_" + name;
    std::vector<const CommandDoc*> all;
    Flatten(doc, all);
    std::ostringstream out;
    out << "# bash completion for " << name << ", generated from its command-line definition\n"
        << "# (" << name << " --completion bash); do not edit.\n"
        << fn << "() {\n"
        << "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" path=" << ShQuote(name) << " i\n"
        << "    (( COMP_CWORD > 0 )) && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        << "    # --opt=value: bash splits at '=' (COMP_WORDBREAKS)\n"
        << "    if [[ $cur == = ]]; then cur=\"\"; elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then prev=\"${COMP_WORDS[COMP_CWORD-2]}\"; fi\n"
        << "    for (( i = 1; i < COMP_CWORD; i++ )); do\n"
        << "        case \"$path ${COMP_WORDS[i]}\" in\n";
    std::vector<std::string> subKeys;
    for (const CommandDoc* c : all)
        if (c != &doc) subKeys.push_back(ShQuote(PathKey(*c)));
    if (!subKeys.empty()) out << "            " << Join(subKeys, "|") << ") path=\"$path ${COMP_WORDS[i]}\" ;;\n";
    out << "        esac\n"
        << "    done\n"
        << "    local opts=\"\" subs=\"\" positional=\"\"\n"
        << "    case \"$path\" in\n";
    for (const CommandDoc* c : all) {
        out << "        " << ShQuote(PathKey(*c)) << ")\n";
        // Values first: after an option that takes one, complete that value.
        std::vector<std::string> fileOpts, dirOpts, freeOpts;
        std::vector<std::pair<std::string, std::string>> choiceOpts;
        for (const OptionDoc& o : c->options) {
            if (!o.positionalName.empty()) {
                if (o.completesFiles) out << "            positional=file\n";
                continue;
            }
            const std::string names = Join(o.names, "|");
            if (!o.takesValue) continue;
            if (!o.choices.empty()) choiceOpts.emplace_back(names, Join(o.choices, " "));
            else if (o.completesDirectories) dirOpts.push_back(names);
            else if (o.completesFiles) fileOpts.push_back(names);
            else freeOpts.push_back(names);
        }
        out << "            case \"$prev\" in\n";
        if (!fileOpts.empty())
            out << "                " << Join(fileOpts, "|") << ") compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n";
        if (!dirOpts.empty())
            out << "                " << Join(dirOpts, "|") << ") compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n";
        for (const auto& [names, words] : choiceOpts)
            out << "                " << names << ") COMPREPLY=($(compgen -W " << ShQuote(words) << " -- \"$cur\")); return ;;\n";
        if (!freeOpts.empty()) out << "                " << Join(freeOpts, "|") << ") return ;;  # a value to type\n";
        out << "            esac\n";
        std::vector<std::string> names, subs;
        for (const OptionDoc& o : c->options)
            for (const std::string& n : o.names) names.push_back(n);
        for (const CommandDoc& s : c->subcommands) subs.push_back(s.path.back());
        out << "            opts=" << ShQuote(Join(names, " ")) << "\n";
        if (!subs.empty()) out << "            subs=" << ShQuote(Join(subs, " ")) << "\n";
        out << "            ;;\n";
    }
    out << "    esac\n"
        << "    if [[ $cur == -* ]]; then\n"
        << "        COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
        << "    else\n"
        << "        COMPREPLY=($(compgen -W \"$subs\" -- \"$cur\"))\n"
        << "        if [[ $positional == file ]]; then compopt -o filenames 2>/dev/null; COMPREPLY+=($(compgen -f -- \"$cur\")); fi\n"
        << "    fi\n"
        << "}\n"
        << "complete -F " << fn << " " << name << "\n";
    return out.str();
}

std::string ZshCompletion(const CommandDoc& doc) {
    const std::string name = doc.path.front();
    std::vector<const CommandDoc*> all;
    Flatten(doc, all);
    std::ostringstream out;
    out << "#compdef " << name << "\n"
        << "# zsh completion for " << name << ", generated from its command-line definition\n"
        << "# (" << name << " --completion zsh); do not edit.\n"
        << "_" << name << "() {\n"
        << "  local cmdpath=" << ShQuote(name) << " i start=1\n"
        << "  for (( i = 2; i < CURRENT; i++ )); do\n"
        << "    case \"$cmdpath ${words[i]}\" in\n";
    std::vector<std::string> subKeys;
    for (const CommandDoc* c : all)
        if (c != &doc) subKeys.push_back(ShQuote(PathKey(*c)));
    if (!subKeys.empty()) out << "      " << Join(subKeys, "|") << ") cmdpath=\"$cmdpath ${words[i]}\"; start=$i ;;\n";
    out << "    esac\n"
        << "  done\n"
        << "  # Complete the subcommand's words as if it were the command.\n"
        << "  if (( start > 1 )); then\n"
        << "    words=(\"${(@)words[start,-1]}\")\n"
        << "    (( CURRENT -= start - 1 ))\n"
        << "  fi\n"
        << "  case \"$cmdpath\" in\n";
    for (const CommandDoc* c : all) {
        out << "    " << ShQuote(PathKey(*c)) << ")\n      _arguments -s -S";
        int position = 0;
        for (const OptionDoc& o : c->options) {
            std::string action;
            if (o.takesValue) {
                if (!o.choices.empty()) action = "(" + Join(o.choices, " ") + ")";
                else if (o.completesDirectories) action = "_files -/";
                else if (o.completesFiles) action = "_files";
                else action = " ";
            }
            if (!o.positionalName.empty()) {
                ++position;
                out << " \\\n        " << ShQuote(std::to_string(position) + ":" + ZshSpecText(o.positionalName) + ":" + action);
                continue;
            }
            for (const std::string& n : o.names) {
                std::string spec = (o.repeatable ? "*" : "") + n + (o.takesValue && n.rfind("--", 0) == 0 ? "=" : "") +
                                   "[" + ZshSpecText(o.description) + "]";
                if (o.takesValue) spec += ":" + ZshSpecText(o.valueName) + ":" + action;
                out << " \\\n        " << ShQuote(spec);
            }
        }
        if (!c->subcommands.empty()) {
            std::vector<std::string> entries;
            for (const CommandDoc& s : c->subcommands)
                entries.push_back(s.path.back() + "\\:\"" + ZshQuotedDescription(s.description) + "\"");
            out << " \\\n        " << ShQuote(std::to_string(position + 1) + ":command:((" + Join(entries, " ") + "))");
        }
        out << "\n      ;;\n";
    }
    out << "  esac\n"
        << "}\n"
        << "_" << name << " \"$@\"\n";
    return out.str();
}

}  // namespace engagemap
