// tacitus: the command line, a thin shell over the library.
//
//   tacitus code [options] INPUT...   code articles, events to stdout
//   tacitus explain [options] TEXT... show every stage for one text
//   tacitus eval GOLD.jsonl [--diff]  score the coder on a gold file
//   tacitus dict check|convert        check dictionaries, convert peer ones
//   tacitus conformance               code the peers' test suites
//   tacitus --version
//
// Exit status of `code`: 0 every record coded; 1 some records or files were
// skipped (reported on stderr; the rest is complete); 2 usage error, missing
// data, or --strict stopped at the first input error.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.h"
#include "tacitus/coder.h"
#include "tacitus/diagnostics.h"
#include "tacitus/parallel_coder.h"
#include "tacitus/progress.h"
#include "tacitus/reader.h"
#include "tacitus/version.h"
#include "tacitus/writer.h"

namespace {

using namespace tacitus;

constexpr int kExitOk = 0;
constexpr int kExitSkipped = 1;
constexpr int kExitFatal = 2;

struct CodeArgs {
  std::string format = "jsonl";
  std::string date;
  bool all = false;
  int threads = 0;
  bool strict = false;
  std::string data;
  std::vector<std::string> dicts;  // --dict: peer dictionaries
  bool quiet = false;
  bool progress = false;
  std::vector<std::string> inputs;
};

struct ExplainArgs {
  std::string date;
  std::string data;
  std::vector<std::string> dicts;
  std::vector<std::string> words;
  std::string title;
};

// Opens the coder or says why not (exit 2).
std::unique_ptr<Coder> OpenCoder(const std::string& data_dir,
                                 const std::vector<std::string>& dicts, Diagnostics* diag) {
  CoderOptions options;
  options.data_dir = data_dir;
  options.extra_dictionaries = dicts;
  std::unique_ptr<Coder> coder;
  Status s = Coder::Open(options, diag, &coder);
  if (!s.ok()) {
    fmt::print(stderr, "tacitus: cannot load data: {}\n", s.ToString());
    return nullptr;
  }
  return coder;
}

bool ParseDateArg(const std::string& text, Date* date) {
  if (text.empty()) return true;
  if (Date::Parse(text, date)) return true;
  fmt::print(stderr, "tacitus: --date: '{}' is not a date (YYYY-MM-DD)\n", text);
  return false;
}

int RunCode(const CodeArgs& args) {
  OutputFormat format;
  if (!ParseOutputFormat(args.format, &format)) {
    fmt::print(stderr, "tacitus: unknown --format '{}' (jsonl, gdelt, table, plover)\n",
               args.format);
    return kExitFatal;
  }
  ReaderOptions reader_options;
  if (!ParseDateArg(args.date, &reader_options.default_date)) return kExitFatal;
  reader_options.stop_at_first_error = args.strict;
  Diagnostics diag(stderr);
  std::unique_ptr<Coder> coder = OpenCoder(args.data, args.dicts, &diag);
  if (!coder) return kExitFatal;

  ArticleReader reader(args.inputs, reader_options, &diag);
  ParallelOptions options;
  options.threads = args.threads > 0
                        ? args.threads
                        : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  options.diagnostics = &diag;
  ParallelCoder pipeline(*coder, options);

  WriteOptions write_options;
  write_options.include_unrealised = args.all;
  static char out_buffer[1 << 20];
  setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
  if (format == OutputFormat::kTable) fputs(TableHeader().c_str(), stdout);

  bool show_progress = args.progress || (!args.quiet && isatty(STDERR_FILENO));
  ProgressMeter meter(stderr, show_progress);
  auto input_errors = [&] { return reader.stats().records_skipped + reader.stats().files_failed; };
  PipelineCounts counts = pipeline.Run(
      &reader,
      EventFormatter(format, write_options),
      [](std::string_view bytes) { fwrite(bytes.data(), 1, bytes.size(), stdout); },
      [&](const PipelineCounts& c) { meter.Update(reader.stats(), c); });
  fflush(stdout);
  meter.Clear();
  if (ferror(stdout)) {
    fmt::print(stderr, "tacitus: error writing the output\n");
    return kExitFatal;
  }
  if (!args.quiet) {
    fmt::print(stderr, "tacitus: {}\n", RunSummary(reader.stats(), counts, meter.Seconds(), &diag));
  }
  if (args.strict && input_errors() > 0) {
    fmt::print(stderr, "tacitus: stopped at the first input error (--strict)\n");
    return kExitFatal;
  }
  return input_errors() > 0 || counts.failed > 0 ? kExitSkipped : kExitOk;
}

Date Today() {
  return Date::FromDays(static_cast<int64_t>(std::time(nullptr)) / 86400);
}

int RunExplain(const ExplainArgs& args) {
  Article article;
  article.id = "explain";
  article.title = args.title;
  article.origin = "command line";
  if (args.words.size() == 1 && args.words[0] == "-") {
    article.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    for (const std::string& w : args.words) {
      if (!article.text.empty()) article.text += ' ';
      article.text += w;
    }
  }
  if (article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    fmt::print(stderr, "tacitus explain: no text given\n");
    return kExitFatal;
  }
  if (!ParseDateArg(args.date, &article.date)) return kExitFatal;
  if (!article.date.valid()) {
    article.date = Today();
    fmt::print(stderr, "tacitus explain: no --date given, dating the text today ({})\n",
               article.date.ToIso());
  }
  Diagnostics diag(stderr);
  std::unique_ptr<Coder> coder = OpenCoder(args.data, args.dicts, &diag);
  if (!coder) return kExitFatal;
  Document doc;
  coder->Code(std::move(article), &doc);
  fputs(ExplainDocument(doc).c_str(), stdout);
  return kExitOk;
}

int PrintVersion() {
  fmt::print("tacitus {}\n", Version());
  Diagnostics quiet(nullptr);
  CoderOptions options;
  std::unique_ptr<Coder> coder;
  Status s = Coder::Open(options, &quiet, &coder);
  if (s.ok()) {
    fmt::print("data: {} ({})\n", DefaultDataDir(), coder->Summary());
  } else {
    fmt::print("data: not loaded: {}\n", s.ToString());
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Tacitus: codes news text into political event data (CAMEO, PLOVER, GDELT)."};
  app.require_subcommand(0, 1);
  bool version = false;
  app.add_flag("--version", version, "print the version and the data loaded");

  CodeArgs code_args;
  CLI::App* code = app.add_subcommand("code", "code articles (JSON Lines, text files, folders, -)");
  code->add_option("--format", code_args.format, "jsonl, gdelt, table or plover")
      ->check(CLI::IsMember({"jsonl", "gdelt", "table", "plover"}));
  code->add_option("--date", code_args.date, "date for records without one (YYYY-MM-DD)");
  code->add_flag("--all", code_args.all, "also write negated and hypothetical events");
  code->add_option("--threads", code_args.threads, "worker threads (default: all cores)")
      ->check(CLI::Range(0, 1024));
  code->add_flag("--strict", code_args.strict, "stop at the first bad record (exit 2)");
  code->add_option("--data", code_args.data, "folder with the dictionaries");
  code->add_option("--dict", code_args.dicts,
                   "also load a peer dictionary: petrarch:PATH[,PATH...] or tabari:FILE[,FILE...]");
  code->add_flag("--quiet", code_args.quiet, "no summary on stderr");
  code->add_flag("--progress", code_args.progress, "show progress even when stderr is not a terminal");
  code->add_option("INPUT", code_args.inputs, "files, folders, or - for standard input")->required();

  ExplainArgs explain_args;
  CLI::App* explain = app.add_subcommand("explain", "show how one text is coded, stage by stage");
  explain->add_option("--date", explain_args.date, "date of the text (default: today)");
  explain->add_option("--data", explain_args.data, "folder with the dictionaries");
  explain->add_option("--dict", explain_args.dicts,
                      "also load a peer dictionary: petrarch:PATH[,PATH...] or tabari:FILE[,FILE...]");
  explain->add_option("--title", explain_args.title, "a headline, coded as the article's title");
  explain->add_option("TEXT", explain_args.words, "the text, or - to read standard input")->required();

  // Subcommands in their own files (tools/commands.h) set run_command when picked.
  std::function<int()> run_command;
  AddEvalCommand(app, &run_command);
  AddDictCommand(app, &run_command);
  AddConformanceCommand(app, &run_command);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitFatal;
  }
  if (version) return PrintVersion();
  if (*code) return RunCode(code_args);
  if (*explain) return RunExplain(explain_args);
  if (run_command) return run_command();
  fputs(app.help().c_str(), stderr);
  return kExitFatal;
}
