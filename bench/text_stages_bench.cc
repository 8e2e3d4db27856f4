// text_stages_bench: throughput of the text stages alone (segment, tokenize,
// tag) on one thread, and the WordNet load time.
//
//   text_stages_bench [FILE.jsonl] [--wordnet DIR] [--repeat N]
//
// FILE defaults to reuters21578.jsonl in ../shared/corpora (see
// ../shared/README.md); without it the benchmark says so and exits 0. The
// articles are read into memory first (title + "\n\n" + body, as the coder
// joins them), so only the three stages are timed.
#include <simdjson.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tacitus/lexicon.h"
#include "tacitus/text_stages.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

std::string FindCorpus() {
  std::vector<fs::path> candidates = {"../shared/corpora/reuters21578.jsonl"};
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(exe.parent_path() / "../../shared/corpora/reuters21578.jsonl");
  for (const fs::path& p : candidates) {
    if (fs::is_regular_file(p, ec)) return p.string();
  }
  return "";
}

bool ReadArticles(const std::string& path, std::vector<tacitus::Article>* out) {
  simdjson::padded_string json;
  if (simdjson::padded_string::load(path).get(json) != simdjson::SUCCESS) return false;
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream stream;
  if (parser.iterate_many(json).get(stream) != simdjson::SUCCESS) return false;
  for (auto doc : stream) {
    std::string_view title, text;
    simdjson::ondemand::object obj;
    if (doc.get_object().get(obj) != simdjson::SUCCESS) continue;
    if (obj["title"].get_string().get(title) != simdjson::SUCCESS) title = {};
    if (obj["text"].get_string().get(text) != simdjson::SUCCESS) continue;
    tacitus::Article a;
    a.title = std::string(title);
    a.text = title.empty() ? std::string(text) : a.title + "\n\n" + std::string(text);
    out->push_back(std::move(a));
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path, wordnet = "/usr/share/wordnet";
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--wordnet") == 0 && i + 1 < argc) {
      wordnet = argv[++i];
    } else if (std::strcmp(argv[i], "--shared") == 0 && i + 1 < argc) {
      // bench/run.sh passes the shared folder; the corpus is inside it.
      path = std::string(argv[++i]) + "/corpora/reuters21578.jsonl";
      if (!fs::exists(path)) path.clear();
    } else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      path = argv[i];
    }
  }
  if (path.empty()) path = FindCorpus();
  if (path.empty()) {
    std::printf("text_stages_bench: skipped: ../shared/corpora/reuters21578.jsonl not found\n");
    return 0;
  }

  auto t0 = Clock::now();
  std::unique_ptr<tacitus::Lexicon> lexicon;
  tacitus::Status s = tacitus::Lexicon::Load(wordnet, &lexicon);
  if (!s.ok()) {
    std::printf("text_stages_bench: skipped: %s\n", s.ToString().c_str());
    return 0;
  }
  auto t1 = Clock::now();
  lexicon->Freeze();
  auto t2 = Clock::now();
  std::printf("WordNet load %.1f ms + freeze %.1f ms, %zu words\n", Seconds(t0, t1) * 1e3,
              Seconds(t1, t2) * 1e3, lexicon->size());

  std::vector<tacitus::Article> articles;
  if (!ReadArticles(path, &articles)) {
    std::printf("text_stages_bench: cannot read %s\n", path.c_str());
    return 1;
  }
  uint64_t bytes = 0;
  for (const auto& a : articles) bytes += a.text.size();
  std::printf("%s: %zu articles, %.1f MB\n", path.c_str(), articles.size(), bytes / 1e6);

  double best = 1e9, seg_best = 1e9, tok_best = 1e9, tag_best = 1e9;
  uint64_t sentences = 0, tokens = 0;
  tacitus::Document doc;
  for (int r = 0; r < repeat; ++r) {
    double seg = 0, tok = 0, tag = 0;
    sentences = tokens = 0;
    for (const auto& a : articles) {
      doc.article.title = a.title;
      doc.article.text = a.text;
      auto a0 = Clock::now();
      tacitus::SegmentSentences(&doc);
      auto a1 = Clock::now();
      tacitus::Tokenize(*lexicon, &doc);
      auto a2 = Clock::now();
      tacitus::TagTokens(*lexicon, &doc);
      auto a3 = Clock::now();
      seg += Seconds(a0, a1);
      tok += Seconds(a1, a2);
      tag += Seconds(a2, a3);
      sentences += doc.sentences.size();
      tokens += doc.tokens.size();
    }
    best = std::min(best, seg + tok + tag);
    seg_best = std::min(seg_best, seg);
    tok_best = std::min(tok_best, tok);
    tag_best = std::min(tag_best, tag);
  }
  std::printf("%llu sentences, %llu tokens\n", static_cast<unsigned long long>(sentences),
              static_cast<unsigned long long>(tokens));
  std::printf("segment %.1f MB/s, tokenize %.1f MB/s, tag %.1f MB/s\n", bytes / 1e6 / seg_best,
              bytes / 1e6 / tok_best, bytes / 1e6 / tag_best);
  std::printf("segment+tokenize+tag: %.1f MB/s, %.2f M tokens/s (one thread, best of %d)\n",
              bytes / 1e6 / best, tokens / 1e6 / best, repeat);
  return 0;
}
