// Actor resolution: from dictionary atoms and noun phrases to actor mentions
// with CAMEO codes, then coreference within the article.
//
// A noun phrase names an actor when its head word does: a person ("Xi
// Jinping"), an organisation, a country or capital, an agent noun given a
// country ("Chinese companies" CHNBUS), or an unknown name after a title
// ("Mongolian President Khurelsukh Ukhnaa" MNGGOV). Actor words that only
// modify another head ("the Russian invasion") become modifier mentions.
#include <algorithm>
#include <cctype>
#include <string>

#include "stages.h"

namespace tacitus {

namespace {


bool CountryLike(ActorKind k) {
  return k == ActorKind::kCountry || k == ActorKind::kAdjective || k == ActorKind::kDemonym ||
         k == ActorKind::kCapital || k == ActorKind::kPlace;
}

struct Resolver {
  const ActorDictionary& dict;
  Document* doc;
  std::vector<int32_t> atom_at;  // token -> index into atoms, -1
  const std::vector<Atom>& atoms;
  // Explicit coordinations seen so far ("Xi and Putin"), newest last.
  std::vector<std::vector<int32_t>> groups;

  const ActorEntry* EntryAt(uint32_t token) const {
    int32_t a = atom_at[token];
    return a < 0 ? nullptr : &dict.entry(atoms[a].entry);
  }

  int32_t AddMention(ActorMention m) {
    doc->mentions.push_back(std::move(m));
    return static_cast<int32_t>(doc->mentions.size() - 1);
  }

  static void SplitCode(ActorMention* m) {
    m->country = m->code.substr(0, 3);
    m->sector = m->code.size() > 3 ? m->code.substr(3, 3) : "";
  }

  // Most recent mention before `before` (mention index) within `window`
  // sentences that satisfies `pred`.
  template <typename Pred>
  int32_t Recent(uint32_t sentence, uint32_t window, Pred pred) const {
    for (int32_t k = static_cast<int32_t>(doc->mentions.size()) - 1; k >= 0; --k) {
      const ActorMention& m = doc->mentions[k];
      if (m.sentence + window < sentence) break;
      if (m.modifier || !m.members.empty() || m.code.empty()) continue;
      if (pred(m)) return k;
    }
    return -1;
  }

  static bool StateAgency(std::string_view sector) {
    return sector == "MIL" || sector == "COP" || sector == "GOV" || sector == "SPY" || sector == "JUD";
  }

  // The country (3 letters) of a phrase's possessive pronoun or possessor.
  // With `state_only` (the phrase is a state's own agency: "its security
  // forces", "its army") a pronoun stands for a state, not for an armed
  // group named nearer: "Pakistan says it dealt a blow to al-Qaeda's
  // operations after its security forces shot dead ...".
  std::string OwnerCountry(const Chunk& c, std::string* why, bool state_only = false) {
    if (c.possessor >= 0) {
      const Chunk& p = doc->chunks[c.possessor];
      if (p.mention >= 0) {
        *why = "possessor '" + std::string(doc->Slice({doc->tokens[p.first_token].span.begin,
                                                       doc->tokens[p.end_token - 1].span.end})) + "'";
        return doc->mentions[p.mention].country;
      }
    }
    const Token& first = doc->tokens[c.first_token];
    if (first.tag == Tag::kPossPronoun) {
      bool personal = WordIn(*doc, c.first_token, "his", "her");
      int32_t k = Recent(c.sentence, 2, [&](const ActorMention& m) {
        if (personal) return m.is_person;
        if (state_only && (!m.sector.empty() || !IsState(m.country))) return false;
        return !m.is_person;
      });
      if (k >= 0 && !UnknownOwnerBefore(c, ChunkIndex(c), k)) {
        *why = "'" + std::string(doc->TokenText(c.first_token)) + "' = " + doc->mentions[k].code;
        return doc->mentions[k].country;
      }
    }
    return "";
  }

  // "the president of Mongolia": a country in an "of" phrase right after.
  std::string OfCountry(size_t chunk_index, std::string* why) {
    if (chunk_index + 1 >= doc->chunks.size()) return "";
    const Chunk& next = doc->chunks[chunk_index + 1];
    if (next.kind != ChunkKind::kNounPhrase || next.preposition < 0) return "";
    // "the president of Mongolia", "soldiers from Gondor", and, for a
    // sector with no country at all, "activists in Arnor".
    if (!WordIn(*doc, next.preposition, "of", "from", "in")) return "";
    if (static_cast<uint32_t>(next.preposition) != doc->chunks[chunk_index].end_token) return "";
    for (uint32_t t = next.first_token; t < next.end_token; ++t) {
      const ActorEntry* e = EntryAt(t);
      if (e && (CountryLike(e->kind) || e->kind == ActorKind::kOrganisation)) {
        *why = "'of " + e->name + "'";
        // "officials of Hamas" are Hamas (PSEHMS), "officials in the White
        // House" the government it stands for; "troops of Russia" RUSMIL.
        bool whole = e->kind == ActorKind::kOrganisation || e->kind == ActorKind::kCapital;
        return whole ? e->code : e->code.substr(0, 3);
      }
    }
    return "";
  }

  // The countries of chunk k (an "of" phrase) and of the noun phrases
  // coordinated with it: "of France, Germany and Italy".
  std::vector<std::string> CoordinatedCountries(size_t k) const {
    std::vector<std::string> out;
    for (; k < doc->chunks.size(); ++k) {
      const Chunk& c = doc->chunks[k];
      const ActorEntry* e = c.kind == ChunkKind::kNounPhrase ? EntryAt(c.head) : nullptr;
      if (!e || !CountryLike(e->kind)) break;
      out.push_back(e->code.substr(0, 3));
      if (k + 1 >= doc->chunks.size() || Coordination(*doc, c, doc->chunks[k + 1]) == Link::kNone) break;
    }
    return out;
  }

