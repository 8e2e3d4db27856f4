// Coder: loads the lexicon and dictionaries once, then runs the stages on
// each article. See docs/architecture.md for the stages.
#include "tacitus/coder.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "actor_dictionary.h"
#include "event_dictionary.h"
#include "gazetteer.h"
#include "peer_dictionary.h"
#include "stages.h"
#include "tacitus/lexicon.h"
#include "tacitus/text_stages.h"

#ifndef TACITUS_SOURCE_DATA_DIR
#define TACITUS_SOURCE_DATA_DIR "data"
#endif

namespace tacitus {

struct Coder::Rep {
  std::unique_ptr<Lexicon> lexicon;
  ActorDictionary actors;
  EventDictionary events;
  Gazetteer gazetteer;
};

Coder::Coder() : rep_(new Rep) {}
Coder::~Coder() = default;

std::string DefaultDataDir() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("TACITUS_DATA"); env && *env) return env;
  std::error_code ec;
  // The source tree this binary was built from, then beside an installed
  // binary (<prefix>/share/tacitus).
  if (fs::exists(fs::path(TACITUS_SOURCE_DATA_DIR) / "countries.tsv", ec)) return TACITUS_SOURCE_DATA_DIR;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path candidate = exe.parent_path() / "../share/tacitus";
    if (fs::exists(candidate / "countries.tsv", ec)) return fs::weakly_canonical(candidate, ec).string();
  }
  return "data";
}

Status Coder::Open(const CoderOptions& options, Diagnostics* diagnostics,
                   std::unique_ptr<Coder>* out) {
  std::unique_ptr<Coder> coder(new Coder);
  Rep& r = *coder->rep_;
  Status s = Lexicon::Load(options.wordnet_dir, &r.lexicon);
  if (!s.ok()) return s;
  std::string dir = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  if (!std::filesystem::exists(dir + "/countries.tsv"))
    return Status::NotFound(dir + ": no countries.tsv here; give the data folder with --data");
  s = r.actors.Load(dir, r.lexicon.get(), diagnostics);
  if (!s.ok()) return s;
  s = r.events.Load(dir, r.lexicon.get(), diagnostics);
  if (!s.ok()) return s;
  s = LoadPeerDictionaries(options.extra_dictionaries, &r.actors, &r.events, r.lexicon.get(),
                           diagnostics);
  if (!s.ok()) return s;
  s = r.gazetteer.Load(dir + "/places.tsv", r.actors, r.lexicon.get(), diagnostics);
  if (!s.ok()) return s;
  r.lexicon->Freeze();
  *out = std::move(coder);
  return Status::OK();
}

void Coder::Code(Article article, Document* doc) const {
  const Rep& r = *rep_;
  *doc = Document();
  if (!article.title.empty()) {
    // One offset space for headline and body: the title, a blank line, then
    // the body; the segmenter knows the title ends at the first "\n\n".
    article.text = article.title + "\n\n" + article.text;
  }
  doc->article = std::move(article);
  doc->lexicon = r.lexicon.get();
  SegmentSentences(doc);
  Tokenize(*r.lexicon, doc);
  TagTokens(*r.lexicon, doc);
  std::vector<Atom> atoms = FindActorAtoms(r.actors, *doc);
  ChunkSentences(atoms, doc);
  ResolveActors(r.actors, atoms, doc);
  MatchEvents(r.events, doc);
  MarkSportsEvents(doc);
  ResolveDates(doc);
  RedateRoles(r.actors, doc);
  ResolvePlaces(r.gazetteer, r.actors, doc);
  RefineCodes(r.events, doc);
}

std::string Coder::Summary() const {
  const Rep& r = *rep_;
  return std::to_string(r.lexicon->size()) + " words, " + std::to_string(r.actors.size()) +
         " actor entries, " + std::to_string(r.events.pattern_count()) + " event patterns, " +
         std::to_string(r.events.cameo_count()) + " CAMEO codes, " +
         std::to_string(r.gazetteer.size()) + " places";
}

}  // namespace tacitus
