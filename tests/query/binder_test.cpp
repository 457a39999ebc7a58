// Binding raw text to typed requests: every kind of parameter error, once for every front end,
// and the description front ends build their flags, forms and signatures from.
#include "query/binder.h"

#include <gtest/gtest.h>

#include "embedded_model.h"
#include "query/define.h"
#include "query/describe.h"
#include "query/lookups.h"

namespace lattice::query {
namespace {

// A request with one field of every kind the binder knows.
struct Everything {
  EntityRef<model::EntityKind::kFramework> framework;
  std::optional<core::Day> on;
  int rounds = 10;
  double share = 0.5;
  bool flag = false;
  std::optional<model::ActorKind> kind;
  std::vector<std::string> names;

  template <class V>
  void visit(V&& v) {
    v(framework,
      {.name = "framework", .help = "A framework", .required = true, .positional = true});
    v(on, {.name = "on", .help = "A day"});
    v(rounds, {.name = "rounds", .help = "Rounds", .min = 1, .max = 100});
    v(share, {.name = "share", .help = "A share", .min = 0, .max = 1});
    v(flag, {.name = "flag", .help = "A flag"});
    v(kind, {.name = "kind", .help = "An actor kind", .what = "actor kind"});
    v(names, {.name = "names", .help = "Several names"});
  }
};

Env embedded_env() {
  return Env{lattice::testing::embedded_model_ptr(), core::Date::from_parts(2024, 6, 1).first_day(),
             ""};
}

std::vector<ParamError> bind(const RawArgs& raw, Everything* out = nullptr) {
  const Env env = embedded_env();
  Everything request;
  Binder b(raw, env);
  request.visit(b);
  auto errors = b.finish();
  if (out) *out = request;
  return errors;
}

TEST(Binder, BindsEveryKindOfField) {
  Everything r;
  const auto errors = bind({{"framework", {"Quad"}},
                            {"on", {"2024-06-01"}},
                            {"rounds", {"42"}},
                            {"share", {"0.25"}},
                            {"flag", {"true"}},
                            {"kind", {"state"}},
                            {"names", {"a", "b"}}},
                           &r);
  ASSERT_TRUE(errors.empty()) << errors[0].message;
  EXPECT_EQ(r.framework.text, "Quad");
  EXPECT_EQ(r.framework.id, "quad");
  ASSERT_TRUE(r.on.has_value());
  EXPECT_EQ(core::date_of(*r.on).to_string(), "2024-06-01");
  EXPECT_EQ(r.rounds, 42);
  EXPECT_DOUBLE_EQ(r.share, 0.25);
  EXPECT_TRUE(r.flag);
  EXPECT_EQ(r.kind, model::ActorKind::kState);
  EXPECT_EQ(r.names, (std::vector<std::string>{"a", "b"}));
}

TEST(Binder, DefaultsStayWhenAParameterIsAbsent) {
  Everything r;
  ASSERT_TRUE(bind({{"framework", {"quad"}}}, &r).empty());
  EXPECT_FALSE(r.on.has_value());
  EXPECT_EQ(r.rounds, 10);
  EXPECT_DOUBLE_EQ(r.share, 0.5);
  EXPECT_FALSE(r.flag);
  EXPECT_FALSE(r.kind.has_value());
  EXPECT_TRUE(r.names.empty());
}

TEST(Binder, EachErrorNamesItsParameterAndKind) {
  const auto errors = bind({{"on", {"2024-02"}},
                            {"rounds", {"0"}},
                            {"share", {"half"}},
                            {"flag", {"maybe"}},
                            {"kind", {"planet"}},
                            {"colour", {"red"}}});
  ASSERT_EQ(errors.size(), 7u);
  auto find = [&](std::string_view name) -> const ParamError& {
    for (const auto& e : errors)
      if (e.parameter == name) return e;
    ADD_FAILURE() << "no error for " << name;
    return errors[0];
  };
  EXPECT_EQ(find("framework").kind, ParamError::Kind::kMissing);
  EXPECT_EQ(find("framework").message, "is required");
  EXPECT_EQ(find("on").kind, ParamError::Kind::kType);
  EXPECT_EQ(find("on").message, "'2024-02' must be a full date YYYY-MM-DD");
  EXPECT_EQ(find("rounds").kind, ParamError::Kind::kRange);
  EXPECT_EQ(find("rounds").message, "must be from 1 to 100, not 0");
  EXPECT_EQ(find("share").kind, ParamError::Kind::kType);
  EXPECT_EQ(find("share").message, "'half' is not a number");
  EXPECT_EQ(find("flag").message, "'maybe' is not true or false");
  EXPECT_EQ(find("kind").kind, ParamError::Kind::kChoice);
  EXPECT_EQ(find("kind").message.rfind("unknown actor kind 'planet'; expected state, ", 0), 0u)
      << find("kind").message;
  EXPECT_EQ(find("colour").kind, ParamError::Kind::kUnknown);
  EXPECT_NE(find("colour").message.find("framework, kind, names, on, rounds, share"),
            std::string::npos)
      << find("colour").message;
  for (const auto& e : errors) EXPECT_TRUE(e.is_usage()) << e.parameter;
}

TEST(Binder, AnUnknownEntityIsNotAUsageError) {
  const auto errors = bind({{"framework", {"Quadd"}}});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, ParamError::Kind::kNotFound);
  EXPECT_FALSE(errors[0].is_usage());
  EXPECT_NE(errors[0].message.find("unknown framework 'Quadd'"), std::string::npos)
      << errors[0].message;
}

// A request naming an entity of any kind.
struct Any {
  AnyEntityRef entity;
  template <class V>
  void visit(V&& v) {
    v(entity, {.name = "id", .help = "Any entity", .required = true, .positional = true});
  }
};

// An entity of any kind: one fit binds id and kind; no fit and several fits are model errors
// (not usage errors) with the messages `lattice show` prints.
TEST(Binder, AnyEntityBindsIdAndKindOrSaysWhy) {
  const Env env = embedded_env();
  const auto bind_any = [&](const std::string& text, Any* out) {
    const RawArgs raw = {{"id", {text}}};  // the binder keeps a reference to it
    Binder b(raw, env);
    out->visit(b);
    return b.finish();
  };
  Any senkaku;
  EXPECT_TRUE(bind_any("Senkaku Islands", &senkaku).empty());
  EXPECT_EQ(senkaku.entity.id, "senkaku_islands");
  EXPECT_EQ(senkaku.entity.kind, model::EntityKind::kPlace);

  Any nothing;
  const auto none = bind_any("Qwxzy Plateau", &nothing);
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].kind, ParamError::Kind::kNotFound);
  EXPECT_FALSE(none[0].is_usage());
  EXPECT_EQ(none[0].message.rfind("nothing in the model is called 'Qwxzy Plateau'", 0), 0u)
      << none[0].message;

  Describer d;
  Any defaults;
  defaults.visit(d);
  const auto params = d.take();
  ASSERT_EQ(params.size(), 1u);
  EXPECT_EQ(params[0].type, "entity");
  EXPECT_EQ(params[0].entity_kind, "any");
}