  void ResolvePhrase(size_t ci) {
    Chunk& c = doc->chunks[ci];
    if (c.kind != ChunkKind::kNounPhrase) return;
    const Token& head = doc->tokens[c.head];
    const Date& date = doc->article.date;

    ActorMention m;
    m.first_token = c.first_token;
    m.end_token = c.end_token;
    m.sentence = c.sentence;

    // Atoms of this phrase, and which one holds the head.
    const ActorEntry* head_entry = EntryAt(c.head);
    const ActorEntry* country = nullptr;   // nearest country-like before the head
    const ActorEntry* org = nullptr;
    const ActorEntry* title = nullptr;     // agent before the head
    const ActorEntry* prefix = nullptr;    // a peer's prefix agent ("MSF" NGO~)
    uint32_t title_end = 0;
    for (uint32_t t = c.first_token; t < c.end_token; ++t) {
      const ActorEntry* e = EntryAt(t);
      if (!e || e == head_entry) continue;
      if (e->kind == ActorKind::kAgent && e->prefix) {
        prefix = e;
        continue;
      }
      if (CountryLike(e->kind)) country = e;
      if (e->kind == ActorKind::kOrganisation) org = e;
      if (e->kind == ActorKind::kAgent) {
        // "opposition leader", "army chief": the first agent of a run of
        // titles says the sector.
        bool continues_run = title && title_end == atoms[atom_at[t]].first_token;
        if (!continues_run) title = e;
        title_end = atoms[atom_at[t]].end_token;
      }
    }

    if (head_entry && head_entry->kind == ActorKind::kPerson && OtherFirstName(c, *head_entry))
      head_entry = nullptr;  // "Gerhard Stoltenberg" is not Jens Stoltenberg
    if (IsGroupReference(c) && ResolveReference(ci, &m)) {
      // "both leaders", "the two countries": the actors named before
    } else if (head_entry && head_entry->kind == ActorKind::kPerson &&
               dict.RoleOn(*head_entry, date).code == "---") {
      return;  // a peer's null period: the phrase names no actor on this date
    } else if (head_entry && head_entry->kind == ActorKind::kPerson) {
      Role role = dict.RoleOn(*head_entry, date);
      m.code = role.code;
      m.name = head_entry->name;
      m.entry = static_cast<int32_t>(atoms[atom_at[c.head]].entry);
      m.is_person = true;
      m.how = "person '" + head_entry->name + "' (" + head_entry->origin + ")";
      if (role.term) {
        m.how += ": " + role.term->office + " " + role.term->code + " from " +
                 role.term->from.ToIso() + " to " +
                 (role.term->to.valid() ? role.term->to.ToIso() : std::string("today")) + " (" +
                 role.term->origin + ")";
      } else if (title && title_end <= c.head && !Former(c)) {
        // Out of office by the dictionary, but the text gives a title
        // ("Chancellor Gordon Brown"): the text knows a term we do not,
        // and its country ("Soviet Foreign Minister Eduard Shevardnadze").
        m.code = (country ? country->code.substr(0, 3) : role.code.substr(0, 3)) + title->code;
        m.how += ": no term on " + date.ToIso() + " in the dictionary; title '" + title->name + "' " +
                 title->code + " in the text";
      } else {
        m.how += ": in no office on " + date.ToIso() + ", coded as elite";
      }
    } else if (head_entry && head_entry->kind == ActorKind::kOrganisation) {
      m.code = head_entry->code;
      m.name = head_entry->name;
      m.how = "organisation '" + head_entry->name + "' (" + head_entry->origin + ")";
      std::string why;
      std::string owner = country ? country->code.substr(0, 3)
                                  : c.possessor >= 0 ? OwnerCountry(c, &why) : std::string();
      if (owner.size() == 3 && head_entry->code.size() >= 6 && dict.Country(head_entry->code.substr(0, 3)) != nullptr &&
          owner != head_entry->code.substr(0, 3)) {
        // "Israel's Labour party", "the Australian Labor Party": a party
        // name other countries share; the country named owns this one.
        m.code = owner + (title ? title->code : head_entry->code.substr(3, 3));
        m.how += " of " + (country ? "'" + country->name + "'" : why) + ", not " + head_entry->code.substr(0, 3);
      }
    } else if (head_entry && head_entry->kind == ActorKind::kAgent) {
      if (HolderToCome(c)) return;
      std::string why;
      std::string owner;
      bool of_phrase = false;
      if (country) {
        owner = country->code;
        why = ActorKindName(country->kind) + std::string(" '") + country->name + "'";
      } else if (org) {
        owner = org->code;
        why = "organisation '" + org->name + "'";
      } else if (const ActorEntry* person = PersonBefore(c)) {
        // "the Trump administration", "the Netanyahu government".
        owner = dict.RoleOn(*person, date).code.substr(0, 3);
        why = "person '" + person->name + "'";
      } else {
        owner = OwnerCountry(c, &why, StateAgency(head_entry->code));
        if (owner.empty()) {
          owner = OfCountry(ci, &why);
          of_phrase = !owner.empty();
        }
        if (owner.empty() && WordIs(*doc, c.first_token, "the") && !head_entry->plural &&
            c.end_token - c.first_token == 2 && PersonTitle(c.head)) {
          // "The president met ...": the person last named with that
          // sector, not the country last named.
          int32_t k = Recent(c.sentence, 2, [&](const ActorMention& x) {
            return x.is_person && x.sector == head_entry->code;
          });
          if (k >= 0) {
            CopyFrom(k, &m, "'" + std::string(doc->Slice({doc->tokens[c.first_token].span.begin, head.span.end})) +
                                "' = " + doc->mentions[k].name);
            m.first_token = c.first_token;
            m.end_token = c.end_token;
            m.sentence = c.sentence;
            SplitCode(&m);
            c.mention = AddMention(m);
            return;
          }
        }
        if (owner.empty() && WordIs(*doc, c.first_token, "the") && c.end_token - c.first_token == 2 &&
            !head_entry->plural) {
          // "the government": the government of the country in focus.
          int32_t k = Recent(c.sentence, 1, [](const ActorMention& x) { return !x.is_person; });
          if (k >= 0) {
            owner = doc->mentions[k].country;
            why = "'the' = country in focus " + owner;
          }
        }
      }
      if (owner.empty() && ci > 0) {
        // "Chinese media and officials": the country of the agent before.
        const Chunk& prev = doc->chunks[ci - 1];
        if (prev.kind == ChunkKind::kNounPhrase && prev.mention >= 0 && prev.sentence == c.sentence &&
            prev.end_token + 1 == c.first_token && WordIn(*doc, prev.end_token, "and", "or")) {
          const ActorMention& pm = doc->mentions[prev.mention];
          if (!pm.sector.empty() && !pm.is_person && pm.members.empty()) {
            owner = pm.country;
            why = "the agent before it, " + pm.code;
          }
        }
      }
      size_t of_chunk = ci + 1;  // the "of" phrase the country came from
      if (owner.empty() && ci + 2 < doc->chunks.size() &&
          Coordination(*doc, c, doc->chunks[ci + 1]) == Link::kAnd) {
        // "Lawmakers and officials in Poland": the country of the agent
        // after, when its "of" phrase follows it.
        const ActorEntry* next = EntryAt(doc->chunks[ci + 1].head);
        if (next && next->kind == ActorKind::kAgent) {
          owner = OfCountry(ci + 1, &why);
          of_phrase = !owner.empty();
          of_chunk = ci + 2;
        }
      }
      if (owner.empty() && !UnknownNameBefore(c, c.head)) {
        // "Protesters demonstrated against the government in Tbilisi": the
        // one place the sentence names gives the country.
        owner = PlaceCountry(c.sentence, c.end_token);
        if (!owner.empty()) why = "the sentence's place, " + owner;
      }
      if (owner.empty()) return;  // a sector with no country: too vague to code
      // "military officials", "police chiefs": a sector word right before a
      // generic title (GOV) says whose officials they are.
      std::string sector = head_entry->code;
      if (sector == "GOV" && title && !title->prefix && title->code.size() == 3 && title->code != "CVL" &&
          title->code != "REF" &&
          title_end == atoms[atom_at[c.head]].first_token) {
        sector = title->code;
        why += "; sector of '" + title->name + "'";
      }
      m.code = head_entry->prefix ? head_entry->code + owner : owner.size() > 3 ? owner : owner + sector;
      if (FormerHolders(c)) {
        // "former security officials": CAMEO's elites (ELI) are former
        // office holders; the office they held no longer speaks for them.
        m.code = owner + "ELI";
        why += "; 'former' = elite ELI";
      }
      m.is_plural = head_entry->plural;
      // "the foreign minister ... He added": one holder of a title is a person.
      m.is_person = !head_entry->plural && PersonTitle(c.head);
      m.how = "agent '" + head_entry->name + "' " + head_entry->code + " (" + head_entry->origin +
              ") of " + why;
      // "the foreign ministers of France and Germany", "lawmakers in A and
      // B": one such agent for each country.
      std::vector<std::string> countries;
      if (of_phrase && head_entry->plural && owner.size() == 3) countries = CoordinatedCountries(of_chunk);
      if (countries.size() >= 2) {
        std::vector<int32_t> members;
        for (const std::string& country : countries) {
          ActorMention one = m;
          one.code = country + head_entry->code;
          SplitCode(&one);
          members.push_back(AddMention(std::move(one)));
        }
        SetGroup(members, &m, "agent '" + head_entry->name + "' of each of the coordinated countries:");
      }
    } else if (head_entry && CountryLike(head_entry->kind) && title && title_end <= c.head &&
               head.tag == Tag::kProperNoun && !OwnerCountry(c, &m.how).empty()) {
      // "Ithilen's minister Calimehtar", where the dictionary lists the name
      // as another country's synonym: the text says whose minister he is.
      std::string owner = OwnerCountry(c, &m.how);
      m.code = owner + title->code;
      m.is_person = true;
      m.how = "title '" + title->name + "' " + title->code + " of " + m.how + " before '" +
              std::string(doc->TokenText(c.head)) + "' (listed under " + head_entry->name + ")";
    } else if (head_entry && CountryLike(head_entry->kind)) {
      m.code = head_entry->code;
      m.name = head_entry->name;
      m.is_plural = head_entry->kind == ActorKind::kDemonym;
      m.how = std::string(ActorKindName(head_entry->kind)) + " of " + head_entry->name + " (" +
              head_entry->origin + ")";
      if (head_entry->kind == ActorKind::kDemonym && country && country->code.size() == 3 &&
          country->code != head_entry->code && head_entry->code.size() == 3) {
        // "Bosnian Serbs", "Iraqi Kurds": people of one country named by
        // their kin in another; the country they live in is the actor.
        m.code = country->code;
        m.name = country->name;
        m.how = "people of " + country->name + " (" + country->origin + ") named '" +
                std::string(doc->TokenText(c.head)) + "'";
      }
      if (!head_entry->also.empty()) {
        // "The Shire" [FRO/BIL/SAM]: one mention for each actor it stands for.
        std::vector<int32_t> members;
        std::vector<std::string> codes{head_entry->code};
        codes.insert(codes.end(), head_entry->also.begin(), head_entry->also.end());
        for (const std::string& code : codes) {
          ActorMention one = m;
          one.code = code;
          SplitCode(&one);
          members.push_back(AddMention(std::move(one)));
        }
        SetGroup(members, &m, "compound actor '" + head_entry->name + "' (" + head_entry->origin + "):");
      }
    } else if (head.tag == Tag::kProperNoun && title && title_end <= c.head) {
      // A title before a name the dictionaries do not know.
      std::string why;
      std::string owner = country ? country->code : (org ? org->code : OwnerCountry(c, &why));
      if (owner.empty()) owner = OfCountry(ci, &why);
      if (owner.empty() && !UnknownNameBefore(c, title_end)) {
        owner = PlaceCountry(c.sentence, c.end_token);
        if (!owner.empty()) why = "the sentence's country, " + owner;
      }
      if (owner.empty()) return;
      m.code = owner.size() > 3 ? owner : owner + title->code;
      m.is_person = true;
      m.name = std::string(doc->Slice({doc->tokens[title_end].span.begin, head.span.end}));
      m.how = "title '" + title->name + "' " + title->code + " + unknown name '" + m.name + "'" +
              (country ? " of " + country->name : why.empty() ? "" : " of " + why);
    } else if (WordIn(*doc, c.head, "country", "nation") &&
               (WordIs(*doc, c.first_token, "the") || doc->tokens[c.first_token].tag == Tag::kPossPronoun)) {
      std::string why;
      std::string owner = OwnerCountry(c, &why);
      if (owner.empty()) {
        int32_t k = Recent(c.sentence, 2, [](const ActorMention& x) { return !x.is_person && x.sector.empty(); });
        if (k >= 0) {
          owner = doc->mentions[k].country;
          why = "last country named";
        }
      }
      if (owner.empty()) return;
      m.code = owner;
      m.how = "'" + std::string(doc->Slice({doc->tokens[c.first_token].span.begin, head.span.end})) +
              "' = " + why;
    } else if (!head_entry && head.tag == Tag::kProperNoun && ShortNameOf(c, &m)) {
      // "Kim Jong Un hosted Putin. ... Putin and Kim signed": filled in
    } else if (ResolveReference(ci, &m)) {
      // pronoun or group reference, filled in
    } else {
      AddModifiers(c);
      return;
    }
    // Not on an organisation, whose code is whole ("human rights activists
    // Amnesty International" is Amnesty's code).
    if (prefix && m.members.empty() && !m.code.empty() &&
        !(head_entry && head_entry->kind == ActorKind::kOrganisation) && m.code.rfind(prefix->code, 0) != 0) {
      m.code = prefix->code + m.code;  // "an MSF Arnor diplomat" NGOARNGOV
      m.how += "; prefix '" + prefix->name + "' " + prefix->code;
    }
    SplitCode(&m);
    c.mention = AddMention(m);
  }

