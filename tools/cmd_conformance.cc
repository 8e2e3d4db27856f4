// tacitus conformance [--shared DIR] [--suite NAME]... [--floors FILE] [--quiet]
//
// Codes the peers' test suites with their own dictionaries
// (include/tacitus/conformance.h) and prints "SUITE: X/Y records exact" for
// each, then every record that is not exact (id, text, expected, got)
// unless --quiet. With --floors, also compares each score with its floor.
// Exit status: 0 done (or ../shared absent: skipped, with a message); 1 a
// score is below its floor; 2 usage error or unreadable files.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.h"
#include "tacitus/coder.h"
#include "tacitus/conformance.h"
#include "tacitus/diagnostics.h"

namespace {

using namespace tacitus;

struct ConformanceArgs {
  std::string shared;
  std::string data;
  std::vector<std::string> suites;
  std::string floors;
  bool quiet = false;
};

// ../shared beside the source tree the data folder belongs to, or
// $TACITUS_SHARED.
std::string DefaultSharedDir() {
  if (const char* env = std::getenv("TACITUS_SHARED"); env && *env) return env;
  return (std::filesystem::path(DefaultDataDir()) / ".." / ".." / "shared").lexically_normal().string();
}

int RunConformanceCommand(const ConformanceArgs& args) {
  ConformanceOptions options;
  options.shared_dir = args.shared.empty() ? DefaultSharedDir() : args.shared;
  options.data_dir = args.data;
  if (!args.suites.empty()) options.suites = args.suites;
  std::error_code ec;
  if (!std::filesystem::exists(options.shared_dir + "/conformance", ec)) {
    fmt::print("conformance: skipped: {}/conformance not found (give --shared DIR)\n", options.shared_dir);
    return 0;
  }
  Diagnostics diag(stderr);
  std::vector<SuiteResult> results;
  Status s = RunConformance(options, &diag, &results);
  if (!s.ok()) {
    fmt::print(stderr, "tacitus conformance: {}\n", s.ToString());
    return 2;
  }
  fputs(FormatConformance(results, !args.quiet).c_str(), stdout);
  if (args.floors.empty()) return 0;
  std::map<std::string, size_t> floors;
  s = ReadFloors(args.floors, &floors);
  if (!s.ok()) {
    fmt::print(stderr, "tacitus conformance: {}\n", s.ToString());
    return 2;
  }
  int rc = 0;
  fmt::print("\nfloors ({}):\n", args.floors);
  for (const SuiteResult& r : results) {
    for (const auto& [name, score] : r.Scores()) {
      auto it = floors.find(name);
      if (it == floors.end()) continue;
      bool below = score < it->second;
      fmt::print("  {}: {} (floor {}){}\n", name, score, it->second,
                 below ? "  BELOW THE FLOOR" : score > it->second ? "  above: raise the floor" : "");
      if (below) rc = 1;
    }
  }
  return rc;
}

}  // namespace

void AddConformanceCommand(CLI::App& app, std::function<int()>* run) {
  auto [cmd, args] = AddSubcommand(
      app, "conformance", "code the PETRARCH2 and TABARI test suites with their own dictionaries",
      run, RunConformanceCommand);
  cmd->add_option("--shared", args->shared, "the shared/ folder (default: ../shared of the source tree)");
  cmd->add_option("--data", args->data, "data folder whose cameo.tsv is used");
  cmd->add_option("--suite", args->suites, "petrarch2 or tabari (default: both)")
      ->check(CLI::IsMember({"petrarch2", "tabari"}));
  cmd->add_option("--floors", args->floors, "floors file: exit 1 if a score is below its floor");
  cmd->add_flag("--quiet", args->quiet, "scores only, no list of records that are not exact");
}
