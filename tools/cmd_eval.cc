// tacitus eval GOLD.jsonl [--diff] [--data DIR]
//
// Codes the text of every gold record and scores the realised events
// against the record's hand-coded events (rules in include/tacitus/eval.h).
// Prints, on stdout: with --diff, each record's misses and false events
// (false events with the pattern and rule that fired); then the metric
// table and the root confusion table; last, one "EVAL ..." line for scripts.
// Malformed gold lines are reported on stderr as FILE:LINE and skipped.
// Exit status: 0 it ran; 2 usage error, unreadable gold file or data.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.h"
#include "tacitus/coder.h"
#include "tacitus/diagnostics.h"
#include "tacitus/eval.h"

namespace {

using namespace tacitus;

struct EvalArgs {
  std::string gold;
  std::string data;
  std::vector<std::string> dicts;  // --dict: peer dictionaries
  bool diff = false;
};

int RunEval(const EvalArgs& args) {
  constexpr int kExitOk = 0, kExitFatal = 2;
  Diagnostics diag(stderr);
  const std::string data_dir = args.data.empty() ? DefaultDataDir() : args.data;
  PloverMap plover;
  Status s = LoadPloverMap(data_dir + "/cameo.tsv", &diag, &plover);
  if (!s.ok()) {
    fmt::print(stderr, "tacitus eval: cannot load the CAMEO codes: {}\n", s.ToString());
    return kExitFatal;
  }
  std::vector<GoldRecord> gold;
  s = ReadGoldFile(args.gold, plover, &diag, &gold);
  if (!s.ok()) {
    fmt::print(stderr, "tacitus eval: {}\n", s.ToString());
    return kExitFatal;
  }
  CoderOptions options;
  options.data_dir = args.data;
  options.extra_dictionaries = args.dicts;
  std::unique_ptr<Coder> coder;
  s = Coder::Open(options, &diag, &coder);
  if (!s.ok()) {
    fmt::print(stderr, "tacitus eval: cannot load data: {}\n", s.ToString());
    return kExitFatal;
  }

  EvalScorer scorer;
  for (const GoldRecord& record : gold) {
    Article article;
    article.id = record.id;
    article.date = record.date;
    article.text = record.text;
    article.origin = record.origin;
    Document doc;
    coder->Code(std::move(article), &doc);
    RecordDiff diff = scorer.Add(record, doc);
    if (args.diff) fputs(FormatRecordDiff(diff).c_str(), stdout);
  }
  if (args.diff) fputs("\n", stdout);
  fmt::print("gold file: {}\n", args.gold);
  fputs(FormatEvalReport(scorer).c_str(), stdout);
  fmt::print("\n{}\n", EvalSummaryLine(scorer));
  fflush(stdout);
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, std::function<int()>* run) {
  auto [eval, args] = AddSubcommand(
      app, "eval", "code a gold file (JSON Lines) and print precision, recall and F1", run, RunEval);
  eval->add_option("GOLD", args->gold, "gold records, JSON Lines (see eval/README.md)")
      ->required();
  eval->add_flag("--diff", args->diff, "list every miss and false event with its rule");
  eval->add_option("--data", args->data, "folder with the dictionaries");
  eval->add_option("--dict", args->dicts,
                   "also load a peer dictionary: petrarch:PATH[,PATH...] or tabari:FILE[,FILE...]");
}
