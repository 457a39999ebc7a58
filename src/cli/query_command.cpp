// CLI subcommands generated from the catalog (see query_command.h).
#include "cli/query_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <exception>
#include <fstream>
#include <memory>

#include "core/text.h"

namespace lattice::cli {

namespace {

// What one subcommand collects while CLI11 parses: the raw parameter text and the front-end
// options. One per subcommand per run, so nothing is function-static.
struct CommandState {
  query::RawArgs raw;
  CommonOptions options;
};

std::string help_of(const query::ParamInfo& p) {
  std::string help = p.help;
  if (!p.choices.empty()) {
    help += " (" + core::join(p.choices, ", ") + ")";
  }
  if (p.min && p.max) {
    help += fmt::format(" [{}-{}]", *p.min, *p.max);
  } else if (p.min) {
    help += fmt::format(" [at least {}]", *p.min);
  } else if (p.max) {
    help += fmt::format(" [at most {}]", *p.max);
  }
  if (p.type != "bool" && !p.default_value.is_null())
    help += " (default: " +
            (p.default_value.is_string() ? p.default_value.get<std::string>()
                                         : p.default_value.dump()) +
            ")";
  return help;
}

// Writes text to path through a temporary file, so that a failure leaves nothing half-written.
bool write_file_atomically(const std::string& path, const std::string& text, std::string* error) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out || !(out << text) || !out.flush()) {
      *error = "cannot write " + tmp;
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    *error = "cannot rename " + tmp + " to " + path;
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

// Writes the files the request's path parameters with ParamSpec::writes name; false (the error
// printed, exit 1) when one cannot be written.
bool write_files(const query::Query& q, const CommandState& state, const query::Answer& answer,
                 Context& ctx) {
  for (const query::ParamInfo& p : q.params) {
    if (p.writes.empty()) continue;
    const auto it = state.raw.find(p.name);
    const auto format = query::format_named(p.writes);
    if (it == state.raw.end() || it->second.empty() || it->second.back().empty() || !format)
      continue;
    std::string error;
    if (!write_file_atomically(it->second.back(), answer.render(*format), &error)) {
      ctx.err << "lattice: " << error << "\n";
      ctx.exit_code = kExitInvalid;
      return false;
    }
  }
  return true;
}

void run_query(const query::Query& q, const CommandState& state, Context& ctx) {
  auto model = load_model_or_report(state.options, ctx);
  if (!model) return;
  const query::Env env{model, core::Date::today().first_day()};
  query::Answer answer = q.run(env, state.raw);
  if (!answer.errors.empty()) {
    bool usage = false;
    for (const auto& e : answer.errors) {
      const query::ParamInfo* p = q.param(e.parameter);
      const std::string spelling = p ? cli_spelling(*p) : "--" + e.parameter;
      if (e.is_usage()) {
        usage = true;
        ctx.err << "lattice: " << spelling << ": " << e.message << "\n";
      } else {
        ctx.err << "lattice: " << e.message << "\n";
      }
    }
    ctx.exit_code = usage ? kExitUsage : kExitInvalid;
    return;
  }
  if (answer.failure) {
    ctx.err << "lattice: " << q.name << ": " << *answer.failure << "\n";
    ctx.exit_code = kExitInvalid;
    return;
  }
  const query::Format format = state.options.json  ? query::Format::kJson
                               : state.options.csv ? query::Format::kCsv
                                                   : query::Format::kText;
  // Skipped inputs are errors (exit 1), but the rest of the result is still shown.
  for (const auto& problem : answer.problems) ctx.err << "lattice: " << problem << "\n";
  if (!answer.problems.empty()) ctx.exit_code = kExitInvalid;
  try {
    if (!write_files(q, state, answer, ctx)) return;
    ctx.out << answer.render(format);
  } catch (const std::exception& e) {
    ctx.err << "lattice: " << q.name << ": " << e.what() << "\n";
    ctx.exit_code = kExitInvalid;
  }
}

}  // namespace

std::string cli_spelling(const query::ParamInfo& p) {
  std::string s = p.name;
  if (p.positional) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return s;
  }
  std::replace(s.begin(), s.end(), '_', '-');
  return "--" + s;
}

void add_query_command(CLI::App& app, Context& ctx, const query::Query& q) {
  auto state = std::make_shared<CommandState>();
  CLI::App* sub = app.add_subcommand(q.name, q.summary);
  for (const query::ParamInfo& p : q.params) {
    const std::string flag = cli_spelling(p);
    const std::string name = p.name;
    if (p.type == "bool" && !p.positional) {
      sub->add_flag_callback(
          flag, [state, name]() { state->raw[name] = {"true"}; }, help_of(p));
    } else if (p.repeated) {
      CLI::Option* opt = sub->add_option_function<std::vector<std::string>>(
          flag,
          [state, name](const std::vector<std::string>& values) {
            auto& into = state->raw[name];
            into.insert(into.end(), values.begin(), values.end());
          },
          help_of(p));
      if (p.required) opt->required();
    } else {
      CLI::Option* opt = sub->add_option_function<std::string>(
          flag, [state, name](const std::string& value) { state->raw[name] = {value}; },
          help_of(p));
      if (p.required) opt->required();
    }
  }
  sub->add_option("--model", state->options.model_dir,
                  "Model folder (default: the embedded U.S.-Japan model)");
  if (q.has(query::Format::kJson))
    sub->add_flag("--json", state->options.json, "JSON output (keys in docs/cli.md)");
  if (q.has(query::Format::kCsv)) sub->add_flag("--csv", state->options.csv, "CSV output");
  sub->callback([&ctx, &q, state]() { run_query(q, *state, ctx); });
}

}  // namespace lattice::cli
