// colossus_transcript: the runner of Colossus's transcript tests (tests/scenarios/*/*.t), in the
// manner of SimGrid's tesh and DuckDB's sqllogictest. A transcript file is data: records, each a
// `colossus` command line and what it must print, and this program runs each command and
// compares. Text output is compared exactly; JSON output (`! json`) key by key with a stated
// relative tolerance, every key present on both sides, so a changed figure, a missing key or an
// extra key fails and names its JSON path; text with full-precision figures (`! numbers`: CSV,
// JSON lines) line by line, its integers and text exactly and its decimals to a relative
// tolerance, so the last of 17 digits may differ across compilers but a changed figure fails. With
// UPDATE=1 in the environment, a record that fails is rewritten with what the command printed
// (records that pass are left alone, so the diff shows only what changed): read that diff before
// committing it. docs/transcript-tests.md describes the format; it is written here in C++ so the
// tests need no python3.
//
// Usage: colossus_transcript --colossus BIN --source-dir DIR FILE.t...
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr double kDefaultTolerance = 1e-9;  // relative, for numbers in JSON output
constexpr int kDefaultTimeoutS = 120;       // per command; a hang fails its record
constexpr std::size_t kMaxReported = 40;    // differences printed per stream

// One expected stream of a record: stdout (`>`), stderr (`2>`) or a file the command writes
// (`f>`), its lines, and how it is compared.
struct Stream {
  std::vector<std::string> lines;
  bool json = false;     // compare as JSON (else exact text)
  bool numbers = false;  // text whose decimals are compared to `tolerance` (`! numbers`)
  double tolerance = kDefaultTolerance;
  bool no_final_newline = false;  // `! no-eol PREFIX`: the text does not end in '\n'

  // The expected text: every line followed by '\n' (the last one only if no_final_newline is not
  // set).
  std::string text() const {
    std::string t;
    for (const auto& l : lines) t += l + "\n";
    if (no_final_newline && !t.empty()) t.pop_back();
    return t;
  }
};

// One record: comment lines before it, the command, directives, the expected streams.
struct Record {
  std::vector<std::string> preamble;  // comment and blank lines before `$`, kept as written
  int line = 0;                       // line number of the `$` line
  std::string command;                // text after "$ "
  int exit_code = 0;                  // `! exit N`
  int timeout_s = kDefaultTimeoutS;   // `! timeout S`
  std::string file;                   // `! file PATH [json [TOL]]`: a file the command writes
  std::vector<std::string> ignored;   // `! ignore PATH...`: JSON paths whose value may vary
  std::vector<std::string> kept;      // directive lines rewritten verbatim by UPDATE
  Stream out, err, written;
};

struct Transcript {
  std::vector<Record> records;
  std::vector<std::string> tail;  // comment lines after the last record
};

[[noreturn]] void die(const std::string& message) {
  std::cerr << "colossus_transcript: " << message << "\n";
  std::exit(2);
}

std::vector<std::string> split_words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

double parse_tolerance(const std::string& word, const std::string& where) {
  char* end = nullptr;
  const double t = std::strtod(word.c_str(), &end);
  if (*end != '\0' || !(t >= 0) || !std::isfinite(t)) die(where + ": bad tolerance '" + word + "'");
  return t;
}

