// define<Request, Result>(): builds a catalog entry from a request type (its fields and their
// ParamSpecs, declared once in Request::visit), the analysis (a pure function of the
// environment and the request) and the result's views. The only place where binding, the
// analysis and the views meet; front ends see the type-erased Query.
#pragma once

#include <exception>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "query/binder.h"
#include "query/describe.h"
#include "query/query.h"

namespace lattice::query {

// The views of one result type; a view left empty is a format the query does not offer.
// json: the value of `--json` (printed with two-space indent); text: the human table; csv: the
// spreadsheet table; html: a fragment for the report; jsonl: JSON lines (each ending in "\n");
// exports: the files the request named (GraphML, CSV folders), written by the front end.
template <class Result>
struct Views {
  std::function<nlohmann::json(const Result&)> json;
  std::function<std::string(const Result&)> text;
  std::function<std::string(const Result&)> csv;
  std::function<std::string(const Result&)> html;
  std::function<std::string(const Result&)> jsonl;
  std::function<std::vector<Export>(const Result&)> exports;
  // Optional: whether the result is a negative answer, and its note (see Verdict).
  std::function<Verdict(const Result&)> verdict;
};

// A result type may carry remarks for the user (see Remarks in query.h).
template <class Result>
concept HasRemarks = requires(const Result& r) {
  { r.remarks } -> std::convertible_to<Remarks>;
};

// A request type may check rules across fields after binding.
template <class Request>
concept HasValidate = requires(const Request& r) {
  { r.validate() } -> std::same_as<std::vector<ParamError>>;
};

template <class Request, class Result>
Query define(std::string name, std::string summary, Result (*analysis)(const Env&, const Request&),
             Views<Result> views, std::vector<RawArgs> examples = {}) {
  Query q;
  q.name = std::move(name);
  q.summary = std::move(summary);
  {
    Request defaults;
    Describer d;
    defaults.visit(d);
    q.params = d.take();
  }
  if (views.text) q.formats.push_back(Format::kText);
  if (views.json) q.formats.push_back(Format::kJson);
  if (views.csv) q.formats.push_back(Format::kCsv);
  if (views.html) q.formats.push_back(Format::kHtml);
  if (views.jsonl) q.formats.push_back(Format::kJsonl);
  q.examples = std::move(examples);
  q.run = [analysis, views = std::move(views)](const Env& env, const RawArgs& raw) -> Answer {
    Answer answer;
    Request request;
    Binder binder(raw, env);
    request.visit(binder);
    answer.errors = binder.finish();
    if constexpr (HasValidate<Request>) {
      if (answer.errors.empty()) answer.errors = request.validate();
    }
    if (!answer.errors.empty()) return answer;
    try {
      auto result = std::make_shared<const Result>(analysis(env, request));
      if constexpr (HasRemarks<Result>) answer.remarks = result->remarks;
      if (views.verdict) answer.verdict = views.verdict(*result);
      answer.render = [result, views](Format f) -> std::string {
        switch (f) {
          case Format::kJson:
            return views.json ? views.json(*result).dump(2) + "\n" : std::string();
          case Format::kText:
            return views.text ? views.text(*result) : std::string();
          case Format::kCsv:
            return views.csv ? views.csv(*result) : std::string();
          case Format::kHtml:
            return views.html ? views.html(*result) : std::string();
          case Format::kJsonl:
            return views.jsonl ? views.jsonl(*result) : std::string();
        }
        return std::string();
      };
      answer.exports = [result, views]() -> std::vector<Export> {
        return views.exports ? views.exports(*result) : std::vector<Export>();
      };
    } catch (const std::exception& e) {
      answer.failure = e.what();
    }
    return answer;
  };
  return q;
}

}  // namespace lattice::query