  // "both", "the two", "both leaders", "the three countries".
  bool IsGroupReference(const Chunk& c) const {
    if (c.end_token - c.first_token > 3) return false;
    for (uint32_t t = c.first_token; t < c.end_token; ++t)
      if (WordIn(*doc, t, "both", "two", "three")) return true;
    return false;
  }

  // A state or territory, present or historical, and not a region or an
  // international body (EUR, WST, IGO).
  bool IsState(const std::string& code) const {
    const CountryInfo* c = code.size() == 3 ? dict.Country(code) : nullptr;
    if (c == nullptr) return false;
    return !c->iso2.empty() || code == "USR" || code == "YUG" || code == "CSK" || code == "DDR" || code == "SCG";
  }

  // The country of the places (cities, capitals) a sentence names, if they
  // all lie in one country and no other country is named; else "".
  std::string PlaceCountry(uint32_t sentence, uint32_t after) const {
    const Sentence& s = doc->sentences[sentence];
    // "killed hundreds of civilians in the city of Axum": a place named
    // right after the phrase says where its people are from.
    for (uint32_t t = after; t < s.end_token && t < after + 8; ++t) {
      int32_t a = atom_at[t];
      if (a < 0 || atoms[a].first_token != t) continue;
      const ActorEntry& e = dict.entry(atoms[a].entry);
      if ((e.kind == ActorKind::kPlace || e.kind == ActorKind::kCapital) && t > 0 &&
          WordIn(*doc, t - 1, "in", "of", "near", "outside"))
        return e.code.substr(0, 3);
      break;
    }
    // Else the one country the sentence names ("Police in Georgia detained
    // dozens of protesters"), if it names exactly one.
    std::string found;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      int32_t a = atom_at[t];
      if (a < 0 || atoms[a].first_token != t) continue;
      const ActorEntry& e = dict.entry(atoms[a].entry);
      // (An armed group's home is not where it strikes: "JNIM fighters
      // killed villagers in Burkina Faso".)
      if (e.kind == ActorKind::kAgent || e.kind == ActorKind::kOrganisation) continue;
      // A person counts as their country: "industry ... the Bush
      // administration ... against China" names two countries. Regions have
      // no government ("the government ... would make Europe easier").
      std::string country = e.kind == ActorKind::kPerson ? dict.RoleOn(e, doc->article.date).code.substr(0, 3)
                                                         : e.code.substr(0, 3);
      if (!IsState(country)) continue;
      if (!found.empty() && found != country) return "";
      found = country;
    }
    return found;
  }