TEST(Binder, ScalarParsersRejectPartialAndOverflowingText) {
  long l = 0;
  int i = 0;
  double d = 0;
  EXPECT_TRUE(parse_value("12x", l).has_value());
  EXPECT_TRUE(parse_value("", l).has_value());
  EXPECT_EQ(*parse_value("99999999999999999999", l), "'99999999999999999999' is too large");
  EXPECT_EQ(*parse_value("3000000000", i), "'3000000000' is too large");
  EXPECT_FALSE(parse_value("-7", i).has_value());
  EXPECT_EQ(i, -7);
  EXPECT_TRUE(parse_value("inf", d).has_value());
  EXPECT_TRUE(parse_value("nan", d).has_value());
  EXPECT_FALSE(parse_value("1e-3", d).has_value());
  EXPECT_DOUBLE_EQ(d, 0.001);
  ParamSpec low_only{.name = "n", .help = "", .min = 1};
  EXPECT_EQ(*check_range(0, low_only), "must be at least 1, not 0");
  ParamSpec high_only{.name = "n", .help = "", .max = 5};
  EXPECT_EQ(*check_range(6.5, high_only), "must be at most 5, not 6.5");
  EXPECT_FALSE(check_range(5, high_only).has_value());
}

TEST(Describer, DescribesTypesDefaultsRangesAndChoices) {
  Everything defaults;
  Describer d;
  defaults.visit(d);
  const auto params = d.take();
  ASSERT_EQ(params.size(), 7u);
  EXPECT_EQ(params[0].name, "framework");
  EXPECT_EQ(params[0].type, "entity");
  EXPECT_EQ(params[0].entity_kind, "framework");
  EXPECT_TRUE(params[0].required);
  EXPECT_TRUE(params[0].positional);
  EXPECT_EQ(params[1].type, "date");
  EXPECT_TRUE(params[1].default_value.is_null());
  EXPECT_EQ(params[2].type, "integer");
  EXPECT_EQ(params[2].default_value, 10);
  EXPECT_EQ(params[2].min, 1);
  EXPECT_EQ(params[2].max, 100);
  EXPECT_EQ(params[3].type, "number");
  EXPECT_EQ(params[3].default_value, 0.5);
  EXPECT_EQ(params[4].type, "bool");
  EXPECT_EQ(params[4].default_value, false);
  EXPECT_EQ(params[5].type, "choice");
  ASSERT_FALSE(params[5].choices.empty());
  EXPECT_EQ(params[5].choices[0], "state");
  EXPECT_TRUE(params[6].repeated);
  EXPECT_EQ(params[6].type, "text");
}