// Parses a directive line ("! ...") into rec; kept directives are rewritten by UPDATE.
void parse_directive(const std::string& line, Record& rec, const std::string& where) {
  const auto w = split_words(line.substr(1));
  if (w.empty()) die(where + ": empty directive");
  if (w[0] == "exit" && w.size() == 2) {
    rec.exit_code = std::atoi(w[1].c_str());
    return;  // written by UPDATE from the actual exit code
  }
  if (w[0] == "no-eol" && w.size() == 2) {
    if (w[1] == ">")
      rec.out.no_final_newline = true;
    else if (w[1] == "2>")
      rec.err.no_final_newline = true;
    else if (w[1] == "f>")
      rec.written.no_final_newline = true;
    else
      die(where + ": no-eol takes >, 2> or f>");
    return;  // written by UPDATE from the actual output
  }
  if (w[0] == "json" && w.size() <= 2) {
    rec.out.json = true;
    if (w.size() == 2) rec.out.tolerance = parse_tolerance(w[1], where);
  } else if (w[0] == "numbers" && w.size() <= 2) {
    rec.out.numbers = true;
    if (w.size() == 2) rec.out.tolerance = parse_tolerance(w[1], where);
  } else if (w[0] == "file" && w.size() >= 2 && w.size() <= 4) {
    rec.file = w[1];
    if (w.size() >= 3) {
      if (w[2] != "json") die(where + ": expected `! file PATH [json [TOLERANCE]]`");
      rec.written.json = true;
      if (w.size() == 4) rec.written.tolerance = parse_tolerance(w[3], where);
    }
  } else if (w[0] == "ignore" && w.size() >= 2) {
    rec.ignored.insert(rec.ignored.end(), w.begin() + 1, w.end());
  } else if (w[0] == "timeout" && w.size() == 2) {
    rec.timeout_s = std::atoi(w[1].c_str());
    if (rec.timeout_s <= 0) die(where + ": bad timeout");
  } else {
    die(where + ": unknown directive '" + line +
        "' (expected exit, json, numbers, file, ignore, timeout, no-eol)");
  }
  rec.kept.push_back(line);
}

// Appends an output line "PREFIX text" (or a bare PREFIX for an empty line) to stream s.
bool take_output(const std::string& line, const std::string& prefix, Stream& s) {
  if (line == prefix) {
    s.lines.emplace_back();
    return true;
  }
  if (line.rfind(prefix + " ", 0) == 0) {
    s.lines.push_back(line.substr(prefix.size() + 1));
    return true;
  }
  return false;
}

Transcript parse(const fs::path& path) {
  std::ifstream in(path);
  if (!in) die("cannot read " + path.string());
  Transcript t;
  std::vector<std::string> pending;  // comments waiting for their record
  Record* rec = nullptr;
  bool in_outputs = false;
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    const std::string where = path.string() + ":" + std::to_string(n);
    if (line.rfind("$ ", 0) == 0) {
      t.records.emplace_back();
      rec = &t.records.back();
      rec->preamble = std::move(pending);
      pending.clear();
      rec->line = n;
      rec->command = line.substr(2);
      if (rec->command.rfind("colossus ", 0) != 0 && rec->command != "colossus") {
        die(where + ": a command starts with `colossus`");
      }
      in_outputs = false;
    } else if (line.empty() || line[0] == '#') {
      pending.push_back(line);  // the preamble of the next record, or the file's tail
    } else if (!rec) {
      die(where + ": expected a `$ colossus ...` line before '" + line + "'");
    } else if (!pending.empty()) {
      die(where + ": '" + line + "' after a comment or blank line; a record's lines are together");
    } else if (line[0] == '!') {
      if (in_outputs) die(where + ": directives come before the expected output");
      parse_directive(line, *rec, where);
    } else if (take_output(line, ">", rec->out) || take_output(line, "2>", rec->err) ||
               take_output(line, "f>", rec->written)) {
      in_outputs = true;
    } else {
      die(where + ": expected '$ ', '! ', '> ', '2> ', 'f> ' or a '#' comment, got '" + line + "'");
    }
  }
  t.tail = std::move(pending);
  for (const Record& r : t.records) {
    if (!r.written.lines.empty() && r.file.empty()) {
      die(path.string() + ":" + std::to_string(r.line) + ": `f>` lines without `! file PATH`");
    }
  }
  return t;
}

// Splits a command line on whitespace, with '...' and "..." quoting (no escapes).
std::vector<std::string> split_command(const std::string& command) {
  std::vector<std::string> args;
  std::string cur;
  bool have = false;
  char quote = 0;
  for (char c : command) {
    if (quote) {
      if (c == quote)
        quote = 0;
      else
        cur += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      have = true;
    } else if (c == ' ' || c == '\t') {
      if (have) args.push_back(cur);
      cur.clear();
      have = false;
    } else {
      cur += c;
      have = true;
    }
  }
  if (quote) die("unterminated quote in: " + command);
  if (have) args.push_back(cur);
  return args;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) {
    s.replace(at, from.size(), to);
  }
  return s;
}

