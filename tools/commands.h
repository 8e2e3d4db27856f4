// Subcommands of `tacitus` that live in their own tools/cmd_*.cc file. Each
// Add...Command adds its subcommand to `app`; when the user picks it, CLI11
// runs the subcommand's callback after parsing, which stores the command to
// run in *run. main() then calls *run (if set) for the exit status.
#ifndef TACITUS_TOOLS_COMMANDS_H_
#define TACITUS_TOOLS_COMMANDS_H_

#include <functional>
#include <memory>
#include <string>
#include <utility>

#include <CLI/CLI.hpp>

// The plumbing of a subcommand with its own Args struct: the options write
// into an Args that the callback keeps alive (CLI11 parses after Add...
// returns), and picking the subcommand sets *run to body(args). Returns
// the subcommand, for its options, and the Args they write to.
template <typename Args>
std::pair<CLI::App*, std::shared_ptr<Args>> AddSubcommand(CLI::App& app, const std::string& name,
                                                          const std::string& description,
                                                          std::function<int()>* run,
                                                          int (*body)(const Args&)) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand(name, description);
  cmd->callback([args, run, body] { *run = [args, body] { return body(*args); }; });
  return {cmd, args};
}

// tacitus eval GOLD.jsonl [--diff] [--data DIR]   (tools/cmd_eval.cc)
void AddEvalCommand(CLI::App& app, std::function<int()>* run);

// tacitus dict check|convert [--dict SPEC] [--data DIR] [--out DIR]   (tools/cmd_dict.cc)
void AddDictCommand(CLI::App& app, std::function<int()>* run);

// tacitus conformance [--shared DIR] [--suite NAME] [--floors FILE]   (tools/cmd_conformance.cc)
void AddConformanceCommand(CLI::App& app, std::function<int()>* run);

#endif  // TACITUS_TOOLS_COMMANDS_H_