  // A capitalised word the dictionaries do not know before `end` ("the
  // Urbanian foreign minister"): the phrase says a nationality we cannot
  // read, so no country is guessed from elsewhere in the sentence.
  bool UnknownNameBefore(const Chunk& c, uint32_t end) const {
    for (uint32_t t = c.first_token; t < end && t < c.end_token; ++t) {
      const Token& k = doc->tokens[t];
      if (atom_at[t] < 0 && k.has(kCapitalised) && !k.has(kSentenceInitial) &&
          (k.tag == Tag::kProperNoun || k.tag == Tag::kAdjective))
        return true;
    }
    return false;
  }

  const ActorEntry* PersonBefore(const Chunk& c) const {
    for (uint32_t t = c.first_token; t < c.head; ++t) {
      const ActorEntry* e = EntryAt(t);
      if (e && e->kind == ActorKind::kPerson) return e;
    }
    return nullptr;
  }

  // "Gerhard Stoltenberg", "Hunter Biden": a first name before a surname
  // the dictionary knows, which is not in the known person's name, names
  // someone else. Honorifics and initials ("Mr Putin", "Vladimir V.
  // Putin") are no first names.
  bool OtherFirstName(const Chunk& c, const ActorEntry& person) const {
    const Atom& atom = atoms[atom_at[c.head]];
    uint32_t t = atom.first_token;
    if (t <= c.first_token || atom.end_token - atom.first_token != 1 || atom_at[t - 1] >= 0) return false;
    const Token& first = doc->tokens[t - 1];
    std::string_view w = doc->TokenText(t - 1);
    if (first.tag != Tag::kProperNoun || !first.has(kCapitalised) || first.has(kAllCaps) || w.size() <= 2 ||
        w.back() == '.')
      return false;
    if (WordIn(*doc, t - 1, "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "madame", "mme", "herr", "senor",
               "sheikh", "sheik", "emir", "ayatollah", "imam", "rabbi", "pope", "saint", "comrade", "dame",
               "monsieur", "signor", "frau", "don"))
      return false;
    // Only a person known by a full name has a first name to compare
    // (a peer dictionary's "MORDOR" has none: "Evil Mordor" is Mordor).
    if (person.name.find(' ') == std::string::npos) return false;
    // The word is in the person's own name: "Donald Trump" for "Trump".
    std::string lower(w);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    std::string name = person.name;
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return name.find(lower) == std::string::npos;
  }

