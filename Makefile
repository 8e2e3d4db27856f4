# Two commands on a fresh Debian 12 machine:
#   make run   installs what the build needs, builds, codes the bundled example
#   make test  the same set-up, then every test
BUILD ?= build
JOBS  ?= $(shell nproc)

.PHONY: all deps configure build run test bench conformance clean

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: $(BUILD)/CMakeCache.txt

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/tacitus code --format table examples/*.jsonl

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bash bench/run.sh $(BUILD)

clean:
	rm -rf $(BUILD)
