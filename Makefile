# Lattice: `make demo` runs the main job on the embedded model, `make test` runs every test.
# Both install the Debian packages they need first (`make deps`).

BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)
DEBIAN_PACKAGES := cmake g++ make pkg-config python3 libfmt-dev nlohmann-json3-dev libcli11-dev \
                   libtomlplusplus-dev libgtest-dev libgmock-dev libbenchmark-dev clang-format \
                   libxml2-dev libpoppler-cpp-dev libsqlite3-dev libigraph-dev python3-networkx libstemmer-dev
CMAKE_FLAGS := -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

.PHONY: all deps build test demo report fuzz format clean bench

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

# Tests build with AddressSanitizer and UndefinedBehaviorSanitizer in build/test.
test: deps
	cmake -S . -B build/test -DCMAKE_BUILD_TYPE=Debug -DLATTICE_SANITIZE=ON -DLATTICE_TESTS=ON
	cmake --build build/test -j $(JOBS)
	cd build/test && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS)

demo: build
	./build/release/lattice summary
	./build/release/lattice report --out report/index.html

FUZZ_PACKAGES := clang libclang-rt-14-dev

fuzz: deps
	@for p in $(FUZZ_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(FUZZ_PACKAGES); break; }; done
	CXX=clang++ cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLATTICE_FUZZ=ON -DLATTICE_TESTS=OFF
	cmake --build build/fuzz -j $(JOBS) --target fuzz_model_loader fuzz_csv fuzz_text_readers fuzz_extract fuzz_scenario_file fuzz_bargain
	mkdir -p build/fuzz/corpus-model && ./build/fuzz/fuzz/fuzz_model_loader -max_total_time=$${FUZZ_SECONDS:-60} build/fuzz/corpus-model tests/fixtures/fuzz-seeds
	mkdir -p build/fuzz/corpus-csv && ./build/fuzz/fuzz/fuzz_csv -max_total_time=$${FUZZ_SECONDS:-60} build/fuzz/corpus-csv
	mkdir -p build/fuzz/corpus-text && ./build/fuzz/fuzz/fuzz_text_readers -max_total_time=$${FUZZ_SECONDS:-60} build/fuzz/corpus-text tests/fixtures/fuzz-seeds/text
	mkdir -p build/fuzz/corpus-extract && ./build/fuzz/fuzz/fuzz_extract -max_total_time=$${FUZZ_SECONDS:-60} -max_len=65536 build/fuzz/corpus-extract tests/fixtures/fuzz-seeds/extract
	mkdir -p build/fuzz/corpus-scenario && ./build/fuzz/fuzz/fuzz_scenario_file -max_total_time=$${FUZZ_SECONDS:-60} build/fuzz/corpus-scenario tests/fixtures/fuzz-seeds/scenario
	mkdir -p build/fuzz/corpus-bargain && ./build/fuzz/fuzz/fuzz_bargain -max_total_time=$${FUZZ_SECONDS:-60} build/fuzz/corpus-bargain tests/fixtures/fuzz-seeds/bargain

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

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'fuzz/*.cpp')

clean:
	rm -rf build report
