// Verdicts of claim checking: supported, overstated, understated, outdated or unverifiable.
#include "claimcheck/claim_check.h"

#include <fmt/format.h>

#include <algorithm>

namespace lattice::claimcheck {

double claimed_value(const extract::ClaimHit& claim) {
  return claim.quantity;
}

ClaimCheck check_claim(const extract::ClaimHit& claim, const DocumentContext& doc,
                       const model::Model& m, const indicators::IndicatorStore& store) {
  ClaimCheck c;
  c.claim = claim;
  c.text = std::string(doc.text.substr(claim.start, claim.end - claim.start));
  c.interpretation = interpret(claim, doc, m);
  Interpretation& in = c.interpretation;
  if (!in.problem.empty()) {
    c.reason = in.problem;
    return c;
  }
  const indicators::IndicatorInfo* info = store.info(in.indicator);
  if (!info) {
    c.reason = fmt::format("the model has no '{}' series", in.indicator);
    return c;
  }
  if (claim.unit == model::ClaimUnit::kUsd && in.comparison == Comparison::kLevel &&
      info->unit != "usd") {
    c.reason = fmt::format("the '{}' series is in {}, the claim in usd (no exchange rates)",
                           in.indicator, info->unit);
    return c;
  }
  const std::optional<int> latest = latest_figure_year(in, store, m);
  if (!in.year) {
    if (!latest) {
      c.reason = fmt::format("no year with data for {} of {}", in.indicator, in.entities[0]);
      return c;
    }
    in.year = latest;
  }
  c.year = in.year;
  const Figure f = compute_figure(in, *in.year, store, m);
  c.datasets = f.datasets;
  c.computation = f.computation;
  if (!f.value) {
    c.reason = "no data: " + f.missing;
    return c;
  }
  c.actual = f.value;
  const Judgement j = judge(claimed_value(claim), *f.value, in.bound);
  c.verdict = j.verdict;
  c.relative_error = j.relative_error;
  c.reason = tolerance_text(in.bound);
  // A present-tense figure that held for the document's year: does it still hold?
  if (latest && *latest > *in.year && in.year_source != "claim") {
    const Figure now = compute_figure(in, *latest, store, m);
    if (now.value) {
      c.latest_year = latest;
      c.latest_actual = now.value;
      const Judgement jn = judge(claimed_value(claim), *now.value, in.bound);
      if (j.verdict == Verdict::kSupported && jn.verdict != Verdict::kSupported) {
        c.verdict = Verdict::kOutdated;
        c.reason = fmt::format("supported for {} but {} in {} ({}; {})", *in.year,
                               verdict_name(jn.verdict), *latest, now.computation,
                               tolerance_text(in.bound));
        for (const auto& d : now.datasets)
          if (std::find(c.datasets.begin(), c.datasets.end(), d) == c.datasets.end())
            c.datasets.push_back(d);
      }
    }
  }
  return c;
}

std::vector<ClaimCheck> check_claims(std::string_view doc_text, const extract::Extraction& x,
                                     const model::Model& m,
                                     const indicators::IndicatorStore& store) {
  DocumentContext doc{doc_text, &x.mentions, &x.units, x.document_year};
  std::vector<ClaimCheck> out;
  out.reserve(x.claims.size());
  for (const extract::ClaimHit& claim : x.claims) out.push_back(check_claim(claim, doc, m, store));
  return out;
}

}  // namespace lattice::claimcheck
