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

#include "core/atomic_write.h"
#include "core/text.h"

namespace lattice::cli {

namespace {

// What one subcommand collects while CLI11 parses: the raw parameter text and the front-end
// options. One per subcommand per run, so nothing is function-static.
struct CommandState {
  query::RawArgs raw;
  CommonOptions options;
  std::vector<std::string> notes;  // old spellings used ("--date is now --on"), for stderr
  bool jsonl = false;
};

// The progress of a query over several inputs as one line on a terminal ("[3/40] name"), erased
// before the output is printed; silent when stderr is not a terminal.
class TerminalProgress {
 public:
  explicit TerminalProgress(std::ostream& err)
      : err_(err), enabled_(&err == &std::cerr && ::isatty(STDERR_FILENO)) {}
  ~TerminalProgress() { clear(); }
  std::function<void(size_t, size_t, std::string_view)> callback() {
    if (!enabled_) return {};
    return [this](size_t index, size_t total, std::string_view item) {
      if (total < 2) return;
      err_ << fmt::format("\r\033[K[{}/{}] {}", index + 1, total, item) << std::flush;
      shown_ = true;
    };
  }
  void clear() {
    if (shown_) err_ << "\r\033[K" << std::flush;
    shown_ = false;
  }

 private:
  std::ostream& err_;
  bool enabled_;
  bool shown_ = false;
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

// Writes the files the request named, one "wrote" line per export; false after an error.
bool write_exports(const std::vector<query::Export>& exports, Context& ctx) {
  for (const query::Export& e : exports) {
    if (!e.folder.empty()) {
      std::error_code ec;
      std::filesystem::create_directories(e.folder, ec);
      if (ec) {
        ctx.err << "lattice: cannot create " << e.folder << ": " << ec.message() << "\n";
        ctx.exit_code = kExitInvalid;
        return false;
      }
    }
    std::vector<std::string> paths;
    for (const query::ExportFile& f : e.files) {
      std::string error;
      if (!core::write_file_atomic(f.path, f.content, &error)) {
        ctx.err << "lattice: " << error << "\n";
        ctx.exit_code = kExitInvalid;
        return false;
      }
      paths.push_back(f.path);
    }
    if (!paths.empty()) ctx.err << "lattice: wrote " << core::join(paths, " and ") << "\n";
  }
  return true;
}

void run_query(const query::Query& q, const CommandState& state, Context& ctx) {
  for (const auto& note : state.notes) ctx.err << "lattice: note: " << note << "\n";
  std::shared_ptr<const model::Model> model;
  if (q.needs_model) {
    model = load_model_or_report(state.options, ctx);
    if (!model) return;
  }
  TerminalProgress progress(ctx.err);
  const query::Env env{
      model, core::Date::today().first_day(), state.options.model_dir, {}, progress.callback()};
  query::Answer answer = q.run(env, state.raw);
  progress.clear();
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
  for (const auto& note : answer.remarks.notes) ctx.err << "lattice: " << note << "\n";
  for (const auto& problem : answer.remarks.problems) ctx.err << "lattice: " << problem << "\n";
  for (const auto& error : answer.remarks.file_errors) ctx.err << error << "\n";
  if (answer.remarks.failed()) ctx.exit_code = kExitInvalid;
  const query::Format format = state.jsonl          ? query::Format::kJsonl
                               : state.options.json ? query::Format::kJson
                               : state.options.csv  ? query::Format::kCsv
                                                    : query::Format::kText;
  try {
    if (answer.exports && !write_exports(answer.exports(), ctx)) return;
    ctx.out << answer.render(format);
  } catch (const std::exception& e) {
    ctx.err << "lattice: " << q.name << ": " << e.what() << "\n";
    ctx.exit_code = kExitInvalid;
    return;
  }
  if (format == query::Format::kText) ctx.err << answer.verdict.note;
  if (answer.verdict.negative) ctx.exit_code = kExitInvalid;
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
    std::string flag = cli_spelling(p);
    if (!p.alias.empty() && !p.positional) {
      query::ParamInfo alias = p;
      alias.name = p.alias;
      flag += "," + cli_spelling(alias);
    }
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
    if (!p.old_cli_name.empty() && p.old_cli_name != "model" && !p.positional && !p.repeated &&
        p.type != "bool") {
      const std::string old_flag = "--" + p.old_cli_name;
      sub->add_option_function<std::string>(
             old_flag,
             [state, name, old_flag, flag](const std::string& value) {
               state->raw[name] = {value};
               state->notes.push_back(old_flag + " is now " + flag +
                                      " (the old spelling still works for a while)");
             },
             "Old spelling of " + flag)
          ->group("");  // hidden from --help
    }
  }
  // --model is the model folder. A parameter whose old spelling was --model (bargain --model
  // bdm, now --method) takes a value that is not an existing folder, with a note.
  const auto old_model = std::find_if(q.params.begin(), q.params.end(), [](const auto& p) {
    return p.old_cli_name == "model" && !p.positional;
  });
  if (old_model != q.params.end()) {
    sub->add_option_function<std::string>(
        "--model",
        [state, name = old_model->name, flag = cli_spelling(*old_model)](const std::string& value) {
          std::error_code ec;
          if (std::filesystem::is_directory(value, ec)) {
            state->options.model_dir = value;
            return;
          }
          state->raw[name] = {value};
          state->notes.push_back(fmt::format(
              "--model {0} is now {1} {0} (--model names the model folder)", value, flag));
        },
        "Model folder (default: the embedded U.S.-Japan model)");
  } else {
    sub->add_option("--model", state->options.model_dir,
                    "Model folder (default: the embedded U.S.-Japan model)");
  }
  if (q.has(query::Format::kJson))
    sub->add_flag("--json", state->options.json, "JSON output (keys in docs/cli.md)");
  if (q.has(query::Format::kCsv)) sub->add_flag("--csv", state->options.csv, "CSV output");
  if (q.has(query::Format::kJsonl))
    sub->add_flag("--jsonl", state->jsonl, "One JSON object per line (keys in docs/cli.md)");
  sub->callback([&ctx, &q, state]() { run_query(q, *state, ctx); });
}

}  // namespace lattice::cli