  // Titles that name one person ("the president", "the premier").
  bool PersonTitle(uint32_t t) const {
    return WordIn(*doc, t, "president", "premier", "chancellor", "king", "queen", "emir", "leader",
                  "minister", "secretary", "governor", "mayor", "general", "commander", "chief", "spokesman",
                  "spokeswoman", "ambassador", "envoy", "pm", "fm");
  }

  // "former President", "ex-minister", "the late king": a title of the past.
  bool Former(const Chunk& c) const {
    for (uint32_t t = c.first_token; t < c.end_token; ++t) {
      if (WordIn(*doc, t, "former", "late", "then", "outgoing", "ousted", "deposed", "exiled")) return true;
      std::string_view w = doc->TokenText(t);
      if (w.size() > 3 && (w.substr(0, 3) == "ex-" || w.substr(0, 3) == "Ex-")) return true;
    }
    return false;
  }

  // "former officials", "ex-ministers": people who held the office. Not
  // "the late king" or "the outgoing government", which still hold it.
  // "a new president", "a future government": the holder not yet chosen is
  // no actor ("Romanians voted for a new president" is an election, not an
  // endorsement of the sitting government).
  bool HolderToCome(const Chunk& c) const {
    return c.head >= c.first_token + 2 && WordIn(*doc, c.first_token, "a", "an") &&
           WordIn(*doc, c.first_token + 1, "new", "future", "next");
  }

  bool FormerHolders(const Chunk& c) const {
    for (uint32_t t = c.first_token; t < c.head; ++t) {
      if (WordIs(*doc, t, "former")) return true;
      std::string_view w = doc->TokenText(t);
      if (w.size() > 3 && (w.substr(0, 3) == "ex-" || w.substr(0, 3) == "Ex-")) return true;
    }
    return false;
  }

  // Actor words inside a phrase headed by something else: "the Russian
  // invasion", "US tariffs". Kept as modifier mentions for nominal events.
  void AddModifiers(const Chunk& c) {
    // "its invasion of Ukraine", "his visit to Mongolia": the possessive
    // pronoun names the actor of a nominal event.
    if (doc->tokens[c.first_token].tag == Tag::kPossPronoun && c.head > c.first_token) {
      bool personal = WordIn(*doc, c.first_token, "his", "her");
      bool plural = WordIs(*doc, c.first_token, "their");
      int32_t k = Recent(c.sentence, 2, [&](const ActorMention& x) {
        return plural ? x.is_plural : personal ? x.is_person : (!x.is_person && !x.is_plural);
      });
      if (k >= 0 && !plural && !UnknownOwnerBefore(c, ChunkIndex(c), k)) {
        ActorMention m;
        CopyFrom(k, &m, "'" + std::string(doc->TokenText(c.first_token)) + "' = " + doc->mentions[k].code);
        m.first_token = c.first_token;
        m.end_token = c.first_token + 1;
        m.sentence = c.sentence;
        m.modifier = true;
        SplitCode(&m);
        AddMention(m);
      }
    }
    for (uint32_t t = c.first_token; t < c.end_token && t < c.head; ++t) {
      int32_t a = atom_at[t];
      if (a < 0 || atoms[a].first_token != t || atoms[a].end_token > c.head) continue;
      const ActorEntry& e = dict.entry(atoms[a].entry);
      if (e.kind == ActorKind::kAgent) continue;
      ActorMention m;
      m.first_token = atoms[a].first_token;
      m.end_token = atoms[a].end_token;
      m.sentence = c.sentence;
      m.modifier = true;
      m.name = e.name;
      // A capital before a noun of force is where, too: "a Baghdad rocket attack".
      m.is_place = e.kind == ActorKind::kPlace ||
                   (e.kind == ActorKind::kCapital &&
                    WordIn(*doc, c.head, "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion",
                           "strike", "strikes", "raid", "raids", "shelling", "assault", "offensive", "siege",
                           "bomb", "bombs", "massacre", "ambush", "clashes", "fighting", "riots", "protest",
                           "protests"));
      if (e.kind == ActorKind::kPerson) {
        m.code = dict.RoleOn(e, doc->article.date).code;
        m.is_person = true;
      } else {
        m.code = e.code;
      }
      // "Chinese military parade": the agent after the country sets the sector.
      if (CountryLike(e.kind) && atoms[a].end_token < c.head) {
        const ActorEntry* next = EntryAt(atoms[a].end_token);
        if (next && next->kind == ActorKind::kAgent) m.code = e.code + next->code;
      }
      m.how = std::string("modifier: ") + ActorKindName(e.kind) + " '" + e.name + "' (" + e.origin + ")";
      SplitCode(&m);
      AddMention(m);
    }
  }

