// Text, entity and domain features of recommendations.
#include "agenda/features.h"

#include <cmath>
#include <map>
#include <unordered_map>

#include "agenda/lexicon.h"

namespace lattice::agenda {
namespace {

// TF-IDF of bags of terms: (1 + ln tf) * idf, L2-normalised when normalise.
std::vector<SparseVector> tfidf(const std::vector<std::vector<std::string>>& bags, bool normalise,
                                bool binary) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<size_t> df;
  std::vector<std::map<uint32_t, size_t>> tf(bags.size());
  for (size_t d = 0; d < bags.size(); ++d) {
    for (const auto& term : bags[d]) {
      auto [it, added] = ids.emplace(term, static_cast<uint32_t>(df.size()));
      if (added) df.push_back(0);
      if (tf[d][it->second]++ == 0) ++df[it->second];
    }
  }
  const double n = static_cast<double>(bags.size());
  std::vector<SparseVector> out(bags.size());
  for (size_t d = 0; d < bags.size(); ++d) {
    double norm = 0;
    for (const auto& [term, count] : tf[d]) {
      const double idf = std::log((1.0 + n) / (1.0 + static_cast<double>(df[term])));
      const double w = binary ? idf : (1.0 + std::log(static_cast<double>(count))) * idf;
      out[d].emplace_back(term, w);
      norm += w * w;
    }
    norm = std::sqrt(norm);
    if (normalise && norm > 0)
      for (auto& [term, w] : out[d]) w /= norm;
  }
  return out;
}

}  // namespace

std::string feature_text(const AgendaInput& in, const FeatureOptions& options) {
  if (!options.summaries || in.text_is_summary || in.summary.empty()) return in.text;
  std::string s = in.text;
  s += "\n";
  s += in.summary;
  return s;
}

FeatureSpace build_features(const std::vector<std::string>& texts,
                            const std::vector<std::vector<std::string>>& entities,
                            const std::vector<std::vector<std::string>>& domains,
                            const FeatureOptions& options) {
  Stemmer stemmer;
  std::vector<std::vector<std::string>> bags(texts.size());
  for (size_t d = 0; d < texts.size(); ++d) {
    const auto tokens = content_words(texts[d], stemmer);
    for (size_t k = 0; k < tokens.size(); ++k) {
      bags[d].push_back(tokens[k].stem);
      if (options.bigrams && k + 1 < tokens.size()) {
        std::string b = tokens[k].stem;
        b += ' ';
        b += tokens[k + 1].stem;
        bags[d].push_back(std::move(b));
      }
    }
    if (options.concepts)
      for (auto& c : concepts_in(tokens)) {
        std::string t = "#";
        t += c;
        bags[d].push_back(std::move(t));
      }
  }
  FeatureSpace f;
  f.text = tfidf(bags, true, false);
  f.entities = tfidf(entities, false, true);
  f.domains = tfidf(domains, false, true);
  return f;
}

FeatureSpace input_features(const std::vector<AgendaInput>& inputs,
                            const extract::MentionFinder& finder, const FeatureOptions& options) {
  std::vector<std::string> texts;
  std::vector<std::vector<std::string>> entities, domains;
  for (const auto& in : inputs) {
    texts.push_back(feature_text(in, options));
    entities.push_back(entity_set(feature_text(in, options), in.actors, finder));
    domains.push_back(in.domains);
  }
  return build_features(texts, entities, domains, options);
}

double weighted_jaccard(const SparseVector& a, const SparseVector& b) {
  double both = 0, total = 0;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
      total += a[i++].second;
    } else if (i == a.size() || b[j].first < a[i].first) {
      total += b[j++].second;
    } else {
      both += a[i].second;
      total += a[i].second;
      ++i;
      ++j;
    }
  }
  return total > 0 ? both / total : 0;
}

}  // namespace lattice::agenda
