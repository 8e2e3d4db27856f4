// Peer dictionaries: the actor, agent, verb and discard dictionaries of
// PETRARCH-2 and TABARI (the "peers"), read into one neutral model that
// Tacitus can install into its own dictionaries (--dict), check for problems
// (`tacitus dict check`) and write in its native data/ format (`tacitus dict
// convert`). docs/peer-dictionaries.md describes how each peer feature maps
// onto Tacitus and which ones cannot be expressed.
//
// Reading never fails on a bad line: it is reported as "FILE:LINE: error:
// ..." through Diagnostics and skipped; only a missing or unreadable file is
// an error Status. Features the model cannot express are counted, with the
// first place they occur, in PeerDictionary::skipped.
#ifndef TACITUS_SRC_PEER_DICTIONARY_H_
#define TACITUS_SRC_PEER_DICTIONARY_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "actor_dictionary.h"
#include "event_dictionary.h"
#include "tacitus/date.h"
#include "tacitus/diagnostics.h"
#include "tacitus/lexicon.h"
#include "tacitus/status.h"

namespace tacitus {

// A phrase of a peer dictionary, normalised: lower case, words separated by
// one space ("afghan national army"). Stems of TABARI are already expanded
// into the words they stand for.
struct PeerPhrase {
  std::string text;
  std::string origin;  // "FILE:LINE"
};

// One code block of an actor: [CODE], [CODE <D], [CODE >D], [CODE D1-D2].
// Dates are inclusive, invalid = open. "---" is the peers' null code: the
// name is known but has no code (in that period).
struct DatedCode {
  std::string code;
  Date from, to;
  std::string origin;
  bool dated() const { return from.valid() || to.valid(); }
};

struct PeerActor {
  std::vector<PeerPhrase> phrases;  // the first names the actor
  std::vector<DatedCode> codes;     // as written, in file order
  std::string origin;
};

// An agent word: gives a sector (suffix "~GOV") or, for prefix codes
// ("NGO~"), a prefix put before the country ("MSF Arnor" NGOARN).
struct PeerAgent {
  PeerPhrase phrase;
  std::string code;  // "GOV", "GOVFRM"; "NGO" for a prefix
  bool plural = false;
  bool prefix = false;
};

// A verb pattern in Tacitus' pattern language (docs/data-format.md):
// head verb, then the words after it, {T} and *. The peers' patterns may
// also need words before the verb, which Tacitus' own files cannot say.
struct PeerPattern {
  std::string code, mirror;  // "032", "033"; code "---" = a null pattern
  std::string head;          // lower-case verb: a base form or a form
  std::string text;          // after the head: "* ties {T}"; may be empty
  std::string origin;
  // Before the head, left to right: "indicated * should" ('*': any words
  // of the sentence between; none: adjacent). Usually empty.
  std::string before;
  // No {T}: the target is the first actor after the verb (the peers' rule;
  // Pattern::target_first_after). Written to data/ as "TEXT * * * {T}".
  bool target_first_after = false;
};

// A phrase whose presence stops a sentence (or the whole story) from being
// coded: PETRARCH discards, TABARI ### and +++ codes.
struct PeerDiscard {
  PeerPhrase phrase;
  bool story = false;
  Date from, to;      // TABARI actors coded ### only in a period
  bool stem = false;  // the last word may go on (a TABARI stem)
};

struct PeerDictionary {
  std::string spec;  // "petrarch:DIR" as given
  std::vector<PeerActor> actors;
  std::vector<PeerAgent> agents;
  std::vector<PeerPattern> patterns;
  std::vector<PeerDiscard> discards;
  // What was read ("verb patterns" -> 812) and what could not be expressed
  // ("verb patterns with words before the verb" -> 31), with the first
  // place it occurs.
  std::map<std::string, size_t> loaded;
  std::map<std::string, size_t> skipped;
  std::map<std::string, std::string> skipped_at;

  void Count(const std::string& what, size_t n = 1) { loaded[what] += n; }
  void Skip(const std::string& why, const std::string& origin, size_t n = 1);
  // One line: "140 actors, 180 actor phrases, ...; not expressible (counted,
  // not loaded): 31 patterns with words before the verb (first at F:L), ...".
  std::string Summary() const;
};

// Reads "petrarch:PATH[,PATH...]" or "tabari:PATH[,PATH...]". A PETRARCH
// PATH is a dictionary file or a folder whose *.txt files are classified by
// name (verbs, actors, agents, discards, issues, prepositions); a TABARI PATH
// is a .verbs, .actors, .agents or .options file or a .project file naming
// them. `lexicon` expands TABARI stems and finds verb lemmas; it is not
// changed. InvalidArgument for a bad spec, IOError for unreadable files.
Status ReadPeerDictionary(const std::string& spec, const Lexicon& lexicon,
                          Diagnostics* diagnostics, PeerDictionary* out);

// The readers behind ReadPeerDictionary, one file at a time.
Status ReadPetrarchVerbs(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                         PeerDictionary* out);
Status ReadPetrarchActors(const std::string& path, Diagnostics* d, PeerDictionary* out);
Status ReadPetrarchAgents(const std::string& path, Diagnostics* d, PeerDictionary* out);
Status ReadPetrarchDiscards(const std::string& path, Diagnostics* d, PeerDictionary* out);
Status ReadPetrarchIssues(const std::string& path, Diagnostics* d, PeerDictionary* out);
Status ReadTabariVerbs(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                       PeerDictionary* out);
Status ReadTabariActors(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                        PeerDictionary* out);
Status ReadTabariAgents(const std::string& path, const Lexicon& lexicon, Diagnostics* d,
                        PeerDictionary* out);
Status ReadTabariOptions(const std::string& path, Diagnostics* d, PeerDictionary* out);
// The .actors, .verbs, .agents and .options files a .project names.
Status ReadTabariProject(const std::string& path, std::vector<std::string>* files);

// The dated codes of an actor as Tacitus terms: non-overlapping, sorted by
// start. Where restrictions overlap the one that starts later wins (a
// narrower, more recent office overrides a broader one); an undated code
// fills every day no restriction covers. `default_code` receives the
// undated code ("" if none).
std::vector<Term> TermsOf(const PeerActor& actor, std::string* default_code);

// How a peer actor is installed: a person when it has dated codes; for a
// plain 3-letter code a country if the lexicon knows the name's words or
// the code's letters occur in it in order, else a person without terms
// (a title in the text then adds its sector); else an organisation.
ActorKind KindOf(const PeerActor& actor, const Lexicon& lexicon);

// Installs everything Tacitus can express into the dictionaries; codes of
// patterns that the CAMEO table lacks are added to it (their events carry
// the peer's code). Call actors->Finalize() and events->Finalize() after.
void InstallPeerDictionary(const PeerDictionary& dict, ActorDictionary* actors,
                           EventDictionary* events, Lexicon* lexicon);

// Reads and installs each spec; reports each dictionary's summary line as a
// warning when something could not be expressed. Finalizes both
// dictionaries.
Status LoadPeerDictionaries(const std::vector<std::string>& specs, ActorDictionary* actors,
                            EventDictionary* events, Lexicon* lexicon,
                            Diagnostics* diagnostics);

// True if `sentence` holds a discard phrase valid on `date`; *story is set
// when the phrase discards the whole story.
bool MatchesDiscard(const PeerDictionary& dict, std::string_view sentence, const Date& date,
                    bool* story);

}  // namespace tacitus

#endif  // TACITUS_SRC_PEER_DICTIONARY_H_
