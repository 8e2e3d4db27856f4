// tacitus dict check [--dict SPEC]... [--data DIR]
// tacitus dict convert --dict SPEC... --out DIR [--data DIR]
//
// check: lists problems of the dictionaries, one per line with its file and
// line (codes the CAMEO table lacks, overlapping date ranges of one person,
// one phrase or pattern with different codes), then a summary. Without
// --dict it checks the data folder; with --dict and --data, both.
// Exit status: 0 clean; 1 problems found; 2 usage error or unreadable files.
//
// convert: writes peer dictionaries (docs/peer-dictionaries.md) as a data/
// folder (docs/data-format.md) to edit and use with --data; prints what was
// written and what the native format cannot hold.
// Exit status: 0 written; 2 usage error or unreadable files.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.h"
#include "tacitus/diagnostics.h"
#include "tacitus/dict_tools.h"

namespace {

using namespace tacitus;

struct DictArgs {
  std::vector<std::string> dicts;
  std::string data;
  std::string out;
};

int RunCheck(const DictArgs& args) {
  Diagnostics diag(stderr);
  DictToolOptions options;
  options.dicts = args.dicts;
  options.data_dir = args.data;
  options.check_data = !args.data.empty();
  size_t problems = 0;
  Status s = CheckDictionaries(options, &diag, stdout, &problems);
  fflush(stdout);
  if (!s.ok()) {
    fmt::print(stderr, "tacitus dict check: {}\n", s.ToString());
    return 2;
  }
  return problems == 0 ? 0 : 1;
}

int RunConvert(const DictArgs& args) {
  Diagnostics diag(stderr);
  DictToolOptions options;
  options.dicts = args.dicts;
  options.data_dir = args.data;
  std::string summary;
  Status s = ConvertDictionaries(options, args.out, &diag, &summary);
  if (!s.ok()) {
    fmt::print(stderr, "tacitus dict convert: {}\n", s.ToString());
    return 2;
  }
  fmt::print("{}\n", summary);
  return 0;
}

}  // namespace

void AddDictCommand(CLI::App& app, std::function<int()>* run) {
  auto args = std::make_shared<DictArgs>();
  CLI::App* dict = app.add_subcommand("dict", "check dictionaries, or convert peer dictionaries to data/");
  dict->require_subcommand(1);
  const char* spec_help = "peer dictionary: petrarch:PATH[,PATH...] or tabari:FILE[,FILE...] (repeatable)";

  CLI::App* check = dict->add_subcommand("check", "report problems with file and line; exit 1 if any");
  check->add_option("--dict", args->dicts, spec_help);
  check->add_option("--data", args->data, "data folder to check (default: the built-in one)");
  check->callback([args, run] { *run = [args] { return RunCheck(*args); }; });

  CLI::App* convert = dict->add_subcommand("convert", "write peer dictionaries as a data/ folder");
  convert->add_option("--dict", args->dicts, spec_help)->required();
  convert->add_option("--out", args->out, "folder to write (created)")->required();
  convert->add_option("--data", args->data, "data folder whose cameo.tsv is copied");
  convert->callback([args, run] { *run = [args] { return RunConvert(*args); }; });
}
