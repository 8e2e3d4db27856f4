// ArticleReader: JSON Lines and plain text in, Articles out.
//
// Files are read with read(2) in 1 MiB chunks and split into lines here, so a
// huge input never sits in memory: a line inside a chunk is parsed in place
// (the chunk buffer carries simdjson's padding), a line that crosses chunks is
// carried over in a separate buffer, and a line that grows past the record
// limit stops being buffered at all: only its length is counted.
#include "tacitus/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string_view>

#include <fmt/format.h>
#include <simdjson.h>

#include "tacitus/text_stages.h"  // IsValidUtf8

namespace tacitus {
namespace {

constexpr size_t kChunkBytes = 1u << 20;

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

enum class Kind { kSniff, kJsonl, kText };

bool HasJsonExtension(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  return ext == ".jsonl" || ext == ".json" || ext == ".ndjson";
}

struct Input {
  std::string path;  // "-" for standard input
  Kind kind = Kind::kSniff;
  std::string error;  // set when the path could not even be listed
};

const char* JsonTypeName(simdjson::dom::element_type t) {
  using T = simdjson::dom::element_type;
  if (t == T::ARRAY) return "an array";
  if (t == T::STRING) return "a string";
  if (t == T::BOOL) return "a boolean";
  if (t == T::NULL_VALUE) return "null";
  return "a number";  // objects are fine and never asked about
}

}  // namespace

struct ArticleReader::Rep {
  ReaderOptions options;
  Diagnostics* diag;
  ReaderStats stats;
  std::vector<Input> inputs;
  size_t next_input = 0;

  // The open file.
  int fd = -1;
  std::string name;  // as shown in messages
  Kind kind = Kind::kSniff;
  uint64_t line_no = 0;
  std::unique_ptr<char[]> chunk;  // kChunkBytes + SIMDJSON_PADDING
  size_t pos = 0, end = 0;
  bool eof = false;
  std::string carry;      // a line that crosses chunk boundaries
  bool skipping = false;  // inside an over-long line
  uint64_t skip_bytes = 0;
  simdjson::dom::parser parser;

  void Expand(const std::vector<std::string>& paths);
  bool OpenNext();
  void Close();
  bool Fill();
  ssize_t ReadSome(size_t offset);
  Kind Sniff();
  bool NextLine(std::string_view* line, bool* padded);
  bool ReadText(Article* article);
  bool ParseRecord(std::string_view line, bool padded, Article* article);
  void Skip(const std::string& origin, std::string_view message) {
    ++stats.records_skipped;
    diag->Error(origin, message);
  }
  std::string Origin() const { return name + ":" + std::to_string(line_no); }
  void ReportOversize(uint64_t bytes) {
    Skip(Origin(), fmt::format("record of {} bytes exceeds the limit of {} bytes", bytes,
                               options.max_record_bytes));
  }
};

void ArticleReader::Rep::Expand(const std::vector<std::string>& paths) {
  namespace fs = std::filesystem;
  bool size_known = true;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-") {
      inputs.push_back({path, Kind::kSniff, ""});
      size_known = false;
      continue;
    }
    fs::file_status st = fs::status(path, ec);
    if (!ec && fs::is_directory(st)) {
      std::vector<fs::path> files;
      fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const fs::path& p = it->path();
        std::string base = p.filename().string();
        if (!base.empty() && base[0] == '.') {  // hidden files and folders
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        std::error_code ec2;
        if (!it->is_regular_file(ec2)) continue;
        std::string ext = p.extension().string();
        if (HasJsonExtension(p) || ext == ".txt" || ext.empty()) files.push_back(p);
      }
      if (ec) {
        inputs.push_back({path, Kind::kSniff, "cannot list folder: " + ec.message()});
        continue;
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& p : files) {
        inputs.push_back({p.string(), HasJsonExtension(p) ? Kind::kJsonl : Kind::kText, ""});
        stats.bytes_total += fs::file_size(p, ec);
      }
      continue;
    }
    // A file (or something that fails to open later, reported in turn).
    Kind kind = HasJsonExtension(path)                    ? Kind::kJsonl
                : fs::path(path).extension() == ".txt" ? Kind::kText
                                                         : Kind::kSniff;
    inputs.push_back({path, kind, ""});
    if (!ec && fs::is_regular_file(st)) {
      stats.bytes_total += fs::file_size(path, ec);
    } else if (!ec) {
      size_known = false;  // a pipe or device
    }
  }
  // A partial total would make the progress meter lie.
  if (!size_known) stats.bytes_total = 0;
}