// Fields with defaults a user names as text: a list split at commas, entities given by default,
// a file path.
struct Listed {
  std::vector<EntityRef<model::EntityKind::kActor>> actors = {{"United States", {}}, {"jpn", {}}};
  EntityRef<model::EntityKind::kRegion> region{"indo_pacific", {}};
  Path out;

  template <class V>
  void visit(V&& v) {
    v(actors, {.name = "actors", .help = "Actors", .separator = ','});
    v(region, {.name = "region", .help = "A region"});
    v(out, {.name = "out", .help = "A file", .old_cli_name = "output"});
  }
};

std::vector<ParamError> bind_listed(const RawArgs& raw, Listed* out) {
  const Env env = embedded_env();
  Binder b(raw, env);
  out->visit(b);
  return b.finish();
}

TEST(Binder, SplitsListsAtTheSeparator) {
  Listed r;
  ASSERT_TRUE(bind_listed({{"actors", {"usa , Japan,", "ROK"}}, {"out", {"a/b.txt"}}}, &r).empty());
  ASSERT_EQ(r.actors.size(), 3u);
  EXPECT_EQ(r.actors[0].id, "usa");
  EXPECT_EQ(r.actors[1].text, "Japan");
  EXPECT_EQ(r.actors[1].id, "jpn");
  EXPECT_EQ(r.actors[2].id, "kor");
  EXPECT_EQ(r.out.text, "a/b.txt");

  Listed empty;
  const auto errors = bind_listed({{"actors", {", ,"}}}, &empty);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].kind, ParamError::Kind::kMissing);
  EXPECT_EQ(errors[0].message, "lists no item");
}

TEST(Binder, ResolvesDefaultEntitiesLikeGivenOnes) {
  Listed r;
  ASSERT_TRUE(bind_listed({}, &r).empty());
  ASSERT_EQ(r.actors.size(), 2u);
  EXPECT_EQ(r.actors[0].id, "usa");
  EXPECT_EQ(r.actors[1].id, "jpn");
  EXPECT_EQ(r.region.id, "indo_pacific");
  EXPECT_TRUE(r.out.text.empty());

  Listed broken;
  broken.region.text = "nowhere";
  const auto errors = bind_listed({}, &broken);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].parameter, "region");
  EXPECT_EQ(errors[0].kind, ParamError::Kind::kNotFound);
}

TEST(Describer, DescribesListsDefaultEntitiesAndPaths) {
  Listed defaults;
  Describer d;
  defaults.visit(d);
  const auto params = d.take();
  ASSERT_EQ(params.size(), 3u);
  EXPECT_EQ(params[0].type, "entity");
  EXPECT_TRUE(params[0].repeated);
  EXPECT_EQ(params[0].separator, ',');
  EXPECT_EQ(params[0].default_value, "United States,jpn");
  EXPECT_EQ(params[1].default_value, "indo_pacific");
  EXPECT_EQ(params[2].type, "path");
  EXPECT_TRUE(params[2].default_value.is_null());
  EXPECT_EQ(params[2].old_cli_name, "output");
}

}  // namespace
}  // namespace lattice::query
