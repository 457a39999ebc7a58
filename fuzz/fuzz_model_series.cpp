// Fuzz target: the model's indicator series CSVs and the checks of its documents, loaded with the
// small fixture model of tests/fixtures/models/mini (read once). The input is split at the first
// NUL byte into a series table (series/defence_share.csv) and, when there is one, the bytes of the
// model's document (written to a scratch folder, its sha256 updated so that the spans of the
// recommendations and claims are checked against it). The loader must never crash or hang, and on
// every model that loads the indicator store, bloc totals and burden sharing must run.
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/diagnostic.h"
#include "core/sha256.h"
#include "indicators/bloc.h"
#include "indicators/burden.h"
#include "indicators/indicator_store.h"
#include "model/loader.h"
#include "model/model_files.h"

#ifndef LATTICE_MINI_MODEL_DIR
#error "LATTICE_MINI_MODEL_DIR must name tests/fixtures/models/mini"
#endif

namespace {

namespace fs = std::filesystem;
using namespace lattice;

constexpr const char* kSeries = "series/defence_share.csv";
constexpr const char* kDocument = "docs/sample.txt";
constexpr const char* kDocumentSha256 =
    "39d420b5e2660ec48d381797893f9dadff699846f66f989bad50527ff3c7269e";

// The indicators burden sharing and the claim checks read, so that fuzzed rows can use them.
constexpr const char* kIndicators = R"([[indicator]]
id = "gdp"
name = "GDP"
unit = "usd"
sources = ["data:mini_states"]

[[indicator]]
id = "milex"
name = "Military expenditure"
unit = "usd"
sources = ["data:mini_states"]

[[indicator]]
id = "milex_gdp"
name = "Military expenditure, share of GDP"
unit = "percent"
sources = ["data:mini_states"]
)";

struct Fixture {
  model::ModelFiles files;
  std::string original_document;
  fs::path scratch;
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Fixture x;
    unsetenv("LATTICE_CORPUS");  // the document is the one in the scratch folder, nowhere else
    core::Diagnostics diags;
    x.files = model::read_model_folder(LATTICE_MINI_MODEL_DIR, diags);
    if (diags.has_errors()) std::abort();
    x.files.files.push_back({"fuzz/indicators_fuzz.toml", "indicators_fuzz.toml", kIndicators});
    std::sort(x.files.files.begin(), x.files.files.end(),
              [](const auto& a, const auto& b) { return a.relpath < b.relpath; });
    std::ifstream in(fs::path(LATTICE_MINI_MODEL_DIR) / kDocument, std::ios::binary);
    x.original_document.assign(std::istreambuf_iterator<char>(in), {});
    x.scratch =
        fs::temp_directory_path() / ("lattice-fuzz-model-series-" + std::to_string(getpid()));
    fs::create_directories(x.scratch / "docs");
    x.files.root = x.scratch.string();
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(fixture().scratch, ec);
    });
    return x;
  }();
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Fixture& f = fixture();
  const std::string input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string document =
      nul == std::string::npos ? f.original_document : input.substr(nul + 1);
  {
    std::ofstream out(f.scratch / kDocument, std::ios::binary | std::ios::trunc);
    out << document;
  }
  model::ModelFiles files = f.files;
  for (auto& file : files.files) {
    if (file.relpath == kSeries) file.content = input.substr(0, nul);
    if (file.relpath == "documents.toml") {
      const size_t at = file.content.find(kDocumentSha256);
      if (at == std::string::npos) std::abort();
      file.content.replace(at, 64, core::sha256_hex(document));
    }
  }
  const model::LoadResult r = model::load_model(files);
  if (!r.model) return 0;
  const indicators::IndicatorStore store(*r.model);
  const core::Day on = core::Date::from_parts(2022, 12, 31).first_day();
  for (const auto& info : store.indicators()) {
    for (const auto& actor : r.model->data().actors) {
      for (const auto& o : store.series(info.id, actor.id))
        if (!store.value(info.id, actor.id, o.year)) std::abort();
      (void)store.latest_year(info.id, actor.id);
    }
    for (const auto& fw : r.model->frameworks()) {
      indicators::BlocRequest req;
      req.framework = fw.id;
      req.indicator = info.id;
      req.year = 2022;
      req.on = on;
      (void)indicators::bloc_total(*r.model, store, req);
    }
  }
  for (const auto& fw : r.model->frameworks()) {
    (void)indicators::burden(*r.model, store, fw.id, 2022, on);
    (void)indicators::burden_series(*r.model, store, fw.id, 2019, 2023);
  }
  return 0;
}
