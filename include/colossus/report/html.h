// The HTML report's page and its building blocks: one self-contained document (inline CSS, no
// script, no network) whose colours come from CSS variables, so it reads in a light or a dark
// browser theme and prints in black on white. A report is a list of sections; each section kind
// is a function in its own file (html_*.cpp) that reads a result and returns a fragment, so a new
// command adds a section as a new file.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace colossus::report::html {

// Text made safe for HTML content and attribute values.
std::string escape(std::string_view text);

// A titled section with an id (the anchor) around a body fragment.
std::string section(const std::string& id, const std::string& heading, const std::string& body);

// Headline figures as cards: (label, value) pairs; a third string, when not empty, is a note.
struct Figure {
  std::string label;
  std::string value;
  std::string note;
};
std::string figures(const std::vector<Figure>& items);

// A table; columns whose `numeric` flag is set are right-aligned. Cells are escaped.
std::string table(const std::vector<std::string>& header,
                  const std::vector<std::vector<std::string>>& rows,
                  const std::vector<bool>& numeric = {});

// A whole document: title, a line under it, the sections in order.
struct Page {
  std::string title;
  std::string subtitle;
  std::vector<std::string> sections;
  std::string render() const;
};

}  // namespace colossus::report::html
