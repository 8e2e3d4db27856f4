#include "tsv.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace tacitus {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string_view> SplitList(std::string_view field) {
  std::vector<std::string_view> items;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view item = Trim(field.substr(start, bar - start));
    if (!item.empty()) items.push_back(item);
    start = bar + 1;
  }
  return items;
}

static std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(Trim(line.substr(start)));
      return fields;
    }
    fields.push_back(Trim(line.substr(start, tab - start)));
    start = tab + 1;
  }
}

Status TsvFile::Open(const std::string& path, const std::vector<std::string>& columns,
                     Diagnostics* diagnostics) {
  path_ = path;
  // Origins name the file by its folder and name ("data/people.tsv:12"):
  // short, and the same on every machine.
  {
    size_t slash = path.rfind('/');
    size_t before = slash == std::string::npos || slash == 0 ? std::string::npos : path.rfind('/', slash - 1);
    display_path_ = before == std::string::npos ? path : path.substr(before + 1);
  }
  diagnostics_ = diagnostics;
  columns_ = columns.size();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open dictionary file");
  std::ostringstream content;
  content << in.rdbuf();
  buffer_ = content.str();
  pos_ = 0;
  line_ = 0;
  // The header is the first line that is neither blank nor a comment.
  std::string_view line;
  if (NextLine(&line)) {
    std::vector<std::string_view> header = SplitTabs(line);
    bool same = header.size() == columns.size();
    for (size_t i = 0; same && i < header.size(); ++i) same = header[i] == columns[i];
    if (!same) {
      std::string want;
      for (const auto& c : columns) want += (want.empty() ? "" : " ") + c;
      return Status::Corruption(path + ":" + std::to_string(line_) +
                                ": header must name the columns: " + want);
    }
    return Status::OK();
  }
  return Status::Corruption(path + ": no header line");
}

bool TsvFile::NextLine(std::string_view* line) {
  while (pos_ < buffer_.size()) {
    size_t end = buffer_.find('\n', pos_);
    if (end == std::string::npos) end = buffer_.size();
    *line = std::string_view(buffer_.data() + pos_, end - pos_);
    pos_ = end + 1;
    ++line_;
    if (!Trim(*line).empty() && (*line)[0] != '#') return true;
  }
  return false;
}

bool TsvFile::Next(TsvRow* row) {
  std::string_view line;
  while (NextLine(&line)) {
    row->origin = display_path_ + ":" + std::to_string(line_);
    row->fields = SplitTabs(line);
    // Trailing empty columns may be left out by editors; pad them.
    while (row->fields.size() < columns_ && line.find('\t') != std::string_view::npos)
      row->fields.emplace_back();
    if (row->fields.size() != columns_) {
      Reject(*row, "expected " + std::to_string(columns_) + " tab-separated fields, found " +
                       std::to_string(row->fields.size()));
      continue;
    }
    return true;
  }
  return false;
}

void TsvFile::Reject(const TsvRow& row, std::string_view message) {
  if (diagnostics_) diagnostics_->Error(row.origin, message);
}

}  // namespace tacitus