  size_t ChunkIndex(const Chunk& c) const { return static_cast<size_t>(&c - doc->chunks.data()); }

  // The noun phrase sentence `sentence` opens with as its subject, past
  // prepositional and time phrases ("In 2004, ...", "Last year ..."), or
  // null if a verb comes first. Chunks from `before` on are not looked at.
  const Chunk* OpeningSubject(uint32_t sentence, size_t before) const {
    for (size_t k = 0; k < before && k < doc->chunks.size(); ++k) {
      const Chunk& c = doc->chunks[k];
      if (c.sentence < sentence) continue;
      if (c.sentence > sentence || c.kind != ChunkKind::kNounPhrase) return nullptr;
      if (c.preposition >= 0 || TimeLike(c)) continue;
      return &c;
    }
    return nullptr;
  }
  // Does sentence `sentence` open with a name the dictionaries do not know,
  // as its subject ("Yukos called the sale illegal ...")? Then a following
  // "it" is most likely that company or body, no actor of ours.
  bool UnknownNameOpens(uint32_t sentence, size_t before) const {
    const Chunk* c = OpeningSubject(sentence, before);
    if (c == nullptr || c->mention >= 0 || atom_at[c->head] >= 0) return false;
    const Token& head = doc->tokens[c->head];
    // An "it" left unresolved goes on speaking of the same unknown.
    return head.tag == Tag::kProperNoun || (head.tag == Tag::kPronoun && WordIs(*doc, c->head, "it"));
  }
  // Does sentence `sentence` open with a singular common noun phrase that
  // names no actor, as its subject ("The storm forced ...")?
  bool ThingOpens(uint32_t sentence, size_t before) const {
    const Chunk* c = OpeningSubject(sentence, before);
    if (c == nullptr) return false;
    const Token& head = doc->tokens[c->head];
    bool plural = head.lemma != 0 && head.lemma != head.word;
    return c->mention < 0 && head.tag == Tag::kNoun && atom_at[c->head] < 0 && !plural;
  }
  bool TimeLike(const Chunk& c) const {
    return WordIn(*doc, c.head, "year", "week", "month", "day", "today", "yesterday", "monday", "tuesday",
                  "wednesday", "thursday", "friday", "saturday", "sunday");
  }
  // Is the clause's subject an unknown (see UnknownNameOpens) that mention
  // k, named in an earlier sentence, would wrongly stand in for?
  bool UnknownOwnerBefore(const Chunk& c, size_t ci, int32_t k) const {
    return k >= 0 && doc->mentions[k].sentence < c.sentence && UnknownNameOpens(c.sentence, ci);
  }

