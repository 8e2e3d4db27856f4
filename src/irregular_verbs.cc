#include "irregular_verbs.h"

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace tacitus {
namespace {

// Forms of be, have and do are in closed_words.h; the ones here are lexical.
// "wound" is listed as a base too (its forms are regular): news means "to
// wound" far more often than the past of "wind".
constexpr IrregularVerb kVerbs[] = {
    {"wound", "wounded", "wounded"},
    {"arise", "arose", "arisen"},       {"awake", "awoke", "awoken"},
    {"bear", "bore", "borne"},          {"beat", "beat", "beaten"},
    {"become", "became", "become"},     {"begin", "began", "begun"},
    {"bend", "bent", "bent"},           {"bet", "bet", "bet"},
    {"bid", "bid", "bid"},              {"bind", "bound", "bound"},
    {"bite", "bit", "bitten"},          {"bleed", "bled", "bled"},
    {"blow", "blew", "blown"},          {"break", "broke", "broken"},
    {"breed", "bred", "bred"},          {"bring", "brought", "brought"},
    {"broadcast", "broadcast", "broadcast"}, {"build", "built", "built"},
    {"burn", "burnt", "burnt"},         {"burst", "burst", "burst"},
    {"buy", "bought", "bought"},        {"cast", "cast", "cast"},
    {"catch", "caught", "caught"},      {"choose", "chose", "chosen"},
    {"cling", "clung", "clung"},        {"come", "came", "come"},
    {"cost", "cost", "cost"},           {"creep", "crept", "crept"},
    {"cut", "cut", "cut"},              {"deal", "dealt", "dealt"},
    {"dig", "dug", "dug"},              {"do", "did", "done"},
    {"draw", "drew", "drawn"},          {"dream", "dreamt", "dreamt"},
    {"drink", "drank", "drunk"},        {"drive", "drove", "driven"},
    {"eat", "ate", "eaten"},            {"fall", "fell", "fallen"},
    {"feed", "fed", "fed"},             {"feel", "felt", "felt"},
    {"fight", "fought", "fought"},      {"find", "found", "found"},
    {"flee", "fled", "fled"},           {"fling", "flung", "flung"},
    {"fly", "flew", "flown"},           {"forbid", "forbade", "forbidden"},
    {"forecast", "forecast", "forecast"}, {"foresee", "foresaw", "foreseen"},
    {"forget", "forgot", "forgotten"},  {"forgive", "forgave", "forgiven"},
    {"freeze", "froze", "frozen"},      {"get", "got", "got"},
    {"get", "got", "gotten"},           {"give", "gave", "given"},
    {"go", "went", "gone"},             {"grind", "ground", "ground"},
    {"grow", "grew", "grown"},          {"hang", "hung", "hung"},
    {"hear", "heard", "heard"},         {"hide", "hid", "hidden"},
    {"hit", "hit", "hit"},              {"hold", "held", "held"},
    {"hurt", "hurt", "hurt"},           {"keep", "kept", "kept"},
    {"kneel", "knelt", "knelt"},        {"know", "knew", "known"},
    {"lay", "laid", "laid"},            {"lead", "led", "led"},
    {"lean", "leant", "leant"},         {"leap", "leapt", "leapt"},
    {"learn", "learnt", "learnt"},      {"leave", "left", "left"},
    {"lend", "lent", "lent"},           {"let", "let", "let"},
    {"lie", "lay", "lain"},             {"light", "lit", "lit"},
    {"lose", "lost", "lost"},           {"make", "made", "made"},
    {"mean", "meant", "meant"},         {"meet", "met", "met"},
    {"mislead", "misled", "misled"},    {"mistake", "mistook", "mistaken"},
    {"overcome", "overcame", "overcome"}, {"overrun", "overran", "overrun"},
    {"oversee", "oversaw", "overseen"}, {"overtake", "overtook", "overtaken"},
    {"overthrow", "overthrew", "overthrown"}, {"pay", "paid", "paid"},
    {"prove", "proved", "proven"},      {"put", "put", "put"},
    {"quit", "quit", "quit"},           {"read", "read", "read"},
    {"rebuild", "rebuilt", "rebuilt"},  {"rid", "rid", "rid"},
    {"ride", "rode", "ridden"},         {"ring", "rang", "rung"},
    {"rise", "rose", "risen"},          {"run", "ran", "run"},
    {"say", "said", "said"},            {"see", "saw", "seen"},
    {"seek", "sought", "sought"},       {"sell", "sold", "sold"},
    {"send", "sent", "sent"},           {"set", "set", "set"},
    {"sew", "sewed", "sewn"},           {"shake", "shook", "shaken"},
    {"shed", "shed", "shed"},           {"shine", "shone", "shone"},
    {"shoot", "shot", "shot"},          {"show", "showed", "shown"},
    {"shrink", "shrank", "shrunk"},     {"shut", "shut", "shut"},
    {"sing", "sang", "sung"},           {"sink", "sank", "sunk"},
    {"sit", "sat", "sat"},              {"slay", "slew", "slain"},
    {"sleep", "slept", "slept"},        {"slide", "slid", "slid"},
    {"sling", "slung", "slung"},        {"sow", "sowed", "sown"},
    {"speak", "spoke", "spoken"},       {"speed", "sped", "sped"},
    {"spend", "spent", "spent"},        {"spin", "spun", "spun"},
    {"split", "split", "split"},        {"spread", "spread", "spread"},
    {"spring", "sprang", "sprung"},     {"stand", "stood", "stood"},
    {"steal", "stole", "stolen"},       {"stick", "stuck", "stuck"},
    {"sting", "stung", "stung"},        {"stink", "stank", "stunk"},
    {"strike", "struck", "struck"},     {"strike", "struck", "stricken"},
    {"string", "strung", "strung"},     {"strive", "strove", "striven"},
    {"swear", "swore", "sworn"},        {"sweep", "swept", "swept"},
    {"swell", "swelled", "swollen"},    {"swim", "swam", "swum"},
    {"swing", "swung", "swung"},        {"take", "took", "taken"},
    {"teach", "taught", "taught"},      {"tear", "tore", "torn"},
    {"tell", "told", "told"},           {"think", "thought", "thought"},
    {"throw", "threw", "thrown"},       {"thrust", "thrust", "thrust"},
    {"tread", "trod", "trodden"},       {"undergo", "underwent", "undergone"},
    {"understand", "understood", "understood"}, {"undertake", "undertook", "undertaken"},
    {"undo", "undid", "undone"},        {"upset", "upset", "upset"},
    {"uphold", "upheld", "upheld"},     {"wake", "woke", "woken"},
    {"wear", "wore", "worn"},           {"weave", "wove", "woven"},
    {"weep", "wept", "wept"},           {"win", "won", "won"},
    {"wind", "wound", "wound"},         {"withdraw", "withdrew", "withdrawn"},
    {"withhold", "withheld", "withheld"}, {"withstand", "withstood", "withstood"},
    {"write", "wrote", "written"},      {"forsake", "forsook", "forsaken"},
    {"outdo", "outdid", "outdone"},     {"outgrow", "outgrew", "outgrown"},
    {"redo", "redid", "redone"},        {"retake", "retook", "retaken"},
    {"rewrite", "rewrote", "rewritten"}, {"reset", "reset", "reset"},
    {"spit", "spat", "spat"},           {"stride", "strode", "stridden"},
    {"swing", "swung", "swung"},        {"wring", "wrung", "wrung"},
};

using FormTable = std::vector<std::pair<std::string_view, uint8_t>>;

FormTable BuildForms() {
  FormTable t;
  for (const IrregularVerb& v : kVerbs) {
    t.emplace_back(v.base, kIrregularBase);
    t.emplace_back(v.past, kIrregularPast);
    t.emplace_back(v.participle, kIrregularParticiple);
  }
  std::sort(t.begin(), t.end());
  // Merge the bits of equal spellings: "put" is base, past and participle.
  FormTable merged;
  for (const auto& [form, bits] : t) {
    if (!merged.empty() && merged.back().first == form) {
      merged.back().second |= bits;
    } else {
      merged.emplace_back(form, bits);
    }
  }
  return merged;
}

}  // namespace

std::span<const IrregularVerb> IrregularVerbs() { return kVerbs; }

uint8_t IrregularFormBits(std::string_view lower) {
  // The tagger asks for every base-form verb, so the sorted table is cut
  // by first letter and scanned comparing lengths before bytes.
  struct Index {
    FormTable table = BuildForms();
    uint16_t begin[257] = {};
    Index() {
      size_t k = 0;
      for (int c = 0; c < 256; ++c) {
        begin[c] = static_cast<uint16_t>(k);
        while (k < table.size() && static_cast<unsigned char>(table[k].first[0]) == c) ++k;
      }
      begin[256] = static_cast<uint16_t>(table.size());
    }
  };
  static const Index index;
  if (lower.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(lower[0]);
  for (size_t k = index.begin[c]; k < index.begin[c + 1]; ++k) {
    const auto& [form, bits] = index.table[k];
    if (form.size() != lower.size()) continue;
    size_t m = 0;
    while (m < form.size() && form[m] == lower[m]) ++m;  // inline: no memcmp call
    if (m == form.size()) return bits;
  }
  return 0;
}

}  // namespace tacitus
