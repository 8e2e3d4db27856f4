// The closed-class words of English that Tacitus knows itself (determiners,
// pronouns, prepositions, conjunctions, auxiliaries, modals, negations, number
// words), plus a few open words that the tagger's rules name ("say", "come",
// "order"), all with ids fixed at compile time.
//
// Every Lexicon interns kClosedWords first and in order, so the entry at index
// i has id i + 1 in any Lexicon (lexicon_test checks this). The tagger thus
// recognises a closed word from Token::word with one comparison and refers to
// words as constants (kIdSay) instead of looking strings up per sentence.
#ifndef TACITUS_SRC_CLOSED_WORDS_H_
#define TACITUS_SRC_CLOSED_WORDS_H_

#include <cstdint>
#include <iterator>
#include <string_view>

#include "tacitus/document.h"

namespace tacitus {

enum class AuxKind : uint8_t { kNone, kBe, kHave, kDo };

constexpr uint32_t TagBit(Tag t) { return 1u << static_cast<unsigned>(t); }

struct ClosedWord {
  std::string_view text;  // lower case, as Tokenize looks words up ("n’t" too)
  Tag tag;                // usual tag; kUnknown: an open word, listed for its id
  uint32_t alt = 0;       // TagBit()s of other tags that context may give it
  AuxKind aux = AuxKind::kNone;
  VerbForm form = VerbForm::kNone;  // for forms of be, have, do
  std::string_view lemma = {};      // another entry of this table; empty: itself
};

// WordClass bits the Lexicon adds beyond lexicon.h's four; Classes()
// returns them too, so test classes with & rather than ==.
// kClassName: WordNet writes a noun sense of the word capitalised ("China",
// "Putin", "Japan"); the tagger uses it to see names that open a sentence.
constexpr uint8_t kClassName = 16;
// kClassIrregularNoun / kClassIrregularVerb: an exception list (noun.exc,
// verb.exc, irregular_verbs.h) gives the word's lemma ("children", "met").
// Together with the endings the suffix rules strip they tell the tagger when
// a lemma lookup can be skipped: a known noun or verb without them is its
// own lemma.
constexpr uint8_t kClassIrregularNoun = 32;
constexpr uint8_t kClassIrregularVerb = 64;
// kClassVerbFirst: the lemma is mostly a verb in WordNet's sense counts
// (cntlist.rev: "come", "make", "raise"), a prior for the tagger when the
// context cannot tell "the alliance comes" from "peace talks".
constexpr uint8_t kClassVerbFirst = 128;

namespace closed_detail {
constexpr Tag kDet = Tag::kDeterminer, kPro = Tag::kPronoun, kPos = Tag::kPossPronoun,
              kPre = Tag::kPreposition, kCoo = Tag::kCoordinator, kSub = Tag::kSubordinator,
              kRel = Tag::kRelative, kAux = Tag::kAux, kMod = Tag::kModal,
              kNeg = Tag::kNegation, kNum = Tag::kNumber, kAdv = Tag::kAdverb,
              kOpen = Tag::kUnknown;
constexpr uint32_t PRO = TagBit(Tag::kPronoun), DET = TagBit(Tag::kDeterminer),
                   ADV = TagBit(Tag::kAdverb), SUB = TagBit(Tag::kSubordinator),
                   REL = TagBit(Tag::kRelative), COO = TagBit(Tag::kCoordinator),
                   PRE = TagBit(Tag::kPreposition), NEG = TagBit(Tag::kNegation),
                   NOUN = TagBit(Tag::kNoun), VERB = TagBit(Tag::kVerb),
                   ADJ = TagBit(Tag::kAdjective), POS = TagBit(Tag::kPossessive),
                   AUXB = TagBit(Tag::kAux), PUN = TagBit(Tag::kPunct);
constexpr AuxKind BE = AuxKind::kBe, HAVE = AuxKind::kHave, DO = AuxKind::kDo, NA = AuxKind::kNone;
constexpr VerbForm BASE = VerbForm::kBase, PRES = VerbForm::kPresent, PAST = VerbForm::kPast,
                   PART = VerbForm::kPastParticiple, GER = VerbForm::kGerund,
                   NOF = VerbForm::kNone;

inline constexpr ClosedWord kTable[] = {
    // Determiners; most also stand alone as pronouns ("some of its companies").
    {"the", kDet}, {"a", kDet}, {"an", kDet}, {"this", kDet, PRO}, {"these", kDet, PRO},
    {"those", kDet, PRO}, {"that", kSub, DET | PRO | REL}, {"some", kDet, PRO},
    {"any", kDet, PRO}, {"both", kDet, PRO | COO}, {"all", kDet, PRO}, {"each", kDet, PRO},
    {"every", kDet}, {"no", kDet, NEG}, {"another", kDet, PRO}, {"either", kDet, PRO | COO},
    {"neither", kDet, PRO | COO}, {"many", kDet, PRO}, {"few", kDet, PRO},
    {"several", kDet, PRO}, {"most", kDet, PRO | ADV}, {"more", kDet, PRO | ADV},
    {"much", kDet, PRO | ADV}, {"less", kDet, ADV}, {"fewer", kDet, PRO}, {"such", kDet},
    {"what", kPro, DET}, {"whatever", kPro, DET}, {"which", kRel, DET | PRO},
    // Pronouns.
    {"i", kPro}, {"me", kPro}, {"you", kPro}, {"he", kPro}, {"him", kPro}, {"she", kPro},
    {"we", kPro}, {"us", kPro}, {"they", kPro}, {"them", kPro}, {"it", kPro},
    {"myself", kPro}, {"yourself", kPro}, {"himself", kPro}, {"herself", kPro},
    {"itself", kPro}, {"ourselves", kPro}, {"yourselves", kPro}, {"themselves", kPro},
    {"someone", kPro}, {"somebody", kPro}, {"something", kPro}, {"anyone", kPro},
    {"anybody", kPro}, {"anything", kPro}, {"everyone", kPro}, {"everybody", kPro},
    {"everything", kPro}, {"nobody", kPro}, {"nothing", kPro}, {"none", kPro},
    {"mine", kPro}, {"yours", kPro}, {"hers", kPro}, {"ours", kPro}, {"theirs", kPro},
    {"whoever", kPro}, {"there", kPro, ADV},
    {"my", kPos}, {"your", kPos}, {"his", kPos, PRO}, {"her", kPos, PRO}, {"its", kPos},
    {"our", kPos}, {"their", kPos},
    {"who", kRel, PRO}, {"whom", kRel, PRO}, {"whose", kRel},
    // Prepositions. Particles ("pushed back", "scale them down") are adverbs.
    {"to", Tag::kTo, PRE}, {"of", kPre}, {"in", kPre, ADV}, {"on", kPre, ADV}, {"at", kPre},
    {"by", kPre}, {"for", kPre}, {"from", kPre}, {"with", kPre}, {"without", kPre},
    {"within", kPre}, {"into", kPre}, {"onto", kPre}, {"upon", kPre}, {"about", kPre, ADV},
    {"above", kPre}, {"across", kPre}, {"against", kPre}, {"along", kPre},
    {"alongside", kPre}, {"amid", kPre}, {"amidst", kPre}, {"among", kPre},
    {"amongst", kPre}, {"around", kPre, ADV}, {"atop", kPre}, {"behind", kPre},
    {"below", kPre}, {"beneath", kPre}, {"beside", kPre}, {"besides", kPre},
    {"between", kPre}, {"beyond", kPre}, {"despite", kPre}, {"during", kPre},
    {"except", kPre}, {"inside", kPre, ADV}, {"near", kPre}, {"off", kPre, ADV},
    {"out", kPre, ADV}, {"outside", kPre, ADV}, {"over", kPre, ADV}, {"per", kPre},
    {"since", kPre, SUB}, {"through", kPre}, {"throughout", kPre}, {"toward", kPre},
    {"towards", kPre}, {"under", kPre}, {"underneath", kPre}, {"unlike", kPre},
    {"until", kPre, SUB}, {"till", kPre, SUB}, {"up", kPre, ADV}, {"down", kPre, ADV},
    {"via", kPre}, {"versus", kPre}, {"vs", kPre}, {"vs.", kPre}, {"than", kPre},
    {"including", kPre}, {"excluding", kPre}, {"regarding", kPre}, {"like", kPre, VERB | SUB},
    {"after", kPre, SUB | ADV}, {"before", kPre, SUB | ADV}, {"as", kPre, SUB | COO},
    {"plus", kPre, COO}, {"minus", kPre}, {"according", kPre}, {"aboard", kPre},
    // Conjunctions.
    {"and", kCoo}, {"or", kCoo}, {"but", kCoo, PRE}, {"nor", kCoo}, {"&", kCoo},
    {"because", kSub}, {"although", kSub}, {"though", kSub, ADV}, {"if", kSub},
    {"whether", kSub}, {"while", kSub, NOUN}, {"whilst", kSub}, {"when", kSub, REL},
    {"where", kSub, REL}, {"whereas", kSub}, {"unless", kSub}, {"once", kSub, ADV},
    {"whenever", kSub}, {"wherever", kSub}, {"why", kSub}, {"how", kSub}, {"lest", kSub},
    {"so", kAdv, SUB | COO},
    // Auxiliaries: be (also as copula), have, do.
    {"be", kAux, 0, BE, BASE}, {"am", kAux, 0, BE, PRES, "be"}, {"is", kAux, 0, BE, PRES, "be"},
    {"are", kAux, 0, BE, PRES, "be"}, {"was", kAux, 0, BE, PAST, "be"},
    {"were", kAux, 0, BE, PAST, "be"}, {"been", kAux, 0, BE, PART, "be"},
    {"being", kAux, 0, BE, GER, "be"}, {"'re", kAux, 0, BE, PRES, "be"},
    {"’re", kAux, 0, BE, PRES, "be"}, {"'m", kAux, 0, BE, PRES, "be"},
    {"’m", kAux, 0, BE, PRES, "be"},
    {"have", kAux, VERB, HAVE, PRES}, {"has", kAux, VERB, HAVE, PRES, "have"},
    {"had", kAux, VERB, HAVE, PAST, "have"}, {"having", kAux, VERB, HAVE, GER, "have"},
    {"'ve", kAux, 0, HAVE, PRES, "have"}, {"’ve", kAux, 0, HAVE, PRES, "have"},
    {"do", kAux, VERB, DO, PRES}, {"does", kAux, VERB, DO, PRES, "do"},
    {"did", kAux, VERB, DO, PAST, "do"},
    // Modals. "wo" and "ca" are what Tokenize leaves of "won't", "can't".
    {"will", kMod, NOUN}, {"would", kMod}, {"shall", kMod}, {"should", kMod},
    {"can", kMod, NOUN}, {"could", kMod}, {"may", kMod}, {"might", kMod, NOUN},
    {"must", kMod, NOUN}, {"ought", kMod}, {"wo", kMod, 0, NA, NOF, "will"},
    {"ca", kMod, 0, NA, NOF, "can"}, {"sha", kMod, 0, NA, NOF, "shall"},
    {"'ll", kMod, 0, NA, NOF, "will"}, {"’ll", kMod, 0, NA, NOF, "will"},
    {"'d", kMod, AUXB, NA, NOF, "would"}, {"’d", kMod, AUXB, NA, NOF, "would"},
    // Negation and possession.
    {"not", kNeg}, {"n't", kNeg, 0, NA, NOF, "not"}, {"n’t", kNeg, 0, NA, NOF, "not"},
    {"never", kNeg},
    {"'s", Tag::kPossessive, AUXB}, {"’s", Tag::kPossessive, AUXB, NA, NOF, "'s"},
    {"'", Tag::kPunct, POS}, {"’", Tag::kPunct, POS, NA, NOF, "'"},
    // Number words.
    {"zero", kNum}, {"one", kNum, PRO}, {"two", kNum}, {"three", kNum}, {"four", kNum},
    {"five", kNum}, {"six", kNum}, {"seven", kNum}, {"eight", kNum}, {"nine", kNum},
    {"ten", kNum}, {"eleven", kNum}, {"twelve", kNum}, {"thirteen", kNum},
    {"fourteen", kNum}, {"fifteen", kNum}, {"sixteen", kNum}, {"seventeen", kNum},
    {"eighteen", kNum}, {"nineteen", kNum}, {"twenty", kNum}, {"thirty", kNum},
    {"forty", kNum}, {"fifty", kNum}, {"sixty", kNum}, {"seventy", kNum}, {"eighty", kNum},
    {"ninety", kNum}, {"hundred", kNum}, {"thousand", kNum}, {"million", kNum},
    {"billion", kNum}, {"trillion", kNum}, {"dozen", kNum},
    // Adverbs that WordNet also lists as adjectives, nouns or verbs ("still",
    // "even", "well") but that news text uses as adverbs.
    {"also", kAdv}, {"only", kAdv, ADJ}, {"even", kAdv}, {"just", kAdv}, {"still", kAdv},
    {"already", kAdv}, {"now", kAdv}, {"then", kAdv}, {"again", kAdv}, {"too", kAdv},
    {"very", kAdv}, {"ever", kAdv}, {"often", kAdv}, {"soon", kAdv}, {"ago", kAdv},
    {"almost", kAdv}, {"nearly", kAdv}, {"quite", kAdv}, {"rather", kAdv},
    {"perhaps", kAdv}, {"maybe", kAdv}, {"however", kAdv}, {"meanwhile", kAdv},
    {"moreover", kAdv}, {"furthermore", kAdv}, {"nevertheless", kAdv},
    {"nonetheless", kAdv}, {"thus", kAdv}, {"therefore", kAdv}, {"hence", kAdv},
    {"instead", kAdv}, {"indeed", kAdv}, {"else", kAdv}, {"here", kAdv},
    {"together", kAdv}, {"always", kAdv}, {"usually", kAdv}, {"sometimes", kAdv},
    {"yet", kAdv, COO}, {"away", kAdv}, {"ahead", kAdv}, {"well", kAdv, NOUN | ADJ},
    {"apart", kAdv}, {"aside", kAdv}, {"abroad", kAdv}, {"otherwise", kAdv},
    // Open words that rules name. Reporting verbs first ("said ... that" makes
    // "that" a subordinator); keep them contiguous, see IsReportingLemma.
    {"say", kOpen}, {"tell", kOpen}, {"announce", kOpen}, {"add", kOpen},
    {"believe", kOpen}, {"think", kOpen}, {"claim", kOpen}, {"report", kOpen},
    {"warn", kOpen}, {"insist", kOpen}, {"note", kOpen}, {"state", kOpen},
    {"argue", kOpen}, {"confirm", kOpen}, {"deny", kOpen}, {"agree", kOpen},
    {"know", kOpen}, {"show", kOpen}, {"suggest", kOpen}, {"fear", kOpen},
    {"hope", kOpen}, {"expect", kOpen}, {"admit", kOpen}, {"acknowledge", kOpen},
    {"ensure", kOpen}, {"mean", kOpen}, {"indicate", kOpen}, {"reveal", kOpen},
    {"explain", kOpen}, {"complain", kOpen}, {"allege", kOpen}, {"stress", kOpen},
    {"emphasize", kOpen}, {"emphasise", kOpen}, {"predict", kOpen}, {"estimate", kOpen},
    {"assert", kOpen}, {"vow", kOpen}, {"pledge", kOpen}, {"promise", kOpen},
    {"signal", kOpen}, {"decide", kOpen}, {"conclude", kOpen}, {"realize", kOpen},
    {"realise", kOpen}, {"understand", kOpen}, {"feel", kOpen}, {"hear", kOpen},
    {"learn", kOpen}, {"find", kOpen}, {"declare", kOpen}, {"write", kOpen},
    {"recall", kOpen}, {"demand", kOpen}, {"urge", kOpen}, {"propose", kOpen},
    {"recommend", kOpen}, {"assure", kOpen}, {"inform", kOpen}, {"notice", kOpen},
    {"discover", kOpen}, {"doubt", kOpen}, {"worry", kOpen}, {"assume", kOpen},
    {"maintain", kOpen}, {"contend", kOpen}, {"reiterate", kOpen}, {"concede", kOpen},
    {"caution", kOpen}, {"threaten", kOpen}, {"charge", kOpen},
    // Verbs of motion and transfer: "to" after them is a preposition even
    // before a word that could be a verb ("came to power", "went to war").
    // Keep contiguous, see IsDirectionLemma.
    {"come", kOpen}, {"go", kOpen}, {"return", kOpen}, {"travel", kOpen}, {"fly", kOpen},
    {"move", kOpen}, {"head", kOpen}, {"turn", kOpen}, {"rise", kOpen}, {"fall", kOpen},
    {"drop", kOpen}, {"climb", kOpen}, {"jump", kOpen}, {"lead", kOpen}, {"send", kOpen},
    {"bring", kOpen}, {"give", kOpen}, {"sell", kOpen}, {"export", kOpen},
    {"deliver", kOpen}, {"belong", kOpen}, {"talk", kOpen}, {"speak", kOpen},
    {"appeal", kOpen}, {"respond", kOpen}, {"contribute", kOpen}, {"point", kOpen},
    {"object", kOpen}, {"refer", kOpen}, {"listen", kOpen}, {"switch", kOpen},
    {"shift", kOpen}, {"extend", kOpen}, {"expand", kOpen}, {"apply", kOpen},
    {"adapt", kOpen}, {"take", kOpen}, {"visit", kOpen}, {"trip", kOpen}, {"way", kOpen},
    {"access", kOpen}, {"threat", kOpen}, {"damage", kOpen}, {"aid", kOpen},
    {"assistance", kOpen}, {"support", kOpen}, {"nod", kOpen}, {"tribute", kOpen},
    {"close", kOpen}, {"closer", kOpen}, {"next", kOpen}, {"due", kOpen},
    {"similar", kOpen}, {"open", kOpen}, {"power", kOpen}, {"war", kOpen},
    // Other words that multi-word rules name.
    {"longer", kOpen}, {"order", kOpen}, {"back", kOpen}, {"front", kOpen},
    {"addition", kOpen}, {"spite", kOpen}, {"behalf", kOpen},
    // Verbs followed by a bare infinitive ("helped get", "let them go");
    // keep contiguous, see TakesBareInfinitive.
    {"let", kOpen}, {"help", kOpen}, {"make", kOpen},
    // Linking verbs: an adjective after them is a complement ("remain
    // neutral", "made public"); keep contiguous, see IsLinkingLemma.
    {"become", kOpen}, {"remain", kOpen}, {"seem", kOpen}, {"appear", kOpen},
    {"stay", kOpen}, {"look", kOpen}, {"sound", kOpen}, {"prove", kOpen},
    {"grow", kOpen}, {"keep", kOpen}, {"get", kOpen},
};
}  // namespace closed_detail

inline constexpr const ClosedWord* kClosedWords = closed_detail::kTable;
inline constexpr uint32_t kNumClosedWords = std::size(closed_detail::kTable);

// Id (in every Lexicon) of a word of the table, 0 if it is not there.
constexpr uint32_t FindClosedId(std::string_view w) {
  for (uint32_t i = 0; i < kNumClosedWords; ++i) {
    if (kClosedWords[i].text == w) return i + 1;
  }
  return 0;
}

// The same, for constants: fails to compile for a word not in the table.
consteval uint32_t ClosedId(std::string_view w) {
  uint32_t id = FindClosedId(w);
  if (id == 0) throw "not in closed_words.h";
  return id;
}

// The entry of a word id, or nullptr for open words. Entries with tag
// kUnknown are open words that are listed only for their fixed id.
inline const ClosedWord* ClosedWordById(uint32_t id) {
  return id - 1 < kNumClosedWords ? &kClosedWords[id - 1] : nullptr;
}

namespace closed_detail {
struct LemmaIds {
  uint32_t id[kNumClosedWords + 1] = {};
};
constexpr LemmaIds MakeLemmaIds() {
  LemmaIds l;
  for (uint32_t i = 1; i <= kNumClosedWords; ++i) {
    const ClosedWord& w = kClosedWords[i - 1];
    l.id[i] = w.lemma.empty() ? i : FindClosedId(w.lemma);
  }
  return l;
}
inline constexpr LemmaIds kLemmaIds = MakeLemmaIds();
constexpr bool AllLemmasListed() {
  for (uint32_t i = 1; i <= kNumClosedWords; ++i) {
    if (kLemmaIds.id[i] == 0) return false;
  }
  return true;
}
static_assert(AllLemmasListed(), "a closed word's lemma must be in the table");
}  // namespace closed_detail

// Lemma id of a listed word: "was" -> id of "be", "n't" -> id of "not".
inline uint32_t ClosedLemmaId(uint32_t id) { return closed_detail::kLemmaIds.id[id]; }

inline bool IsReportingLemma(uint32_t id) {
  return id >= ClosedId("say") && id <= ClosedId("charge");
}
inline bool IsDirectionLemma(uint32_t id) {
  return id >= ClosedId("come") && id <= ClosedId("war");
}
inline bool TakesBareInfinitive(uint32_t id) {
  return id >= ClosedId("let") && id <= ClosedId("make");
}
inline bool IsLinkingLemma(uint32_t id) {
  return id >= ClosedId("become") && id <= ClosedId("get");
}

}  // namespace tacitus

#endif  // TACITUS_SRC_CLOSED_WORDS_H_