bool ArticleReader::Rep::OpenNext() {
  while (next_input < inputs.size()) {
    const Input& in = inputs[next_input++];
    name = in.path == "-" ? "<stdin>" : in.path;
    if (!in.error.empty()) {
      ++stats.files_failed;
      diag->Error(name, in.error);
      continue;
    }
    if (in.path == "-") {
      fd = STDIN_FILENO;
    } else {
      fd = open(in.path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        ++stats.files_failed;
        diag->Error(name, fmt::format("cannot open: {}", strerror(errno)));
        continue;
      }
      struct stat st;
      if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ++stats.files_failed;
        diag->Error(name, "cannot read: is a folder");
        close(fd);
        fd = -1;
        continue;
      }
    }
    kind = in.kind;
    line_no = 0;
    pos = end = 0;
    eof = false;
    carry.clear();
    skipping = false;
    skip_bytes = 0;
    if (kind == Kind::kSniff) kind = Sniff();
    return true;
  }
  return false;
}

void ArticleReader::Rep::Close() {
  if (fd > STDIN_FILENO) close(fd);
  fd = -1;
  carry.clear();
  carry.shrink_to_fit();  // one huge record must not pin memory for the rest of the run
}

// Makes more bytes available in [pos, end), reading a new chunk when the
// current one is used up. False at end of file (or on a read error, reported).
bool ArticleReader::Rep::Fill() {
  if (pos < end) return true;
  if (eof) return false;
  if (!chunk) chunk.reset(new char[kChunkBytes + simdjson::SIMDJSON_PADDING]);
  pos = end = 0;
  ssize_t n = ReadSome(0);
  if (n <= 0) return false;
  end = static_cast<size_t>(n);
  return true;
}

// read(2) into the chunk at `offset`; 0 at end of file, -1 on error (reported).
ssize_t ArticleReader::Rep::ReadSome(size_t offset) {
  for (;;) {
    ssize_t n = read(fd, chunk.get() + offset, kChunkBytes - offset);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ++stats.files_failed;
      diag->Error(name, fmt::format("read error: {}", strerror(errno)));
    }
    if (n <= 0) eof = true;
    if (n > 0) stats.bytes_read += static_cast<uint64_t>(n);
    return n;
  }
}

// Standard input, or a file without a telling extension: JSON Lines if the
// first non-blank byte is '{', else one text article; nothing but blanks is
// an empty JSON Lines input (no records, no error). Reads (into the chunk,
// kept for the real reading) until that byte shows up.
Kind ArticleReader::Rep::Sniff() {
  if (!chunk) chunk.reset(new char[kChunkBytes + simdjson::SIMDJSON_PADDING]);
  pos = end = 0;
  while (end < kChunkBytes) {
    ssize_t n = ReadSome(end);
    if (n <= 0) break;
    std::string_view fresh(chunk.get() + end, static_cast<size_t>(n));
    end += static_cast<size_t>(n);
    size_t first = fresh.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos) return fresh[first] == '{' ? Kind::kJsonl : Kind::kText;
  }
  return end == kChunkBytes ? Kind::kText : Kind::kJsonl;
}

