# Convenience targets around CMake. See README / DESIGN.md.
#   make demo   build (Release) and compile + run examples/hello.rs
#   make check  Debug + ASan/UBSan build, run the whole test suite
#   make bench  Release build, run the benchmarks
#   make build  Release build only
#   make package  Release build, then build/rustg-vk_VERSION_ARCH.deb (cpack)
#   make install  Release build, installed under PREFIX (default /usr/local)
#   make clean  remove the build directories

.PHONY: all deps configure build demo check-configure check-build check bench clean package install

NPROC := $(shell nproc 2>/dev/null || echo 4)
BUILD_DIR := build
CHECK_DIR := build-check

all: build

deps:
	./tools/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release

build: configure
	cmake --build $(BUILD_DIR) -j$(NPROC)

demo: build
	./$(BUILD_DIR)/rustg-vk examples/hello.rs -o $(BUILD_DIR)/hello
	./$(BUILD_DIR)/hello

check-configure: deps
	cmake -S . -B $(CHECK_DIR) -DCMAKE_BUILD_TYPE=Debug -DRUSTG_SANITIZE=ON

check-build: check-configure
	cmake --build $(CHECK_DIR) -j$(NPROC)

# Vulkan drivers leak at exit: leak detection would flag every run.
check: check-build
	ASAN_OPTIONS=detect_leaks=0 ctest --test-dir $(CHECK_DIR) --output-on-failure -j2

package: build
	cmake --build $(BUILD_DIR) --target package

PREFIX ?= /usr/local
install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

bench: build
	bench/run.sh $(BUILD_DIR)/rustg-vk
	bench/lex.sh $(BUILD_DIR)/rustg-vk
	bench/parse.sh $(BUILD_DIR)/rustg-vk

clean:
	rm -rf $(BUILD_DIR) $(CHECK_DIR)

# The lexer's proof harness: every .rs file of Debian's rust-src and packaged
# crates, token by token against proc-macro2 (tools/corpus.sh; report in
# build/corpus-report.txt). Installs its own Debian packages; never part of
# `make check`. e.g. make corpus CORPUS_ARGS="--limit 300"
.PHONY: corpus parse-corpus
corpus: build
	tools/install-corpus-deps.sh && tools/corpus.sh $(CORPUS_ARGS)
	tools/parse-corpus/corpus.py compare --rustg $(BUILD_DIR)/rustg-vk

# The grammar-driven parser's accept/reject verdicts against rustc's recorded
# ones (tests/parse/corpus-verdicts.txt) over the same corpus, then its tree
# shapes against syn's (tools/parse-corpus/shape.py); reports in
# build/parse-corpus-report.txt and build/shape-report.txt.
parse-corpus: build
	tools/install-corpus-deps.sh && tools/parse-corpus/corpus.py compare --rustg $(BUILD_DIR)/rustg-vk && \
	  tools/parse-corpus/shape.py --rustg $(BUILD_DIR)/rustg-vk

# Differential fuzzing against rustc (tools/fuzz; needs rustc): N generated
# programs and/or N mutants of the tests, compiled in batched processes;
# mismatches, shrunk, in build/fuzz/mismatch/, summary in build/fuzz/report.txt.
#   make fuzz N=1000 SEED=42 MODE=gen|mutate|both
# `make fuzz-record` re-records the sample that `make check` runs (tests/fuzz/).
N ?= 500
SEED ?= 1
MODE ?= both
.PHONY: fuzz fuzz-record
fuzz: build
	python3 tools/fuzz/fuzz.py --mode $(MODE) -n $(N) --seed $(SEED) --compiler $(BUILD_DIR)/rustg-vk --work $(BUILD_DIR)/fuzz $(FUZZ_ARGS)

fuzz-record: build
	python3 tools/fuzz/record-sample.py --compiler $(BUILD_DIR)/rustg-vk $(FUZZ_ARGS)
