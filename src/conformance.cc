// Runs the peers' test suites (include/tacitus/conformance.h).
#include "tacitus/conformance.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>

#include <simdjson.h>

#include "peer_dictionary.h"
#include "tacitus/coder.h"
#include "tacitus/dict_tools.h"
#include "tacitus/document.h"

namespace tacitus {

namespace {

namespace fs = std::filesystem;

struct SuiteSpec {
  std::string name, records, dictionary;
};

// The records of one suite with what each expects.
struct Record {
  std::string id, text, origin;
  Date date;
  std::vector<CodedTriple> expected;
  bool allow_more = false;
};

std::string Str(simdjson::dom::element e) {
  std::string_view v;
  return e.get(v) ? "" : std::string(v);
}

std::vector<CodedTriple> Triples(simdjson::dom::object obj, const char* key) {
  std::set<CodedTriple> set;
  simdjson::dom::array arr;
  if (obj.at_key(key).get(arr)) return {};
  for (simdjson::dom::element item : arr) {
    simdjson::dom::object ev;
    if (item.get(ev)) continue;
    set.insert({Str(ev["source"]), Str(ev["target"]), Str(ev["code"])});
  }
  return {set.begin(), set.end()};
}

Status ReadRecords(const std::string& path, bool tabari, Diagnostics* diagnostics,
                   std::vector<Record>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  simdjson::dom::parser parser;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string origin = fs::path(path).filename().string() + ":" + std::to_string(line_no);
    simdjson::dom::object obj;
    if (parser.parse(line).get(obj)) {
      diagnostics->Error(origin, "broken JSON record");
      continue;
    }
    if (tabari) {
      bool after_final = false, validated = true;
      if (obj["after_final"].get(after_final)) after_final = false;
      if (obj["has_validation"].get(validated)) validated = true;
      // TABARI's standard run stops at FINAL-01; records without a
      // validation comment are not checked.
      if (after_final || !validated) continue;
    }
    Record r;
    r.id = Str(obj["id"]);
    r.text = Str(obj["text"]);
    r.origin = origin;
    if (!Date::Parse(Str(obj["date"]), &r.date)) r.date = Date::FromYmd(1995, 1, 1);
    r.expected = Triples(obj, "expected_events");
    if (tabari) {
      std::string_view special;
      if (!obj["special"].get(special) && !special.empty()) r.expected.clear();
      bool more = false;
      if (obj["allow_additional_events"].get(more)) more = false;
      r.allow_more = more;
    }
    out->push_back(std::move(r));
  }
  return Status::OK();
}

std::set<std::string> ReadCameoReference(const std::string& path) {
  std::set<std::string> codes;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) codes.insert(line.substr(0, line.find('\t')));
  return codes;
}

// The events of a coded document (with `realised_only`, those not negated
// or hypothetical), less those of sentences that a discard phrase of the
// dictionary stops.
std::vector<CodedTriple> Coded(const Document& doc, const PeerDictionary& discards, bool realised_only) {
  std::vector<bool> dropped(doc.sentences.size(), false);
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    bool story = false;
    if (!MatchesDiscard(discards, doc.Slice(doc.sentences[i].span), doc.article.date, &story)) continue;
    if (story) return {};
    dropped[i] = true;
  }
  std::set<CodedTriple> set;
  for (const Event& e : doc.events)
    if ((!realised_only || e.realised()) && !dropped[e.sentence]) set.insert({e.source.code, e.target.code, e.cameo});
  return {set.begin(), set.end()};
}