// The next line without its newline. *padded says whether simdjson may read
// SIMDJSON_PADDING bytes past its end. Over-long lines are reported and
// skipped here. False at end of file.
bool ArticleReader::Rep::NextLine(std::string_view* line, bool* padded) {
  carry.clear();
  for (;;) {
    if (!Fill()) {
      // End of file: a last line without a newline.
      if (skipping) {
        ++line_no;
        skipping = false;
        ReportOversize(skip_bytes);
        continue;
      }
      if (carry.empty()) return false;
      ++line_no;
      *line = carry;
      *padded = false;
      return true;
    }
    const char* begin = chunk.get() + pos;
    const char* nl = static_cast<const char*>(memchr(begin, '\n', end - pos));
    size_t take = nl != nullptr ? static_cast<size_t>(nl - begin) : end - pos;
    pos += take + (nl != nullptr ? 1 : 0);
    if (!skipping && carry.size() + take > options.max_record_bytes) {
      skipping = true;
      skip_bytes = carry.size();
      carry.clear();
      carry.shrink_to_fit();
    }
    if (skipping) {
      skip_bytes += take;
      if (nl == nullptr) continue;
      ++line_no;
      skipping = false;
      ReportOversize(skip_bytes);
      continue;
    }
    if (nl == nullptr) {
      carry.append(begin, take);
      continue;
    }
    ++line_no;
    if (carry.empty()) {
      *line = std::string_view(begin, take);
      *padded = true;  // the rest of the chunk and its padding follow
    } else {
      carry.append(begin, take);
      *line = carry;
      *padded = false;
    }
    return true;
  }
}

// A plain text file (or stdin) as one article: its whole content is the text.
bool ArticleReader::Rep::ReadText(Article* article) {
  line_no = 1;
  std::string text;
  uint64_t total = 0;
  bool too_big = false;
  while (Fill()) {
    total += end - pos;
    if (!too_big && total > options.max_record_bytes) {
      too_big = true;
      text.clear();
      text.shrink_to_fit();
    }
    if (!too_big) text.append(chunk.get() + pos, end - pos);
    pos = end;
  }
  std::string origin = Origin();
  if (too_big) {
    ReportOversize(total);
    return false;
  }
  if (!text.empty() && text.find('\0') != std::string::npos) {
    Skip(origin, fmt::format("binary data (NUL byte at byte {}), not text",
                             text.find('\0')));
    return false;
  }
  // A UTF-8 byte order mark is not part of the text.
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  size_t bad = 0;
  if (!IsValidUtf8(text, &bad)) {
    Skip(origin, fmt::format("invalid UTF-8 at byte {}", bad));
    return false;
  }
  std::string id = name;
  if (IsBlank(text)) {
    Skip(origin, fmt::format("record '{}' has no text", id));
    return false;
  }
  if (!options.default_date.valid()) {
    Skip(origin, fmt::format("record '{}' has no date; give --date", id));
    return false;
  }
  *article = Article();
  article->id = std::move(id);
  article->date = options.default_date;
  article->text = std::move(text);
  article->origin = std::move(origin);
  return true;
}

