// English irregular verbs (base, past, past participle). WordNet's verb.exc
// maps "met" to "meet" but does not say whether "met" is a past or a past
// participle, and the tagger needs to know: "has met" vs "went", "had gone".
// The Lexicon also takes its lemma links from here first, so a lexicon built
// without WordNet (BuiltinOnly) still knows "met" -> "meet".
#ifndef TACITUS_SRC_IRREGULAR_VERBS_H_
#define TACITUS_SRC_IRREGULAR_VERBS_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace tacitus {

struct IrregularVerb {
  std::string_view base, past, participle;
};

// Every irregular verb Tacitus knows. A verb with two pasts ("learned",
// "learnt") has two entries.
std::span<const IrregularVerb> IrregularVerbs();

// What an irregular form can be (bit set); 0 for regular and unknown words.
enum IrregularBits : uint8_t {
  kIrregularBase = 1,        // come, put
  kIrregularPast = 2,        // came, put, met
  kIrregularParticiple = 4,  // come, put, met, gone
};
uint8_t IrregularFormBits(std::string_view lower);

}  // namespace tacitus

#endif  // TACITUS_SRC_IRREGULAR_VERBS_H_