struct Run {
  int exit_code = -1;
  bool timed_out = false;
  std::string out, err;
};

// Runs program with argv (argv[0] stays "colossus", so no build path shows in the output) in dir
// with COLOSSUS_DATA_DIR=dir, capturing stdout and stderr; kills it after timeout_s seconds.
Run run(const std::string& program, const std::vector<std::string>& argv, const fs::path& dir,
        int timeout_s) {
  int out_pipe[2], err_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(err_pipe) != 0) die("pipe failed");
  const pid_t pid = fork();
  if (pid < 0) die("fork failed");
  if (pid == 0) {
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    close(out_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[0]);
    close(err_pipe[1]);
    if (chdir(dir.c_str()) != 0) _exit(126);
    setenv("COLOSSUS_DATA_DIR", dir.c_str(), 1);
    std::vector<char*> c;
    for (const auto& a : argv) c.push_back(const_cast<char*>(a.c_str()));
    c.push_back(nullptr);
    execv(program.c_str(), c.data());
    std::perror("exec");
    _exit(127);
  }
  close(out_pipe[1]);
  close(err_pipe[1]);
  Run r;
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      kill(pid, SIGKILL);
      r.timed_out = true;
      break;
    }
    if (poll(fds, 2, static_cast<int>(left.count())) < 0) {
      if (errno == EINTR) continue;
      die("poll failed");
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t got = read(fds[i].fd, buf, sizeof buf);
      if (got > 0) {
        sinks[i]->append(buf, static_cast<std::size_t>(got));
      } else {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  for (auto& f : fds) {
    if (f.fd >= 0) close(f.fd);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// A line diff of expected against actual (longest common subsequence), as "-" and "+" lines
// with a line of context, at most kMaxReported lines.
std::string line_diff(const std::string& expected, const std::string& actual) {
  const auto a = split_lines(expected), b = split_lines(actual);
  const std::size_t n = a.size(), m = b.size();
  if (n * m > 25'000'000)
    return "  (outputs too long to diff: " + std::to_string(n) + " and " + std::to_string(m) +
           " lines)\n";
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<std::string> out;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      out.push_back("  " + a[i]);
      ++i, ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push_back("+ " + b[j++]);
    } else {
      out.push_back("- " + a[i++]);
    }
  }
  // Keep changed lines and one line of context around them.
  std::string text;
  std::size_t shown = 0;
  for (std::size_t k = 0; k < out.size() && shown < kMaxReported; ++k) {
    const auto changed = [&](std::size_t x) { return x < out.size() && out[x][0] != ' '; };
    if (changed(k) || changed(k + 1) || (k > 0 && changed(k - 1))) {
      text += "  " + out[k] + "\n";
      ++shown;
    } else if (k > 0 && changed(k - 2)) {
      text += "  ...\n";
    }
  }
  if (shown == kMaxReported) text += "  (more differences not shown)\n";
  if (text.empty() && expected != actual) text = "  (the outputs differ in the final newline)\n";
  return text;
}

std::string brief(const Json& v) {
  std::string s = v.dump();
  if (s.size() > 80) s = s.substr(0, 77) + "...";
  return s;
}

// Compares actual against expected key by key, appending one line per difference to diffs.
void compare_json(const Json& expected, const Json& actual, const std::string& path,
                  double tolerance, const std::vector<std::string>& ignored,
                  std::vector<std::string>& diffs) {
  const std::string where = path.empty() ? "/" : path;
  if (std::find(ignored.begin(), ignored.end(), where) != ignored.end()) return;
  if (expected.is_number() && actual.is_number()) {
    if (expected.is_number_integer() && actual.is_number_integer()) {
      if (expected != actual) {
        diffs.push_back(where + ": expected " + expected.dump() + ", got " + actual.dump());
      }
      return;
    }
    const double e = expected.get<double>(), a = actual.get<double>();
    const double scale = std::max(std::fabs(e), std::fabs(a));
    if (e == a || std::fabs(e - a) <= tolerance * scale) return;
    char rel[64];
    std::snprintf(rel, sizeof rel, "%.3g", scale > 0 ? std::fabs(e - a) / scale : 0.0);
    diffs.push_back(where + ": expected " + expected.dump() + ", got " + actual.dump() +
                    " (relative difference " + rel + ")");
    return;
  }
  if (expected.type() != actual.type()) {
    diffs.push_back(where + ": expected " + std::string(expected.type_name()) + " " +
                    brief(expected) + ", got " + actual.type_name() + " " + brief(actual));
    return;
  }
  if (expected.is_object()) {
    for (const auto& [key, value] : expected.items()) {
      const std::string child = path + "/" + key;
      if (!actual.contains(key))
        diffs.push_back(child + ": missing (expected " + brief(value) + ")");
      else
        compare_json(value, actual.at(key), child, tolerance, ignored, diffs);
    }
    for (const auto& [key, value] : actual.items()) {
      if (!expected.contains(key)) {
        diffs.push_back(path + "/" + key + ": extra key (got " + brief(value) + ")");
      }
    }
  } else if (expected.is_array()) {
    if (expected.size() != actual.size()) {
      diffs.push_back(where + ": expected " + std::to_string(expected.size()) + " elements, got " +
                      std::to_string(actual.size()));
    }
    for (std::size_t i = 0; i < std::min(expected.size(), actual.size()); ++i) {
      compare_json(expected[i], actual[i], path + "/" + std::to_string(i), tolerance, ignored,
                   diffs);
    }
  } else if (expected != actual) {
    diffs.push_back(where + ": expected " + brief(expected) + ", got " + brief(actual));
  }
}

// A line cut into text and numbers: a number is an optional '-', digits, optionally a '.' and
// digits, optionally an exponent; `decimal` when it has a '.' or an exponent.
struct Piece {
  std::string text;
  bool number = false;
  bool decimal = false;
};
std::vector<Piece> pieces(const std::string& line) {
  std::vector<Piece> out;
  auto digit = [&](std::size_t k) {
    return k < line.size() && std::isdigit(static_cast<unsigned char>(line[k])) != 0;
  };
  std::size_t i = 0;
  while (i < line.size()) {
    if (digit(i) || (line[i] == '-' && digit(i + 1))) {
      Piece p{"", true, false};
      std::size_t j = i + 1;
      while (digit(j)) ++j;
      if (j < line.size() && line[j] == '.' && digit(j + 1)) {
        p.decimal = true;
        for (++j; digit(j);) ++j;
      }
      if (j < line.size() && (line[j] == 'e' || line[j] == 'E')) {
        std::size_t k = j + 1;
        if (k < line.size() && (line[k] == '-' || line[k] == '+')) ++k;
        if (digit(k)) {
          p.decimal = true;
          for (j = k; digit(j);) ++j;
        }
      }
      p.text = line.substr(i, j - i);
      out.push_back(p);
      i = j;
      continue;
    }
    if (out.empty() || out.back().number) out.push_back({});
    out.back().text += line[i++];
  }
  return out;
}

// Compares text line by line: the same lines, the same text between numbers, integers exactly,
// decimals (where either side has one) to the relative tolerance; one line per difference.
void compare_numbers(const std::vector<std::string>& expected,
                     const std::vector<std::string>& actual, double tolerance,
                     std::vector<std::string>& diffs) {
  if (expected.size() != actual.size()) {
    diffs.push_back("expected " + std::to_string(expected.size()) + " lines, got " +
                    std::to_string(actual.size()));
  }
  for (std::size_t l = 0; l < std::min(expected.size(), actual.size()); ++l) {
    const std::string where = "line " + std::to_string(l + 1) + ": ";
    const auto e = pieces(expected[l]), a = pieces(actual[l]);
    bool same = e.size() == a.size();
    for (std::size_t k = 0; same && k < e.size(); ++k) {
      if (e[k].number != a[k].number) {
        same = false;
      } else if (!e[k].number || !(e[k].decimal || a[k].decimal)) {
        same = e[k].text == a[k].text;
      } else {
        const double x = std::strtod(e[k].text.c_str(), nullptr);
        const double y = std::strtod(a[k].text.c_str(), nullptr);
        const double scale = std::max(std::fabs(x), std::fabs(y));
        if (x == y || std::fabs(x - y) <= tolerance * scale) continue;
        char rel[64];
        std::snprintf(rel, sizeof rel, "%.3g", std::fabs(x - y) / scale);
        diffs.push_back(where + "expected " + e[k].text + ", got " + a[k].text +
                        " (relative difference " + rel + ")");
      }
    }
    if (!same) diffs.push_back(where + "expected '" + expected[l] + "', got '" + actual[l] + "'");
  }
}

// Compares one stream; returns the failure text, empty when it matches.
std::string compare(const std::string& name, const Stream& expected, const std::string& actual,
                    const std::vector<std::string>& ignored) {
  if (expected.numbers) {
    std::vector<std::string> diffs;
    compare_numbers(expected.lines, split_lines(actual), expected.tolerance, diffs);
    if (expected.no_final_newline != (!actual.empty() && actual.back() != '\n'))
      diffs.push_back("the last line's newline differs");
    if (diffs.empty()) return "";
    char tol[32];
    std::snprintf(tol, sizeof tol, "%g", expected.tolerance);
    std::string text = name + " differs (numbers to a relative tolerance " + tol + "), " +
                       std::to_string(diffs.size()) + " difference(s):\n";
    for (std::size_t i = 0; i < diffs.size() && i < kMaxReported; ++i)
      text += "  " + diffs[i] + "\n";
    if (diffs.size() > kMaxReported) text += "  ...\n";
    return text;
  }
  if (!expected.json) {
    const std::string want = expected.text();
    return want == actual ? ""
                          : name + " differs (- expected, + actual):\n" + line_diff(want, actual);
  }
  Json e, a;
  try {
    e = Json::parse(expected.text());
  } catch (const std::exception& ex) {
    return name + ": the expected text is not JSON: " + ex.what() + "\n";
  }
  try {
    a = Json::parse(actual);
  } catch (const std::exception& ex) {
    return name + ": the output is not JSON: " + ex.what() + "\n" +
           line_diff(expected.text(), actual);
  }
  std::vector<std::string> diffs;
  compare_json(e, a, "", expected.tolerance, ignored, diffs);
  if (diffs.empty()) return "";
  char tol[32];
  std::snprintf(tol, sizeof tol, "%g", expected.tolerance);
  std::string text = name + " differs from the expected JSON (relative tolerance " + tol + "), " +
                     std::to_string(diffs.size()) + " difference(s):\n";
  for (std::size_t i = 0; i < diffs.size() && i < kMaxReported; ++i) text += "  " + diffs[i] + "\n";
  if (diffs.size() > kMaxReported) text += "  ...\n";
  return text;
}

// The expected lines UPDATE writes for a stream: JSON re-indented (2 spaces, key order kept), so
// that a one-line JSON file diffs line by line; text as printed.
std::vector<std::string> lines_for(const Stream& s, const std::string& actual, bool& no_eol) {
  no_eol = false;
  if (s.json) {
    try {
      return split_lines(Json::parse(actual).dump(2) + "\n");
    } catch (const std::exception&) {
    }
  }
  no_eol = !actual.empty() && actual.back() != '\n';
  return split_lines(actual);
}

void write_stream(std::ostream& o, const std::string& prefix, const std::vector<std::string>& ls) {
  for (const auto& l : ls) o << (l.empty() ? prefix : prefix + " " + l) << "\n";
}

void write(const fs::path& path, const Transcript& t) {
  std::ofstream o(path);
  for (const Record& r : t.records) {
    for (const auto& l : r.preamble) o << l << "\n";
    o << "$ " << r.command << "\n";
    if (r.exit_code != 0) o << "! exit " << r.exit_code << "\n";
    for (const auto& k : r.kept) o << k << "\n";
    if (r.out.no_final_newline) o << "! no-eol >\n";
    if (r.err.no_final_newline) o << "! no-eol 2>\n";
    if (r.written.no_final_newline) o << "! no-eol f>\n";
    write_stream(o, ">", r.out.lines);
    write_stream(o, "2>", r.err.lines);
    write_stream(o, "f>", r.written.lines);
  }
  for (const auto& l : t.tail) o << l << "\n";
  if (!o) die("cannot write " + path.string());
}

// Runs every record of one transcript; returns the number that failed (after UPDATE, that could
// not be updated).
int run_transcript(const fs::path& path, const std::string& colossus, const fs::path& source_dir,
                   bool update) {
  Transcript t = parse(path);
  if (t.records.empty()) die(path.string() + ": no records");
  int failed = 0, updated = 0;
  for (Record& r : t.records) {
    char tmpl[] = "/tmp/colossus_transcript.XXXXXX";
    if (!mkdtemp(tmpl)) die("mkdtemp failed");
    const std::string tmp = tmpl;
    const auto argv = split_command(replace_all(r.command, "%t", tmp));
    Run got = run(colossus, argv, source_dir, r.timeout_s);
    std::string written;
    bool have_file = false;
    if (!r.file.empty()) {
      std::ifstream f(replace_all(r.file, "%t", tmp), std::ios::binary);
      have_file = static_cast<bool>(f);
      written.assign(std::istreambuf_iterator<char>(f), {});
    }
    fs::remove_all(tmp);
    // The temporary directory is named back as %t in what the command printed or wrote, so a
    // path under it compares equal from run to run.
    got.out = replace_all(got.out, tmp, "%t");
    got.err = replace_all(got.err, tmp, "%t");
    written = replace_all(written, tmp, "%t");
    const std::string where = path.string() + ":" + std::to_string(r.line) + ": " + r.command;
    if (got.timed_out) {
      std::cout << "FAIL " << where << "\n  still running after " << r.timeout_s << " s\n";
      ++failed;
      continue;
    }
    std::string report;
    if (got.exit_code != r.exit_code) {
      report += "exit code " + std::to_string(got.exit_code) + ", expected " +
                std::to_string(r.exit_code) + "\n";
    }
    report += compare("stdout", r.out, got.out, r.ignored);
    report += compare("stderr", r.err, got.err, {});
    if (!r.file.empty()) {
      report += have_file ? compare(r.file, r.written, written, r.ignored)
                          : "the command wrote no " + r.file + "\n";
    }
    if (report.empty()) continue;
    if (update) {
      r.exit_code = got.exit_code;
      r.out.lines = lines_for(r.out, got.out, r.out.no_final_newline);
      r.err.lines = lines_for(r.err, got.err, r.err.no_final_newline);
      r.written.lines = lines_for(r.written, written, r.written.no_final_newline);
      std::cout << "UPDATED " << where << "\n";
      ++updated;
    } else {
      std::cout << "FAIL " << where << "\n";
      std::istringstream lines(report);
      for (std::string l; std::getline(lines, l);) std::cout << "  " << l << "\n";
      ++failed;
    }
  }
  if (updated > 0) write(path, t);
  std::cout << path.string() << ": " << t.records.size() - failed - updated << " of "
            << t.records.size() << " records passed";
  if (updated > 0) std::cout << ", " << updated << " updated (read the diff before committing)";
  std::cout << "\n";
  return failed;
}

}  // namespace

int main(int argc, char** argv) {
  std::string colossus, source_dir;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--colossus" && i + 1 < argc)
      colossus = argv[++i];
    else if (a == "--source-dir" && i + 1 < argc)
      source_dir = argv[++i];
    else if (a.rfind("--", 0) == 0)
      die("unknown option " + a);
    else
      files.push_back(a);
  }
  if (colossus.empty() || source_dir.empty() || files.empty()) {
    die("usage: colossus_transcript --colossus BIN --source-dir DIR FILE.t... (UPDATE=1 rewrites)");
  }
  colossus = fs::absolute(colossus).string();
  const char* update_env = std::getenv("UPDATE");
  const bool update = update_env && std::string(update_env) == "1";
  int failed = 0;
  for (const auto& f : files) failed += run_transcript(f, colossus, source_dir, update);
  return failed == 0 ? 0 : 1;
}
