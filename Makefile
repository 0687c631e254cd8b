# Colossus: the two set-up commands (`make run`, `make test`) and a few helpers.
# Each target installs missing Debian packages first, so a fresh machine needs nothing else.
# `make run` builds only the `colossus` command (no unit tests, no benchmarks); `make test`
# builds the tests too and `make bench` the benchmarks.
BUILD ?= build
ASAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
MAKEFLAGS += --no-print-directory
CMAKE_FLAGS ?=

.PHONY: deps configure build run test sanitize tsan bench format clean

deps:
	@./scripts/install-deps.sh

# Benchmarks are configured only by `make bench`; run and test leave them out.
configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCOLOSSUS_BENCH=OFF $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS) --target colossus

run: build
	./$(BUILD)/colossus simulate

test: configure
	@cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

sanitize: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCOLOSSUS_SANITIZE=ON -DCOLOSSUS_BENCH=OFF >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ctest --output-on-failure -j $(JOBS)

# ThreadSanitizer over the tests that run simulations in parallel threads.
tsan: deps
	@cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOLOSSUS_TSAN=ON -DCOLOSSUS_BENCH=OFF >/dev/null
	@cmake --build build-tsan -j $(JOBS) --target test_sim test_validation
	cd build-tsan && ctest --output-on-failure -R 'Parallel|Threads'

bench: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCOLOSSUS_BENCH=ON $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)
	@for b in $(BUILD)/bench/bench_*; do echo "== $$b"; $$b; done

format:
	@clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-tsan
