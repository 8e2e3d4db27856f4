// The text stages: segment, tokenize, tag. Each takes a Document whose
// earlier stages have run and appends its own annotations.
#ifndef TACITUS_TEXT_STAGES_H_
#define TACITUS_TEXT_STAGES_H_

#include <string_view>

#include "tacitus/document.h"
#include "tacitus/lexicon.h"

namespace tacitus {

// True if `text` is valid UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
// On failure *bad_offset is the byte offset of the first invalid sequence.
bool IsValidUtf8(std::string_view text, size_t* bad_offset);

// Splits doc->text() into sentences (doc->sentences). Survives
// abbreviations (U.S., Gen., Dec., Mr.), initials (George W. Bush), decimal
// numbers, quotes and closing quotes after the full stop, datelines
// ("BEIJING—", "MOSCOW (Reuters) -": the dateline is kept out of the first
// sentence's subject), and line breaks that end headlines and section titles.
// If the article has a title, the first sentence is the title (is_title).
void SegmentSentences(Document* doc);

// Splits every sentence into tokens with byte spans (doc->tokens) and fills
// Sentence::first_token/end_token, Token::word (lexicon id of the lower-cased
// form, 0 if unknown) and Token::flags. Splits "'s", "n't", punctuation and
// curly quotes, keeps "U.S.", "e-mail", "Kim Jong-un", "9/11", "1.5" whole.
void Tokenize(const Lexicon& lexicon, Document* doc);

// Assigns Token::tag, Token::form and Token::lemma from the lexicon's word
// classes and the context (rules, no model): determiners and possessives
// start noun phrases, auxiliaries and modals come before verbs, "to" + base
// form, capitalised words mid-sentence are proper nouns unless known
// function words, past participles after forms of "be"/"have".
void TagTokens(const Lexicon& lexicon, Document* doc);

}  // namespace tacitus

#endif  // TACITUS_TEXT_STAGES_H_
