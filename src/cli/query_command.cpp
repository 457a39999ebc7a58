// CLI subcommands generated from the catalog (see query_command.h).
#include "cli/query_command.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>

#include "core/text.h"

namespace lattice::cli {

namespace {

// What one subcommand collects while CLI11 parses: the raw parameter text and the front-end
// options. One per subcommand per run, so nothing is function-static.
struct CommandState {
  query::RawArgs raw;
  CommonOptions options;
  std::vector<std::string> notes;  // old spellings used ("--date is now --on"), for stderr
};

// The note printed when an old spelling is used.
std::string renamed_note(const query::Renamed& r, const std::string& value) {
  std::string old_flag = r.old_name, new_flag = r.new_name;
  std::replace(old_flag.begin(), old_flag.end(), '_', '-');
  std::replace(new_flag.begin(), new_flag.end(), '_', '-');
  if (r.old_name == "model")
    return fmt::format("--model {0} is now --{1} {0} (--model names the model folder)", value,
                       new_flag);
  return fmt::format("--{} is now --{}", old_flag, new_flag);
}

// The progress line of long work on stderr, when stderr is a terminal; clears it when done.
class ProgressLine {
 public:
  explicit ProgressLine(Context& ctx)
      : ctx_(ctx),
        shown_(std::make_shared<bool>(false)),
        on_(&ctx.err == &std::cerr && ::isatty(STDERR_FILENO)) {}
  ~ProgressLine() {
    if (*shown_) ctx_.err << "\r\033[K" << std::flush;
  }
  std::function<void(size_t, size_t)> callback() {
    if (!on_) return {};
    return [this, shown = shown_](size_t done, size_t total) {
      *shown = true;
      ctx_.err << fmt::format("\r\033[Ksimulating: {}/{} runs", done, total) << std::flush;
    };
  }

 private:
  Context& ctx_;
  std::shared_ptr<bool> shown_;
  bool on_;
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

void run_query(const query::Query& q, const CommandState& state, Context& ctx) {
  for (const auto& note : state.notes) ctx.err << "lattice: note: " << note << "\n";
  auto model = load_model_or_report(state.options, ctx);
  if (!model) return;
  ProgressLine progress(ctx);
  query::Env env{model, core::Date::today().first_day(), progress.callback()};
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
  try {
    ctx.out << answer.render(format);
  } catch (const std::exception& e) {
    ctx.err << "lattice: " << q.name << ": " << e.what() << "\n";
    ctx.exit_code = kExitInvalid;
  }
  for (const auto& problem : answer.problems) ctx.err << problem << "\n";
  if (!answer.problems.empty()) ctx.exit_code = kExitInvalid;
}

// The old spelling r of a parameter: an option of its own (hidden from --help) that sets the
// new parameter and leaves a note; for "model", see add_query_command.
void add_renamed_option(CLI::App* sub, const query::Renamed& r,
                        const std::shared_ptr<CommandState>& state) {
  std::string flag = "--" + r.old_name;
  std::replace(flag.begin(), flag.end(), '_', '-');
  sub->add_option_function<std::string>(
         flag,
         [state, r](const std::string& value) {
           state->raw[r.new_name] = {value};
           state->notes.push_back(renamed_note(r, value));
         },
         "Old name of --" + r.new_name)
      ->group("");
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
  const query::Renamed* model_renamed = nullptr;
  for (const auto& r : q.renamed) {
    if (r.old_name == "model")
      model_renamed = &r;
    else
      add_renamed_option(sub, r, state);
  }
  if (model_renamed) {
    // --model is the model folder; a value that is not an existing folder is the old spelling
    // of another parameter (bargain --model bdm).
    sub->add_option_function<std::string>(
        "--model",
        [state, r = *model_renamed](const std::string& value) {
          std::error_code ec;
          if (std::filesystem::is_directory(value, ec)) {
            state->options.model_dir = value;
            return;
          }
          state->raw[r.new_name] = {value};
          state->notes.push_back(renamed_note(r, value));
        },
        "Model folder (default: the embedded U.S.-Japan model)");
  } else {
    sub->add_option("--model", state->options.model_dir,
                    "Model folder (default: the embedded U.S.-Japan model)");
  }
  if (q.has(query::Format::kJson))
    sub->add_flag("--json", state->options.json, "JSON output (keys in docs/cli.md)");
  if (q.has(query::Format::kCsv)) sub->add_flag("--csv", state->options.csv, "CSV output");
  sub->callback([&ctx, &q, state]() { run_query(q, *state, ctx); });
}

}  // namespace lattice::cli
