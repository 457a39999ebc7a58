// lattice check FILE... [--json] [--model DIR]: checks the quantitative claims of documents against
// the model's indicator series (docs/claimcheck.md). Per document a table of claims with their
// interpretation, verdict, actual figure and the data used; --json gives one object with a
// claims[] array (keys in docs/cli.md). Unreadable files are reported and skipped (exit 1).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "claimcheck/claim_check.h"
#include "claimcheck/claim_check_format.h"
#include "cli/command.h"
#include "extract/extraction.h"
#include "render/table.h"

namespace lattice::cli {

void register_check(CLI::App& app, Context& ctx) {
  static CommonOptions o;
  static std::vector<std::string> files;
  o = {};
  files.clear();
  CLI::App* sub = app.add_subcommand(
      "check", "Check the quantitative claims of documents against the indicator data");
  sub->add_option("FILE", files, "Documents: .txt, .md, .html, .pdf")->required();
  add_common_options(sub, o, false, true);
  sub->callback([&ctx]() {
    auto m = load_model_or_report(o, ctx);
    if (!m) return;
    const extract::MentionFinder finder(*m);
    const indicators::IndicatorStore store(*m);
    nlohmann::json all = nlohmann::json::array();
    for (const std::string& path : files) {
      std::string error;
      auto doc = text::read_text_document(path, &error);
      if (!doc) {
        ctx.err << "lattice: " << path << ": " << error << "\n";
        ctx.exit_code = kExitInvalid;
        continue;
      }
      extract::ExtractionOptions opt;
      opt.recommendations = false;
      const extract::Extraction x = extract::extract(*doc, finder, opt);
      const auto checks = claimcheck::check_claims(doc->text, x, *m, store);
      if (o.json) {
        for (const auto& c : checks) all.push_back(claimcheck::check_json(c, doc->name));
        continue;
      }
      ctx.out << fmt::format("== {}{}: {} claims\n", doc->name,
                             x.document_year ? fmt::format(" (dated {})", *x.document_year) : "",
                             checks.size());
      render::Table t({"span", "claim", "interpretation", "verdict", "actual", "data used"});
      for (const auto& c : checks) {
        const auto row = claimcheck::check_row(c);
        t.add_row({fmt::format("{}-{}", c.claim.start, c.claim.end), row.claim, row.interpretation,
                   row.verdict, row.actual, row.data});
      }
      ctx.out << t.to_text();
      for (const auto& c : checks)
        if (c.verdict != claimcheck::Verdict::kUnverifiable || c.actual)
          ctx.out << fmt::format("  {}-{} {}: {}{}\n", c.claim.start, c.claim.end,
                                 claimcheck::verdict_name(c.verdict), c.computation,
                                 c.reason.empty() ? "" : "; " + c.reason);
      ctx.out << "\n";
      ctx.out.flush();
    }
    if (o.json) ctx.out << nlohmann::json{{"claims", all}}.dump(2) << "\n";
  });
}

}  // namespace lattice::cli
