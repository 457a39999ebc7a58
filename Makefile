# Lattice: `make demo` runs the main job on the embedded model, `make test` runs every test.
# Both install the Debian packages they need first (`make deps`).

BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
DEBIAN_PACKAGES := cmake g++ make pkg-config python3 libfmt-dev nlohmann-json3-dev libcli11-dev \
                   libtomlplusplus-dev libgtest-dev libgmock-dev libbenchmark-dev clang-format \
                   libxml2-dev libpoppler-cpp-dev libsqlite3-dev libigraph-dev python3-networkx libstemmer-dev \
                   clang libclang-rt-14-dev llvm
CMAKE_FLAGS := -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

.PHONY: all deps build test demo report fuzz fuzz-build fuzz-smoke format clean bench tune-agenda

all: build

deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build/release/Makefile: CMakeLists.txt
	cmake -S . -B build/release $(CMAKE_FLAGS) -DLATTICE_TESTS=OFF

build: deps build/release/Makefile
	cmake --build build/release -j $(JOBS) --target lattice

# Tests build with AddressSanitizer and UndefinedBehaviorSanitizer in build/test. A test that
# skips or is disabled fails the run (tests/run_ctest.sh) unless ALLOW_SKIPS=1 is given. Then
# every fuzz target runs for FUZZ_SECONDS (20 s) each (docs/testing.md).
test: deps
	cmake -S . -B build/test -DCMAKE_BUILD_TYPE=Debug -DLATTICE_SANITIZE=ON -DLATTICE_TESTS=ON
	cmake --build build/test -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  tests/run_ctest.sh build/test --output-on-failure -j $(JOBS)
	$(MAKE) fuzz-smoke

demo: build
	./build/release/lattice summary
	./build/release/lattice report --out report/index.html

# libFuzzer targets (fuzz/*.cpp), built with clang in build/fuzz and run by fuzz/run-fuzzers.sh
# from their seeds in fuzz/corpus/<target>/. `make fuzz-smoke` runs each for FUZZ_SECONDS (20 s)
# from the seeds alone; `make fuzz` runs longer (60 s by default) and keeps the corpus it grows in
# build/fuzz/corpus/. Both fail on any crash, leak, timeout or sanitizer report.
FUZZ_TARGETS := fuzz_model_loader fuzz_csv fuzz_text_readers fuzz_extract fuzz_scenario_file \
                fuzz_bargain fuzz_alliance_data fuzz_score_jsonl fuzz_document_metadata \
                fuzz_model_series fuzz_claim_check

build/fuzz/Makefile: CMakeLists.txt fuzz/CMakeLists.txt
	CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLATTICE_FUZZ=ON -DLATTICE_TESTS=OFF

fuzz-build: deps build/fuzz/Makefile
	cmake --build build/fuzz -j $(JOBS) --target $(FUZZ_TARGETS)

fuzz-smoke: fuzz-build
	FUZZ_SECONDS=$${FUZZ_SECONDS:-20} FUZZ_KEEP=0 fuzz/run-fuzzers.sh build/fuzz $(FUZZ_TARGETS)

fuzz: fuzz-build
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} FUZZ_KEEP=1 fuzz/run-fuzzers.sh build/fuzz $(FUZZ_TARGETS)

bench: deps
	cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DLATTICE_TESTS=OFF -DLATTICE_BENCH=ON
	cmake --build build/bench -j $(JOBS) --target bench_load_model
	@echo "== $$(date -u +%Y-%m-%dT%H:%MZ) on $$(uname -m), $$(nproc) cores, $$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
	./build/bench/bench/bench_load_model --benchmark_min_time=1
	python3 bench/baseline_load_model.py data/usjapan 20
	cmake --build build/bench -j $(JOBS) --target lattice
	bench/extract_corpus.sh build/bench/lattice 100
	bench/ingest_corpus.sh build/bench/lattice 100
	cmake --build build/bench -j $(JOBS) --target bench_alliance_networks
	./build/bench/bench/bench_alliance_networks ../shared/data 3
	$${PYTHON:-/usr/bin/python3} bench/alliance_networks_networkx.py ../shared/data 3
	$${PYTHON:-/usr/bin/python3} -c 'import igraph' 2>/dev/null && $${PYTHON:-/usr/bin/python3} bench/alliance_networks_igraph.py ../shared/data 3 || echo "python3-igraph not installed: skipping its baseline"
	cmake --build build/bench -j $(JOBS) --target bench_bargain_simulate
	./build/bench/bench/bench_bargain_simulate
	cmake --build build/bench -j $(JOBS) --target bench_scenario_simulate
	./build/bench/bench/bench_scenario_simulate
	cmake --build build/bench -j $(JOBS) --target bench_bargain_smp
	./build/bench/bench/bench_bargain_smp
	cmake --build build/bench -j $(JOBS) --target bench_long_inputs
	./build/bench/bench/bench_long_inputs

# The agenda grouping's parameter search (docs/agenda.md section 4); minutes, prints the grid.
tune-agenda: deps
	cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DLATTICE_TESTS=OFF -DLATTICE_BENCH=ON
	cmake --build build/bench -j $(JOBS) --target agenda_tune_grid
	./build/bench/bench/agenda_tune_grid

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'fuzz/*.cpp')

clean:
	rm -rf build report
