// The concept lexicon and its matching on stemmed content words.
#include "agenda/lexicon.h"

#include <algorithm>

namespace lattice::agenda {

const std::vector<ConceptEntry>& concept_lexicon() {
  // Phrases are matched after stop-word removal and stemming, so inflections match
  // ("denuclearizing", "denuclearization") and the alliance's own names drop out.
  static const std::vector<ConceptEntry> kLexicon = {
      {"host_nation_support",
       {"host nation support", "host-nation support", "special measures agreement", "cost sharing",
        "cost-sharing", "SMA"}},
      {"burden_sharing",
       {"burden sharing", "burden-sharing", "power sharing", "division of labor"}},
      {"defense_spending",
       {"defense budget", "defense spending", "defense expenditure", "military spending",
        "percent of GDP"}},
      {"roles_missions", {"roles and missions", "roles, missions", "command and control"}},
      {"strike_missile_defense",
       {"counterstrike", "counter-strike", "strike capability", "missile defense",
        "missile defenses", "integrated air and missile defense"}},
      {"cptpp",
       {"CPTPP", "TPP", "Trans-Pacific Partnership", "Comprehensive and Progressive Agreement"}},
      {"trade_agreements",
       {"free trade", "FTA", "FTAs", "RCEP", "IPEF", "Indo-Pacific Economic Framework",
        "trade agreement", "market access", "trade rules", "economic rules"}},
      {"trilateral", {"trilateral", "three-way", "trilateralism"}},
      {"minilateral", {"minilateral", "minilateralism", "coalitions", "like-minded", "lattice"}},
      {"quad", {"Quad", "Quadrilateral Security Dialogue", "quadrilateral"}},
      {"north_korea_nuclear",
       {"denuclearization", "denuclearize", "nuclear", "missile", "missiles", "nonproliferation",
        "non-proliferation", "weapons of mass destruction", "WMD", "ballistic", "DPRK",
        "Pyongyang"}},
      {"six_party_talks", {"Six-Party Talks", "six party", "six-party"}},
      {"korean_peace", {"armistice", "peace treaty", "peace regime"}},
      {"japan_korea_history",
       {"wartime history", "history issues", "comfort women", "forced labor", "reconciliation"}},
      {"deterrence", {"deterrence", "deter", "deterrent", "extended deterrence"}},
      {"okinawa", {"Okinawa", "Okinawan", "Ryukyu", "footprint"}},
      {"futenma",
       {"Futenma", "Henoko", "Marine Corps Air Station", "replacement facility", "relocation",
        "relocating"}},
      {"intelligence",
       {"intelligence", "Five Eyes", "Six Eyes", "information sharing", "information security",
        "ISR"}},
      {"space", {"space", "outer space", "satellite", "satellites"}},
      {"cyber", {"cyber", "cybersecurity", "cyberspace"}},
      {"climate_energy",
       {"climate", "clean energy", "decarbonization", "decarbonize", "emissions", "coal",
        "fossil fuel", "renewable", "renewables", "carbon", "net zero", "energy transition", "LNG",
        "natural gas"}},
      {"health", {"health", "pandemic", "pandemics", "COVID", "vaccine", "vaccines", "disease"}},
      {"telecom_5g",
       {"5G", "6G", "O-RAN", "Open RAN", "Huawei", "telecommunications", "telecom", "wireless"}},
      {"standards", {"standards", "standard-setting", "standards setting"}},
      {"data_digital",
       {"data governance", "data flows", "data free flow", "DFFT", "digital trade",
        "digital economy", "information flows", "privacy"}},
      {"supply_chains",
       {"supply chain", "supply chains", "semiconductors", "semiconductor", "critical minerals",
        "friend-shoring", "de-risking", "reshoring"}},
      {"infrastructure_finance",
       {"infrastructure", "development finance", "DFC", "JBIC", "connectivity", "Belt and Road",
        "Asian Development Bank", "World Bank"}},
      {"southeast_asia",
       {"ASEAN", "Southeast Asia", "Southeast Asian", "Mekong", "Philippines", "Vietnam",
        "Indonesia"}},
      {"multilateral_forums",
       {"multilateral", "multilateralism", "APEC", "East Asia Summit", "EAS", "ADMM",
        "regional institutions", "regional bodies", "G7", "G20"}},
      {"global_governance",
       {"global governance", "global norms", "rules-based order", "international system",
        "international order"}},
      {"public_goods",
       {"public goods", "Global South", "development assistance", "ODA", "humanitarian"}},
      {"leaders_summit", {"summit meeting", "leaders' meeting", "visit", "visitors"}},
      {"nontraditional_security",
       {"nontraditional security", "non-traditional security", "confidence-building",
        "confidence building", "disaster relief", "HADR"}},
      {"taiwan", {"Taiwan", "Taipei", "cross-strait", "Taiwan Strait"}},
      {"domestic_politics", {"domestic politics", "domestic support", "public opinion"}},
      {"equal_alliance", {"equal alliance", "more equal", "balanced alliance", "equal partners"}},
  };
  return kLexicon;
}

namespace {

struct StemmedPhrase {
  std::string concept_name;
  std::vector<std::string> stems;
};

const std::vector<StemmedPhrase>& stemmed_phrases() {
  static const std::vector<StemmedPhrase> kPhrases = [] {
    std::vector<StemmedPhrase> out;
    Stemmer stemmer;
    for (const auto& e : concept_lexicon()) {
      for (std::string_view p : e.phrases) {
        StemmedPhrase sp{std::string(e.concept_name), {}};
        for (const auto& t : content_words(p, stemmer)) sp.stems.push_back(t.stem);
        if (!sp.stems.empty()) out.push_back(std::move(sp));
      }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.stems.size() > b.stems.size(); });
    return out;
  }();
  return kPhrases;
}

}  // namespace

std::vector<std::string> concepts_in(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  const auto& phrases = stemmed_phrases();
  for (size_t i = 0; i < tokens.size(); ++i) {
    // The longest phrase that starts here (ties: lexicon order).
    for (const auto& p : phrases) {
      if (i + p.stems.size() > tokens.size()) continue;
      bool match = true;
      for (size_t k = 0; k < p.stems.size() && match; ++k) match = tokens[i + k].stem == p.stems[k];
      if (match) {
        out.push_back(p.concept_name);
        i += p.stems.size() - 1;  // the words of a match start no other
        break;
      }
    }
  }
  return out;
}

}  // namespace lattice::agenda
