// Domain keywords: the text is folded to lower-case words separated by single spaces, and each
// keyword (a word prefix, or a whole word when it ends in a space) is searched at word starts.
#include "extract/domain_lexicon.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "core/text.h"

namespace lattice::extract {

namespace {

using model::Domain;

struct Keywords {
  Domain domain;
  std::vector<std::string_view> words;  // "x" matches words starting with x; "x " whole words
};

const std::vector<Keywords>& lexicon() {
  static const std::vector<Keywords> table = {
      {Domain::kSecurity,
       {"defense ",
        "defence ",
        "defend",
        "military",
        "militaries",
        "deter",
        "security",
        "coercion",
        "missile",
        "counterstrike",
        "command and control",
        "force posture",
        "use of force",
        "armed",
        "maritime",
        "senkaku",
        "taiwan",
        "contingenc",
        "crisis",
        "self-defense",
        "sdf ",
        "troops",
        "capabilities",
        "first island chain",
        "space ",
        "grey zone",
        "gray zone",
        "threat",
        "stability",
        "alliance",
        "peace "}},
      {Domain::kNonproliferation,
       {"nonproliferation", "non-proliferation", "proliferation", "denucleariz", "nuclear weapon",
        "north korea", "weapons of mass destruction", "missile regulation", "arms control",
        "arms race", "six-party", "armistice", "dprk", "medium- and long-range missile",
        "nuclear program", "inf treaty", "intermediate-range"}},
      {Domain::kIntelligence,
       {"intelligence", "five eyes", "six eyes", "surveillance", "reconnaissance", "isr ",
        "information sharing", "information-sharing"}},
      {Domain::kDefenseIndustry,
       {"co-development", "codevelopment", "co-production", "coproduction", "joint production",
        "defense industr", "defense-industr", "industrial base", "stockpil", "arms export",
        "defense equipment", "duplicative investment", "procurement", "missile production"}},
      {Domain::kEconomicTrade,
       {"trade", "economic", "econom", "tariff", "cptpp", "tpp ", "rcep", "ipef", "market access",
        "supply chain", "prosperity", "free-trade", "fta ", "ftas ", "investment screening",
        "export control", "commerce", "wto", "huawei"}},
      {Domain::kDigitalGovernance,
       {"digital", "data ", "data governance", "data flows", "cross-border data", "e-commerce",
        "internet", "information flows", "cyber", "localization"}},
      {Domain::kTechnologyStandards,
       {"technolog",
        "standards",
        "standard-setting",
        "standards-setting",
        "5g",
        "6g",
        "artificial intelligence",
        "ai ",
        "internet of things",
        "huawei",
        "o-ran",
        "open radio access",
        "semiconductor",
        "quantum",
        "telecommunication",
        "space ",
        "itu ",
        "interoperab",
        "innovation",
        "hydrogen"}},
      {Domain::kInfrastructureFinance,
       {"infrastructure", "development finance", "dfc ", "jbic", "development bank", "world bank",
        "belt and road", "bri ", "connectivity", "financing", "finance corporation",
        "financial cooperation", "recipient states", "concessional"}},
      {Domain::kEnergyClimate,
       {"energy", "climate", "coal", "carbon", "clean-energy", "hydrogen", "renewable",
        "natural gas", "lng ", "fossil", "decarboniz", "emission", "environmental", "battery",
        "batteries", "smart grid", "net zero", "net-zero"}},
      {Domain::kHealth,
       {"health", "pandemic", "covid", "vaccine", "epidemic", "disease", "medical"}},
      {Domain::kDiplomacyMultilateral,
       {"multilateral",
        "diplomac",
        "diplomatic",
        "forum",
        "asean",
        "east asia summit",
        "eas ",
        "apec",
        "admm",
        "g7",
        "g20",
        "coalition",
        "partners",
        "partnership",
        "regional order",
        "institutions",
        "summit",
        "engagement",
        "consult",
        "trilateral",
        "quad",
        "global governance",
        "norms",
        "values",
        "public goods",
        "reconciliation",
        "work together",
        "rules-based",
        "leadership",
        "leaders",
        "visit",
        "like-minded",
        "minilateral",
        "inclusiv",
        "cooperation",
        "confidence-building",
        "framework",
        "regional bodies",
        "strategy vis",
        "joint strategy",
        "global south",
        "southeast asia",
        "stakeholder"}},
      {Domain::kDomesticPolitics,
       {"domestic support", "domestic politic", "public opinion", "public support", "election",
        "japanese people", "american people", "voters", "legislation", "parliament", "diet ",
        "congress", "political support"}},
      {Domain::kBurdenSharing,
       {"host-nation support", "host nation support", "burden sharing", "burden-sharing",
        "defense budget", "defense spending", "defence budget", "percent of gdp", "% of gdp",
        "military budget", "cost sharing", "cost-sharing", "pay for"}},
      {Domain::kBasing,
       {"okinawa", "futenma", "base ", "bases", "basing", "footprint", "marines", "guam", "relocat",
        "host-nation support", "host nation support", "stationed", "forward deploy"}},
  };
  return table;
}

// Lower-case letters and digits; every other byte run becomes one space (hyphens, '%', '&' and
// non-ASCII bytes are kept so that "co-development" and "5g" stay words). Leading and trailing
// spaces are added so that each word starts after a space.
std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back(' ');
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(core::to_lower(ch));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '%' || c >= 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

// The keywords bucketed by their first byte, so that each word start is compared only with the
// keywords that can match there.
struct Index {
  std::vector<std::pair<std::string_view, Domain>> bucket[256];
  Index() {
    for (const auto& k : lexicon())
      for (auto w : k.words) bucket[static_cast<unsigned char>(w[0])].emplace_back(w, k.domain);
  }
};

}  // namespace

std::vector<Domain> domains_of(std::string_view text) {
  static const Index index;
  const std::string folded = fold(text);
  std::array<int, 14> hits{};
  const std::string_view f(folded);
  for (size_t p = 1; p < f.size(); ++p) {
    if (f[p - 1] != ' ') continue;
    for (const auto& [needle, domain] : index.bucket[static_cast<unsigned char>(f[p])])
      if (needle.size() <= f.size() - p && (needle.size() < 2 || f[p + 1] == needle[1]) &&
          f.compare(p, needle.size(), needle) == 0)
        ++hits[static_cast<size_t>(domain)];
  }
  // "alliance", "stability" and "peace" alone mark a general statement: they count for security
  // only when nothing more specific matched.
  const int general = hits[static_cast<size_t>(Domain::kSecurity)];
  int specific = 0;
  for (size_t d = 1; d < hits.size(); ++d) specific += hits[d];
  std::vector<std::pair<int, Domain>> ranked;
  for (size_t d = 0; d < hits.size(); ++d)
    if (hits[d] > 0) ranked.emplace_back(hits[d], static_cast<Domain>(d));
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Domain> out;
  for (const auto& [n, d] : ranked) out.push_back(d);
  if (specific == 0) {
    out = {Domain::kSecurity, Domain::kDiplomacyMultilateral};
    if (general > 1) out.pop_back();
  }
  return out;
}

}  // namespace lattice::extract
