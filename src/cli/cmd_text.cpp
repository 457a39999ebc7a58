// lattice text FILE...: the canonical text of any input (plain text, Markdown, HTML, PDF), the
// text that extraction offsets point into; --units lists its segmentation.
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "render/table.h"
#include "text/segmenter.h"
#include "text/text_document.h"

namespace lattice::cli {

void register_text(CLI::App& app, Context& ctx) {
  static std::vector<std::string> files;
  static bool units = false, json = false;
  files.clear();
  units = json = false;
  CLI::App* sub = app.add_subcommand(
      "text", "The canonical text of a document (offsets in all output point into it)");
  sub->add_option("FILE", files, "Documents: .txt, .md, .html, .pdf")->required();
  sub->add_flag("--units", units, "List the sentences, bullets and headings instead");
  sub->add_flag("--json", json, "With --units: a JSON array of {doc, start, end, kind, text}");
  sub->callback([&ctx]() {
    nlohmann::json all = nlohmann::json::array();
    render::Table table({"doc", "start", "end", "kind", "text"});
    for (const std::string& path : files) {
      std::string error;
      auto doc = text::read_text_document(path, &error);
      if (!doc) {
        ctx.err << "lattice: " << path << ": " << error << "\n";
        ctx.exit_code = kExitInvalid;
        continue;
      }
      if (!units) {
        ctx.out << doc->text;
        continue;
      }
      for (const text::Unit& u : text::segment(doc->text)) {
        std::string t = doc->text.substr(u.start, u.end - u.start);
        if (json) {
          all.push_back({{"doc", doc->name},
                         {"start", u.start},
                         {"end", u.end},
                         {"kind", text::unit_kind_name(u.kind)},
                         {"text", t}});
        } else {
          for (char& c : t)
            if (c == '\n' || c == '\t') c = ' ';
          table.add_row({doc->name, std::to_string(u.start), std::to_string(u.end),
                         text::unit_kind_name(u.kind), t});
        }
      }
    }
    if (units && json) ctx.out << all.dump(2) << "\n";
    if (units && !json && table.size() > 0) ctx.out << table.to_text();
  });
}

}  // namespace lattice::cli
