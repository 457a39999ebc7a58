// Word lists of the recommendation classifier, each built once on first use and searched
// through buckets by first letter.
#include "extract/cue_lexicon.h"

#include "extract/word_set.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <utility>
#include <vector>

namespace lattice::extract::cues {

bool is_policy_verb(std::string_view w) {
  static const WordSet set = {"accelerate",   "accept",
                              "accommodate",  "achieve",
                              "acquire",      "act",
                              "adapt",        "add",
                              "address",      "adjust",
                              "adopt",        "advance",
                              "advocate",     "affirm",
                              "align",        "allocate",
                              "amend",        "anchor",
                              "apply",        "appoint",
                              "approve",      "assess",
                              "assist",       "assure",
                              "augment",      "avoid",
                              "balance",      "ban",
                              "bolster",      "boost",
                              "bridge",       "broaden",
                              "build",        "calibrate",
                              "cap",          "capitalize",
                              "champion",     "clarify",
                              "close",        "codify",
                              "collaborate",  "combat",
                              "commit",       "complete",
                              "conclude",     "confront",
                              "connect",      "consolidate",
                              "construct",    "consult",
                              "contain",      "continue",
                              "contribute",   "convene",
                              "coordinate",   "counter",
                              "create",       "curb",
                              "cut",          "deepen",
                              "defend",       "define",
                              "deliver",      "demonstrate",
                              "deploy",       "design",
                              "deter",        "develop",
                              "devote",       "diversify",
                              "do",           "double",
                              "draft",        "drive",
                              "elevate",      "eliminate",
                              "embrace",      "emphasize",
                              "empower",      "enable",
                              "enact",        "encourage",
                              "end",          "endorse",
                              "enforce",      "engage",
                              "enhance",      "enlarge",
                              "enlist",       "ensure",
                              "establish",    "expand",
                              "expedite",     "explore",
                              "extend",       "facilitate",
                              "finalize",     "finance",
                              "fix",          "focus",
                              "forge",        "formalize",
                              "fortify",      "foster",
                              "fulfill",      "fund",
                              "galvanize",    "generate",
                              "grow",         "guarantee",
                              "halt",         "harmonize",
                              "harness",      "help",
                              "hold",         "identify",
                              "implement",    "improve",
                              "incentivize",  "include",
                              "increase",     "institutionalize",
                              "integrate",    "intensify",
                              "introduce",    "invest",
                              "invite",       "involve",
                              "issue",        "join",
                              "keep",         "launch",
                              "lead",         "legislate",
                              "lessen",       "leverage",
                              "lift",         "lighten",
                              "limit",        "link",
                              "lower",        "maintain",
                              "make",         "manage",
                              "mandate",      "maximize",
                              "minimize",     "mitigate",
                              "mobilize",     "modernize",
                              "monitor",      "move",
                              "negotiate",    "normalize",
                              "nurture",      "offer",
                              "open",         "operationalize",
                              "optimize",     "organize",
                              "overhaul",     "partner",
                              "pass",         "pay",
                              "persuade",     "pledge",
                              "plan",         "pool",
                              "pose",         "position",
                              "preserve",     "prevent",
                              "prioritize",   "promote",
                              "propose",      "protect",
                              "provide",      "pursue",
                              "push",         "raise",
                              "ratify",       "reaffirm",
                              "realign",      "reassess",
                              "reassure",     "rebalance",
                              "rebuild",      "recalibrate",
                              "reconcile",    "reconsider",
                              "reconvene",    "redouble",
                              "reduce",       "reexamine",
                              "refocus",      "reform",
                              "regain",       "reinforce",
                              "reinvigorate", "reinvest",
                              "rejoin",       "relaunch",
                              "relocate",     "remove",
                              "renew",        "reorganize",
                              "repair",       "replace",
                              "reset",        "reshape",
                              "resolve",      "respond",
                              "restart",      "restore",
                              "restructure",  "resume",
                              "rethink",      "revamp",
                              "revise",       "revisit",
                              "revitalize",   "revive",
                              "safeguard",    "scale",
                              "seek",         "seize",
                              "set",          "shape",
                              "shift",        "shore",
                              "sign",         "simplify",
                              "stabilize",    "standardize",
                              "step",         "stop",
                              "streamline",   "strengthen",
                              "stress",       "subsidize",
                              "support",      "sustain",
                              "tackle",       "tailor",
                              "take",         "target",
                              "tighten",      "train",
                              "transform",    "translate",
                              "treat",        "unify",
                              "update",       "upgrade",
                              "use",          "utilize",
                              "welcome",      "widen",
                              "work"};
  return set.contains(w);
}

bool is_auxiliary(std::string_view w) {
  static const WordSet set = {
      "am",      "are",    "be",      "been",   "being",    "can",      "could",    "did",
      "do",      "does",   "had",     "has",    "have",     "is",       "may",      "might",
      "must",    "ought",  "shall",   "should", "was",      "were",     "will",     "would",
      "cannot",  "won't",  "isn't",   "aren't", "doesn't",  "don't",    "didn't",   "wasn't",
      "weren't", "hasn't", "haven't", "can't",  "couldn't", "wouldn't", "shouldn't"};
  return set.contains(w);
}

bool is_intro_word(std::string_view w) {
  static const WordSet set = {
      "additionally", "after",        "again",       "against",      "also",       "although",
      "amid",         "and",          "as",          "at",           "because",    "before",
      "beyond",       "but",          "by",          "consequently", "despite",    "during",
      "finally",      "first",        "following",   "for",          "from",       "further",
      "furthermore",  "given",        "hence",       "however",      "if",         "in",
      "indeed",       "instead",      "last",        "lastly",       "likewise",   "meanwhile",
      "moreover",     "nevertheless", "nonetheless", "now",          "of",         "on",
      "once",         "otherwise",    "over",        "rather",       "second",     "similarly",
      "since",        "so",           "still",       "then",         "therefore",  "third",
      "though",       "thus",         "to",          "today",        "ultimately", "under",
      "unless",       "unlike",       "until",       "when",         "whereas",    "while",
      "with",         "within",       "without",     "yet"};
  return set.contains(w);
}

bool is_reporting_verb(std::string_view w) {
  static const WordSet set = {
      "acknowledged", "added",     "agree",    "agreed",    "argue",      "argued",    "argues",
      "asserted",     "believe",   "believed", "believes",  "cautioned",  "claim",     "claimed",
      "claims",       "concluded", "contend",  "contended", "emphasized", "explained", "explains",
      "feel",         "feels",     "felt",     "find",      "found",      "held",      "hoped",
      "insist",       "insisted",  "insists",  "maintain",  "maintained", "mean",      "means",
      "noted",        "notes",     "observed", "recognize", "recognized", "reported",  "reports",
      "said",         "say",       "says",     "stated",    "stressed",   "suggest",   "suggested",
      "suggests",     "think",     "thinks",   "thought",   "told",       "warned",    "worried",
      "wrote"};
  return set.contains(w);
}

bool is_demand_verb(std::string_view w) {
  static const WordSet set = {"argue",      "argued",   "argues",   "charge",    "charged",
                              "charges",    "claim",    "claimed",  "claims",    "contend",
                              "contended",  "contends", "demand",   "demanded",  "demanding",
                              "demands",    "insist",   "insisted", "insisting", "insists",
                              "threatened", "want",     "wanted",   "wants"};
  return set.contains(w);
}

bool is_adopted_reporter(std::string_view w) {
  static const WordSet set = {"attendees", "author",   "authors",   "commission",  "group",
                              "i",         "panel",    "panelists", "participant", "participants",
                              "report",    "speakers", "study",     "we"};
  return set.contains(w);
}

bool is_recorded_reporter(std::string_view w) {
  static const WordSet set = {"%",        "americans", "conservatives", "critics",     "detractors",
                              "japanese", "many",      "opponents",     "others",      "percent",
                              "poll",     "polls",     "public",        "respondents", "skeptics",
                              "some",     "survey",    "surveys",       "trump"};
  return set.contains(w);
}

bool is_expectation_verb(std::string_view w) {
  static const WordSet set = {
      "allow",      "boost",   "bring",  "create",     "deter",    "enable", "encourage", "ensure",
      "facilitate", "give",    "help",   "improve",    "increase", "lead",   "make",      "mean",
      "pave",       "produce", "prompt", "provide",    "reassure", "reduce", "result",    "send",
      "serve",      "signal",  "spur",   "strengthen", "yield"};
  return set.contains(w);
}

bool is_expectation_noun(std::string_view w) {
  static const WordSet set = {"boost",  "call",    "catalyst", "impetus", "incentive",
                              "lesson", "message", "reminder", "signal",  "spur",
                              "wake",   "wakeup",  "warning"};
  return set.contains(w);
}

bool is_agent_noun(std::string_view w) {
  static const WordSet set = {"administration",
                              "administrations",
                              "agencies",
                              "allies",
                              "ally",
                              "alliance",
                              "alliances",
                              "both",
                              "businesses",
                              "cabinet",
                              "capitals",
                              "coalition",
                              "coalitions",
                              "companies",
                              "congress",
                              "countries",
                              "country",
                              "diet",
                              "firms",
                              "forces",
                              "forum",
                              "government",
                              "governments",
                              "he",
                              "i",
                              "industry",
                              "lawmakers",
                              "leaders",
                              "leadership",
                              "legislators",
                              "members",
                              "militaries",
                              "military",
                              "minister",
                              "ministers",
                              "ministries",
                              "nation",
                              "nations",
                              "negotiators",
                              "officials",
                              "parliament",
                              "partners",
                              "policymakers",
                              "president",
                              "secretary",
                              "she",
                              "sides",
                              "states",
                              "talks",
                              "they",
                              "we",
                              "you"};
  return set.contains(w);
}

bool is_ing_noun(std::string_view w) {
  static const WordSet set = {"beijing", "bring",      "building", "ceiling",  "during",
                              "evening", "everything", "funding",  "king",     "morning",
                              "nothing", "ring",       "sing",     "spring",   "sterling",
                              "string",  "something",  "thing",    "things",   "wing",
                              "nanjing", "chongqing",  "kunming",  "anything", "shilling"};
  return set.contains(w);
}

bool is_action_noun(std::string_view w) {
  static const WordSet set = {"action",        "cooperation",  "collaboration", "commitment",
                              "consultation",  "coordination", "dialogue",      "effort",
                              "efforts",       "engagement",   "expansion",     "implementation",
                              "integration",   "investment",   "investments",   "leadership",
                              "participation", "partnership",  "policy",        "reform",
                              "reforms",       "support",      "work"};
  return set.contains(w);
}

bool is_venue_preposition(std::string_view w) {
  static const WordSet set = {"across", "against", "alongside", "among",  "amongst",
                              "at",     "beyond",  "from",      "in",     "inside",
                              "into",   "on",      "through",   "toward", "towards",
                              "via",    "vis",     "with",      "within", "including"};
  return set.contains(w);
}

bool is_trigger(std::string_view w) {
  static const WordSet set = {
      "should",      "shouldn't", "ought",         "must",       "mustn't",   "need",
      "needs",       "needed",    "have",          "has",        "require",   "requires",
      "required",    "call",      "calls",         "called",     "urge",      "urges",
      "urged",       "advocate",  "advocates",     "advocated",  "recommend", "recommends",
      "recommended", "encourage", "encourages",    "encouraged", "propose",   "proposed",
      "proposes",    "support",   "supports",      "critical",   "vital",     "imperative",
      "necessary",   "crucial",   "indispensable", "urgent",     "essential", "necessity",
      "urgency",     "important", "fundamental",   "key",        "would",     "could",
      "time",        "no",        "interest",      "stake",      "reasons",   "premium",
      "opportunity", "opening",   "incumbent",     "advised"};
  return set.contains(w);
}

bool is_modal_adverb(std::string_view w) {
  static const WordSet set = {
      "also",         "not",        "now",         "still",      "further",      "therefore",
      "then",         "thus",       "first",       "only",       "just",         "really",
      "seriously",    "urgently",   "immediately", "quickly",    "eventually",   "clearly",
      "increasingly", "absolutely", "equally",     "especially", "particularly", "more",
      "most",         "even",       "all",         "both",       "so",           "certainly",
      "surely",       "perhaps",    "probably",    "jointly",    "together",     "ultimately",
      "soon",         "no",         "longer",      "always"};
  return set.contains(w);
}

bool is_irregular_participle(std::string_view w) {
  static const WordSet set = {
      "built", "done",  "made", "taken", "given", "put",   "set",     "kept",       "held",
      "shown", "known", "seen", "paid",  "spent", "sent",  "brought", "sought",     "thought",
      "left",  "led",   "met",  "won",   "begun", "drawn", "grown",   "undertaken", "rethought"};
  return set.contains(w);
}

bool is_copula(std::string_view w) {
  static const WordSet set = {"is", "are", "be", "remains", "remain", "becomes", "become", "'s"};
  return set.contains(w);
}

bool is_strong_adjective(std::string_view w) {
  static const WordSet set = {"critical", "vital",         "imperative", "necessary",
                              "crucial",  "indispensable", "urgent",     "essential"};
  return set.contains(w);
}

bool is_prescriptive_noun(std::string_view w) {
  static const WordSet set = {"task",      "step",       "need",    "priority",   "requirement",
                              "necessity", "component",  "element", "ingredient", "first",
                              "part",      "imperative", "goal",    "mission"};
  return set.contains(w);
}

bool is_insisting_verb(std::string_view w) {
  static const WordSet set = {"argue",    "argues", "argued",  "claim",   "claims",
                              "claimed",  "warned", "warns",   "warn",    "threatens",
                              "threaten", "insist", "insists", "insisted"};
  return set.contains(w);
}

bool is_saying_verb(std::string_view w) {
  static const WordSet set = {"said",     "says",      "say",     "told",     "stated",
                              "declared", "announced", "believe", "believes", "believed",
                              "think",    "thinks",    "contend", "contends"};
  return set.contains(w);
}

bool is_emphasis_verb(std::string_view w) {
  static const WordSet set = {"emphasizing",  "emphasized",  "stressing",    "stressed",
                              "underscoring", "underscored", "highlighting", "highlighted",
                              "noting",       "citing"};
  return set.contains(w);
}

bool is_epistemic_complement(std::string_view w) {
  static const WordSet set = {"clear",      "obvious",     "evident",      "noted",
                              "understood", "remembered",  "recalled",     "emphasized",
                              "stressed",   "no",          "little",       "recognized",
                              "apparent",   "plain",       "self-evident", "attributed",
                              "construed",  "interpreted", "considered",   "read"};
  return set.contains(w);
}

}  // namespace lattice::extract::cues
