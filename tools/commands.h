// Subcommands of `tacitus` that live in their own tools/cmd_*.cc file. Each
// Add...Command adds its subcommand to `app`; when the user picks it, CLI11
// runs the subcommand's callback after parsing, which stores the command to
// run in *run. main() then calls *run (if set) for the exit status.
#ifndef TACITUS_TOOLS_COMMANDS_H_
#define TACITUS_TOOLS_COMMANDS_H_

#include <functional>

#include <CLI/CLI.hpp>

// tacitus eval GOLD.jsonl [--diff] [--data DIR]   (tools/cmd_eval.cc)
void AddEvalCommand(CLI::App& app, std::function<int()>* run);

// tacitus dict check|convert [--dict SPEC] [--data DIR] [--out DIR]   (tools/cmd_dict.cc)
void AddDictCommand(CLI::App& app, std::function<int()>* run);

// tacitus conformance [--shared DIR] [--suite NAME] [--floors FILE]   (tools/cmd_conformance.cc)
void AddConformanceCommand(CLI::App& app, std::function<int()>* run);

#endif  // TACITUS_TOOLS_COMMANDS_H_