bool ArticleReader::Rep::ParseRecord(std::string_view line, bool padded, Article* article) {
  const std::string origin = Origin();
  if (line.size() >= 3 && line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    line.remove_prefix(3);  // byte order mark
  }
  if (IsBlank(line)) return false;  // blank lines are not records
  size_t nul = line.find('\0');
  if (nul != std::string_view::npos) {
    Skip(origin, fmt::format("binary data (NUL byte at byte {}), not a JSON record", nul));
    return false;
  }
  simdjson::dom::element root;
  simdjson::error_code err = parser.parse(line.data(), line.size(), !padded).get(root);
  if (err == simdjson::UTF8_ERROR) {
    size_t bad = 0;
    IsValidUtf8(line, &bad);
    Skip(origin, fmt::format("invalid UTF-8 at byte {} of the record", bad));
    return false;
  }
  if (err) {
    Skip(origin, fmt::format("broken JSON: {}", simdjson::error_message(err)));
    return false;
  }
  simdjson::dom::object obj;
  if (root.get(obj)) {
    Skip(origin, fmt::format("record is {}, not a JSON object", JsonTypeName(root.type())));
    return false;
  }
  // Reads a string field into *out; null and absent leave it empty. Numbers
  // are accepted for ids. False (reported) for other types.
  std::string bad_field;
  auto get = [&](const char* key, std::string* out, bool numbers_ok) {
    simdjson::dom::element v;
    if (obj.at_key(key).get(v)) return;  // absent
    std::string_view s;
    if (!v.get(s)) {
      out->assign(s);
    } else if (numbers_ok && v.is_number()) {
      out->assign(simdjson::minify(v));
    } else if (!v.is_null() && bad_field.empty()) {
      bad_field = key;
    }
  };
  std::string id, date, source, url, title, text;
  get("id", &id, true);
  get("date", &date, false);
  get("source", &source, false);
  get("url", &url, false);
  get("title", &title, false);
  get("text", &text, false);
  if (id.empty()) id = origin;
  if (!bad_field.empty()) {
    Skip(origin, fmt::format("record '{}': field '{}' must be a string", id, bad_field));
    return false;
  }
  // simdjson checks the raw bytes; escapes such as "\udc00" can still decode
  // to invalid UTF-8, so check what the fields hold.
  for (const std::string* field : {&id, &source, &url, &title, &text}) {
    size_t bad = 0;
    if (!IsValidUtf8(*field, &bad)) {
      Skip(origin, fmt::format("record '{}': invalid UTF-8 at byte {} of its {}", id, bad,
                               field == &text ? "text" : field == &title ? "title" : "fields"));
      return false;
    }
  }
  // A headline alone (news feeds that carry only titles) is coded.
  if (IsBlank(text) && IsBlank(title)) {
    Skip(origin, fmt::format("record '{}' has no text and no title", id));
    return false;
  }
  Date when;
  if (!date.empty() && !Date::Parse(date, &when)) {
    if (!options.default_date.valid()) {
      Skip(origin, fmt::format("record '{}' has no valid date ('{}'); give --date", id, date));
      return false;
    }
    diag->Warning(origin, fmt::format("record '{}': bad date '{}', using {}", id, date,
                                      options.default_date.ToIso()));
  }
  if (!when.valid()) {
    if (!options.default_date.valid()) {
      Skip(origin, fmt::format("record '{}' has no date; give --date", id));
      return false;
    }
    when = options.default_date;
  }
  article->id = std::move(id);
  article->date = when;
  article->source = std::move(source);
  article->url = std::move(url);
  article->title = std::move(title);
  article->text = std::move(text);
  article->origin = origin;
  return true;
}

ArticleReader::ArticleReader(std::vector<std::string> paths, ReaderOptions options,
                             Diagnostics* diagnostics)
    : rep_(std::make_unique<Rep>()) {
  rep_->options = options;
  rep_->diag = diagnostics;
  rep_->Expand(paths);
}

ArticleReader::~ArticleReader() { rep_->Close(); }

bool ArticleReader::Next(Article* article) {
  Rep& r = *rep_;
  for (;;) {
    if (r.options.stop_at_first_error && r.stats.records_skipped + r.stats.files_failed > 0) {
      r.Close();
      r.next_input = r.inputs.size();
      return false;
    }
    if (r.fd < 0 && !r.OpenNext()) return false;
    if (r.kind == Kind::kText) {
      bool ok = r.ReadText(article);
      r.Close();
      if (ok) {
        ++r.stats.records_read;
        return true;
      }
      continue;
    }
    std::string_view line;
    bool padded = false;
    if (!r.NextLine(&line, &padded)) {
      r.Close();
      continue;
    }
    if (r.ParseRecord(line, padded, article)) {
      ++r.stats.records_read;
      return true;
    }
  }
}

const ReaderStats& ArticleReader::stats() const { return rep_->stats; }

}  // namespace tacitus