  // Pronouns, "the two", "both leaders", "they".
  bool ResolveReference(size_t ci, ActorMention* m) {
    const Chunk& c = doc->chunks[ci];
    uint32_t h = c.head;
    uint32_t len = c.end_token - c.first_token;
    std::string_view text = doc->TokenText(h);
    if (doc->tokens[h].tag == Tag::kPronoun && len == 1) {
      // Reflexives point back at the clause's own subject, never another actor.
      if (WordIn(*doc, h, "himself", "herself", "itself", "themselves")) return false;
      if (WordIn(*doc, h, "he", "him", "she", "her")) {
        int32_t k = Recent(c.sentence, 3, [](const ActorMention& x) { return x.is_person; });
        if (k < 0) return false;
        CopyFrom(k, m, "'" + std::string(text) + "' = last person named");
        return true;
      }
      if (WordIs(*doc, h, "it")) {
        // Prefer the subject-like first mention of the previous sentence
        // over whatever was named last: "The Soviet Union ... It also ...".
        int32_t k = Recent(c.sentence, 2, [&](const ActorMention& x) {
          return !x.is_person && !x.is_plural && x.sentence == c.sentence;
        });
        // "The storm forced ... as it slammed into": the sentence's own
        // subject, a thing, not the country named before.
        if (k < 0 && ThingOpens(c.sentence, ci)) return false;
        if (k < 0 && UnknownNameOpens(c.sentence - (c.sentence > 0 ? 1 : 0), ci)) return false;
        if (k < 0) k = FirstOfSentence(c.sentence, [](const ActorMention& x) { return !x.is_person && !x.is_plural; });
        if (k < 0) return false;
        CopyFrom(k, m, "'it' = " + doc->mentions[k].code);
        return true;
      }
      if (WordIn(*doc, h, "they", "them")) {
        if (!groups.empty() && doc->mentions[groups.back().front()].sentence + 2 >= c.sentence) {
          SetGroup(groups.back(), m, "'they' = last pair named");
          return true;
        }
        int32_t k = Recent(c.sentence, 2, [](const ActorMention& x) { return x.is_plural; });
        if (k < 0) return false;
        CopyFrom(k, m, "'they' = " + doc->mentions[k].code);
        return true;
      }
      return false;
    }
    // "the two", "both", "both leaders", "the two countries", "the three".
    size_t n = 0;
    for (uint32_t t = c.first_token; t < c.end_token; ++t) {
      if (WordIn(*doc, t, "both", "two")) n = 2;
      if (WordIs(*doc, t, "three")) n = 3;
    }
    if (n == 0) return false;
    bool leaders = false, countries = false, other = false;
    for (uint32_t t = c.first_token; t < c.end_token; ++t) {
      if (WordIn(*doc, t, "leaders", "presidents", "men", "heads", "sides", "officials")) leaders = true;
      else if (WordIn(*doc, t, "countries", "nations", "states", "neighbours", "neighbors", "powers", "giants")) countries = true;
      else if (!WordIn(*doc, t, "the", "both", "two", "three", "all")) other = true;
    }
    if (other) return false;
    auto fits = [&](const ActorMention& x) {
      if (leaders) return x.is_person;
      if (countries) return !x.is_person && x.sector.empty();
      return true;
    };
    for (auto g = groups.rbegin(); g != groups.rend(); ++g) {
      const ActorMention& first = doc->mentions[g->front()];
      if (first.sentence + 3 < c.sentence) break;
      if (g->size() == n && std::all_of(g->begin(), g->end(), [&](int32_t k) { return fits(doc->mentions[k]); })) {
        SetGroup(*g, m, "group reference = last pair named together");
        return true;
      }
    }
    // Else the last n distinct actors named.
    std::vector<int32_t> found;
    for (int32_t k = static_cast<int32_t>(doc->mentions.size()) - 1; k >= 0 && found.size() < n; --k) {
      const ActorMention& x = doc->mentions[k];
      if (x.sentence + 3 < c.sentence) break;
      if (x.modifier || !x.members.empty() || !fits(x)) continue;
      bool dup = false;
      for (int32_t f : found) dup |= doc->mentions[f].code == x.code;
      if (!dup) found.push_back(k);
    }
    if (found.size() != n) return false;
    std::reverse(found.begin(), found.end());
    SetGroup(found, m, "group reference = last " + std::to_string(n) + " actors named");
    return true;
  }

  template <typename Pred>
  int32_t FirstOfSentence(uint32_t sentence, Pred pred) const {
    for (uint32_t back = 1; back <= 2 && back <= sentence; ++back) {
      for (size_t k = 0; k < doc->mentions.size(); ++k) {
        const ActorMention& x = doc->mentions[k];
        if (x.sentence == sentence - back && !x.modifier && x.members.empty() && pred(x))
          return static_cast<int32_t>(k);
      }
    }
    return -1;
  }

  // A lone name word the dictionaries do not take alone ("Kim", shared by
  // several leaders) that is a word of a person named earlier in the
  // article: that person, the most recent one. Honorifics may come before
  // ("Mr Kim").
  bool ShortNameOf(const Chunk& c, ActorMention* m) {
    uint32_t t = c.first_token;
    while (t < c.head && WordIn(*doc, t, "mr", "mrs", "ms", "mr.", "mrs.", "ms.")) ++t;
    if (t != c.head || c.head + 1 != c.end_token) return false;
    std::string_view word = doc->TokenText(c.head);
    for (size_t k = doc->mentions.size(); k-- > 0;) {
      const ActorMention& a = doc->mentions[k];
      if (!a.is_person || a.name.empty() || !a.members.empty()) continue;
      std::string_view name = a.name;
      for (size_t b = 0; b < name.size();) {
        size_t e = name.find(' ', b);
        if (e == std::string_view::npos) e = name.size();
        if (name.substr(b, e - b) == word) {
          CopyFrom(static_cast<int32_t>(k), m, "'" + std::string(word) + "' = " + a.name + ", named before");
          return true;
        }
        b = e + 1;
      }
    }
    return false;
  }

  // The state a successor state's territory belonged to on `date`, or "":
  // Moscow in 1987 is the Soviet Union's, Belgrade in 1999 Yugoslavia's.
  static std::string EarlierState(const std::string& country, const Date& date) {
    int ymd = date.ToYmdNumber();
    static const char* const kSoviet[] = {"RUS", "UKR", "BLR", "KAZ", "UZB", "TKM", "KGZ", "TJK",
                                          "GEO", "ARM", "AZE", "MDA", "LTU", "LVA", "EST"};
    if (ymd < 19911226)
      for (const char* c : kSoviet)
        if (country == c) return "USR";
    if (ymd < 19930101 && (country == "CZE" || country == "SVK")) return "CSK";
    bool serbia = country == "SRB" || country == "MNE" || country == "KSV";
    if (ymd < 19910625 && (serbia || country == "HRV" || country == "SVN" || country == "BIH" || country == "MKD"))
      return "YUG";
    if (serbia && ymd < 20030204) return "YUG";
    if (serbia && ymd < 20060605) return "SCG";
    return "";
  }