Status RunSuite(const SuiteSpec& spec, const ConformanceOptions& options,
                const std::string& empty_data, const std::set<std::string>& cameo,
                Diagnostics* diagnostics, SuiteResult* result) {
  result->name = spec.name;
  result->dictionary = spec.dictionary;
  std::vector<Record> records;
  Status s = ReadRecords(spec.records, spec.name == "tabari", diagnostics, &records);
  if (!s.ok()) return s;

  CoderOptions coder_options;
  coder_options.data_dir = empty_data;
  coder_options.wordnet_dir = options.wordnet_dir;
  coder_options.extra_dictionaries = {spec.dictionary};
  // What could not be expressed is in the summary, not a warning per run.
  Diagnostics quiet(nullptr);
  std::unique_ptr<Coder> coder;
  s = Coder::Open(coder_options, &quiet, &coder);
  if (!s.ok()) return s;
  std::unique_ptr<Lexicon> lexicon;
  s = Lexicon::Load(options.wordnet_dir, &lexicon);
  if (!s.ok()) return s;
  PeerDictionary dict;
  s = ReadPeerDictionary(spec.dictionary, *lexicon, &quiet, &dict);
  if (!s.ok()) return s;
  result->summary = dict.Summary();
  if (quiet.errors() > 0)
    result->summary += "; " + std::to_string(quiet.errors()) + " malformed dictionary lines skipped";

  for (Record& r : records) {
    Article article;
    article.id = r.id;
    article.date = r.date;
    article.text = r.text;
    article.origin = r.origin;
    Document doc;
    coder->Code(std::move(article), &doc);
    ConformanceRecord out;
    out.id = r.id;
    out.text = r.text;
    out.origin = r.origin;
    out.expected = r.expected;
    auto matches = [&](const std::vector<CodedTriple>& got) {
      return r.allow_more ? std::includes(got.begin(), got.end(), r.expected.begin(), r.expected.end())
                          : got == r.expected;
    };
    out.got = Coded(doc, dict, false);
    out.exact = matches(out.got);
    out.exact_realised = matches(Coded(doc, dict, true));
    out.cameo_only = std::all_of(out.expected.begin(), out.expected.end(),
                                 [&](const CodedTriple& t) { return cameo.count(t.code) > 0; });
    ++result->total;
    result->exact += out.exact;
    result->exact_realised += out.exact_realised;
    if (out.cameo_only) {
      ++result->cameo_total;
      result->cameo_exact += out.exact;
      result->cameo_exact_realised += out.exact_realised;
    }
    result->records.push_back(std::move(out));
  }
  return Status::OK();
}

}  // namespace

std::map<std::string, size_t> SuiteResult::Scores() const {
  std::map<std::string, size_t> scores{{name, exact}, {name + "-realised", exact_realised}};
  if (name == "petrarch2") {
    scores[name + "-cameo"] = cameo_exact;
    scores[name + "-cameo-realised"] = cameo_exact_realised;
  }
  return scores;
}

Status RunConformance(const ConformanceOptions& options, Diagnostics* diagnostics,
                      std::vector<SuiteResult>* results) {
  const std::string c = options.shared_dir + "/conformance/";
  std::vector<SuiteSpec> specs{
      {"petrarch2", c + "PETR.UnitTest.records.jsonl",
       "petrarch:" + c + "PETR.Validate.verbs.txt," + c + "PETR.Validate.actors.txt," + c +
           "PETR.Validate.agents.txt," + c + "PETR.Validate.discards.txt"},
      {"tabari", c + "tabari/Validate.records.jsonl", "tabari:" + c + "tabari/Validate.project"},
  };
  std::set<std::string> cameo = ReadCameoReference(options.shared_dir + "/reference/cameo_eventcodes.tsv");
  if (cameo.empty()) return Status::NotFound(options.shared_dir + "/reference/cameo_eventcodes.tsv: missing");
  // An empty world: the CAMEO table and nothing else, so that only the
  // peers' dictionaries name actors and events.
  std::string empty = (fs::temp_directory_path() / ("tacitus-conformance-" + std::to_string(getpid()))).string();
  Status s = WriteEmptyDataDir(options.data_dir, empty);
  for (const SuiteSpec& spec : specs) {
    if (!s.ok()) break;
    if (std::find(options.suites.begin(), options.suites.end(), spec.name) == options.suites.end()) continue;
    SuiteResult result;
    s = RunSuite(spec, options, empty, cameo, diagnostics, &result);
    if (s.ok()) results->push_back(std::move(result));
  }
  std::error_code ec;
  fs::remove_all(empty, ec);
  return s;
}

}  // namespace tacitus
