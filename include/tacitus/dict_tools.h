// Dictionary tools behind `tacitus dict check` and `tacitus dict convert`:
// checking native data/ folders and peer dictionaries (PETRARCH-2, TABARI;
// see docs/peer-dictionaries.md) for problems, and writing peer
// dictionaries in Tacitus' native data/ format (docs/data-format.md).
#ifndef TACITUS_DICT_TOOLS_H_
#define TACITUS_DICT_TOOLS_H_

#include <cstdio>
#include <string>
#include <vector>

#include "tacitus/diagnostics.h"
#include "tacitus/status.h"

namespace tacitus {

struct DictToolOptions {
  // Peer dictionaries: "petrarch:PATH[,PATH...]", "tabari:FILE[,FILE...]".
  std::vector<std::string> dicts;
  // A native data/ folder. check: checked too (the default folder when
  // `dicts` is empty too); convert: where cameo.tsv comes from. "" = the
  // default data folder.
  std::string data_dir;
  bool check_data = false;  // check data_dir even when dicts are given
  std::string wordnet_dir = "/usr/share/wordnet";
};

// Checks the dictionaries and writes one line per problem to `out`:
//   FILE:LINE: unknown-code: pattern 'abandon * efforts' has code '987', not in cameo.tsv
//   FILE:LINE: overlap: 'gollum' HOBGOV 1995-06-01..1999-08-15 overlaps HOB ..1995-05-31 (FILE:LINE)
//   FILE:LINE: duplicate: 'georgia' is GEO here but USA at FILE:LINE
// then a summary line. Malformed lines go to `diagnostics` and count as
// problems. *problems = their number (0: clean). Fails only when a file is
// missing or unreadable or a spec is malformed.
Status CheckDictionaries(const DictToolOptions& options, Diagnostics* diagnostics, FILE* out,
                         size_t* problems);

// Reads the peer dictionaries of `options.dicts` and writes them as a
// complete data/ folder in `out_dir` (created if needed): countries.tsv,
// people.tsv, organisations.tsv, agents.tsv, verb_patterns.tsv, an empty
// noun_patterns.tsv and places.tsv, and a copy of cameo.tsv. *summary says
// what was written and what the native format cannot hold (counted).
Status ConvertDictionaries(const DictToolOptions& options, const std::string& out_dir,
                           Diagnostics* diagnostics, std::string* summary);

// A data/ folder that knows nothing but the CAMEO table of
// `from_data_dir` ("" = default): for coding with peer dictionaries alone
// (`--data EMPTY --dict ...`), as the conformance suites do.
Status WriteEmptyDataDir(const std::string& from_data_dir, const std::string& out_dir);

}  // namespace tacitus

#endif  // TACITUS_DICT_TOOLS_H_