  // A capital or city stands for the state that held it on the article's
  // date; countries, peoples and people keep their own codes ("Ukrainian"
  // in 1987 is Ukrainian, Gorbachev is USRGOV by his term).
  void DateSuccessorStates() {
    const Date& date = doc->article.date;
    if (!date.valid() || date.year >= 2006) return;
    bool changed = false;
    for (ActorMention& m : doc->mentions) {
      if (!m.members.empty()) continue;
      std::string earlier = EarlierState(m.country, date);
      if (earlier.empty()) continue;
      const ActorMention* root = &m;
      for (int guard = 0; root->antecedent >= 0 && guard < 16; ++guard) root = &doc->mentions[root->antecedent];
      if (root->is_person) continue;
      int32_t a = -1;
      for (uint32_t t = root->first_token; t < root->end_token && t < atom_at.size() && a < 0; ++t) a = atom_at[t];
      if (a < 0) continue;
      ActorKind kind = dict.entry(atoms[a].entry).kind;
      if (kind != ActorKind::kCapital && kind != ActorKind::kPlace) continue;
      m.code = earlier + m.code.substr(3);
      SplitCode(&m);
      changed = true;
    }
    if (!changed) return;
    for (ActorMention& m : doc->mentions) {
      if (m.members.empty()) continue;
      m.code = doc->mentions[m.members.front()].code;
      SplitCode(&m);
    }
  }

  void CopyFrom(int32_t k, ActorMention* m, std::string how) {
    const ActorMention& a = doc->mentions[k];
    m->code = a.code;
    m->name = a.name;
    m->entry = a.entry;
    m->is_person = a.is_person;
    m->is_plural = a.is_plural;
    m->antecedent = a.antecedent >= 0 ? a.antecedent : k;
    m->how = std::move(how);
  }

  void SetGroup(const std::vector<int32_t>& members, ActorMention* m, std::string how) {
    m->members = members;
    m->code = doc->mentions[members.front()].code;
    m->is_plural = true;
    m->how = std::move(how);
    for (int32_t k : members) m->how += " " + doc->mentions[k].code;
  }

  // "The Indian and French navies": a bare nationality coordinated with a
  // nationality + agent phrase shares the agent's sector (INDMIL, FRAMIL).
  void ShareSectors() {
    for (size_t ci = 0; ci + 1 < doc->chunks.size(); ++ci) {
      const Chunk& c = doc->chunks[ci];
      const Chunk& next = doc->chunks[ci + 1];
      if (c.mention < 0 || next.mention < 0 || next.first_token != c.end_token + 1) continue;
      if (!WordIn(*doc, c.end_token, "and", "or")) continue;
      int32_t a = atom_at[c.head];
      if (a < 0) continue;
      ActorKind kind = dict.entry(atoms[a].entry).kind;
      // (A one-word country name works as a modifier too: "US and Chinese
      // military leaders".)
      bool country_word = kind == ActorKind::kCountry && c.end_token - c.first_token == 1 &&
                          atom_at[next.first_token] >= 0 &&
                          (dict.entry(atoms[atom_at[next.first_token]].entry).kind == ActorKind::kAdjective ||
                           dict.entry(atoms[atom_at[next.first_token]].entry).kind == ActorKind::kDemonym);
      if (kind != ActorKind::kAdjective && kind != ActorKind::kDemonym && !country_word) continue;
      ActorMention& m = doc->mentions[c.mention];
      const ActorMention& n = doc->mentions[next.mention];
      if (!m.sector.empty() || n.sector.empty() || m.is_person || n.is_person) continue;
      // The sector is the agent noun's ("Israeli and Hamas negotiators":
      // GOV), not the last part of an organisation's code (HMS).
      int32_t h = atom_at[next.head];
      if (h < 0 || dict.entry(atoms[h].entry).kind != ActorKind::kAgent) continue;
      bool of_organisation = false;
      for (uint32_t t = next.first_token; t < next.head; ++t)
        of_organisation |= atom_at[t] >= 0 && dict.entry(atoms[atom_at[t]].entry).kind == ActorKind::kOrganisation;
      std::string sector = of_organisation ? dict.entry(atoms[h].entry).code : n.sector;
      m.sector = sector;
      m.code = m.country + sector;
      m.is_plural = n.is_plural;
      m.how += "; shares the sector of '" + std::string(doc->TokenText(next.head)) + "'";
    }
  }

  // Records "A and B", "A, B and C" for later group references.
  void NoteCoordination(size_t ci) {
    const Chunk& c = doc->chunks[ci];
    if (c.mention < 0 || !doc->mentions[c.mention].members.empty()) return;
    std::vector<int32_t> group{c.mention};
    size_t k = ci;
    bool saw_and = false;  // "A, B and C": commas only before an "and"
    while (k > 0) {
      const Chunk& prev = doc->chunks[k - 1];
      const Chunk& cur = doc->chunks[k];
      if (prev.kind != ChunkKind::kNounPhrase || prev.mention < 0) break;
      Link link = Coordination(*doc, prev, cur);
      bool title = doc->sentences[cur.sentence].is_title;  // "Xi, Putin meet"
      if (link == Link::kNone || (link == Link::kComma && !saw_and && !title)) break;
      saw_and = true;
      group.insert(group.begin(), prev.mention);
      --k;
    }
    if (group.size() >= 2) groups.push_back(group);
  }
};

}  // namespace

void ResolveActors(const ActorDictionary& actors, const std::vector<Atom>& atoms, Document* doc) {
  Resolver r{actors, doc, std::vector<int32_t>(doc->tokens.size(), -1), atoms, {}};
  for (size_t a = 0; a < atoms.size(); ++a)
    for (uint32_t t = atoms[a].first_token; t < atoms[a].end_token; ++t)
      r.atom_at[t] = static_cast<int32_t>(a);
  for (size_t ci = 0; ci < doc->chunks.size(); ++ci) {
    r.ResolvePhrase(ci);
    r.NoteCoordination(ci);
  }
  r.ShareSectors();
  r.DateSuccessorStates();
}

}  // namespace tacitus
