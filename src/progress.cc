#include "tacitus/progress.h"

#include <fmt/format.h>

namespace tacitus {
namespace {

constexpr double kMB = 1e6;
constexpr auto kRedrawEvery = std::chrono::milliseconds(250);

std::string Duration(double seconds) {
  auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02d}:{:02d}", s / 3600, (s / 60) % 60, s % 60);
  return fmt::format("{}:{:02d}", s / 60, s % 60);
}

}  // namespace

ProgressMeter::ProgressMeter(FILE* out, bool enabled)
    : out_(out),
      enabled_(enabled && out != nullptr),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double ProgressMeter::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

std::string ProgressMeter::Line(const ReaderStats& reader, const PipelineCounts& counts,
                                double seconds) {
  double mb = reader.bytes_read / kMB;
  double rate = seconds > 0 ? counts.articles / seconds : 0;
  double mb_rate = seconds > 0 ? mb / seconds : 0;
  std::string line = fmt::format("{} records  {:.1f} MB  {:.0f} records/s  {:.2f} MB/s",
                                 counts.articles, mb, rate, mb_rate);
  if (reader.bytes_total > 0) {
    double done = static_cast<double>(reader.bytes_read) / reader.bytes_total;
    line += fmt::format("  {:.0f}%", 100 * done);
    if (mb_rate > 0 && reader.bytes_read < reader.bytes_total) {
      line += "  ETA " + Duration((reader.bytes_total - reader.bytes_read) / kMB / mb_rate);
    }
  }
  return line;
}

void ProgressMeter::Update(const ReaderStats& reader, const PipelineCounts& counts) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  std::string line = Line(reader, counts, Seconds());
  // Pad over what a longer previous line left behind (no terminal escapes:
  // the meter may go to a file with --progress).
  size_t width = line.size();
  if (width < drawn_width_) line.append(drawn_width_ - width, ' ');
  drawn_width_ = width;
  fmt::print(out_, "\r{}", line);
  fflush(out_);
}

void ProgressMeter::Clear() {
  if (!enabled_ || drawn_width_ == 0) return;
  fmt::print(out_, "\r{}\r", std::string(drawn_width_, ' '));
  fflush(out_);
  drawn_width_ = 0;
}

std::string RunSummary(const ReaderStats& reader, const PipelineCounts& counts, double seconds,
                       const Diagnostics* diagnostics) {
  double mb_rate = seconds > 0 ? reader.bytes_read / kMB / seconds : 0;
  std::string s = fmt::format(
      "coded {} articles ({} sentences, {} events, {} records written) in {:.2f} s, {:.2f} MB/s",
      counts.articles, counts.sentences, counts.events, counts.records, seconds, mb_rate);
  s += fmt::format("; {} records skipped, {} files unreadable", reader.records_skipped,
                   reader.files_failed);
  if (counts.failed > 0) s += fmt::format(", {} articles failed to code", counts.failed);
  if (diagnostics != nullptr) {
    s += fmt::format("; {} errors, {} warnings", diagnostics->errors(), diagnostics->warnings());
  }
  return s;
}

}  // namespace tacitus
