# Two commands on a fresh Debian 12 machine:
#   make run   installs what the build needs, builds, codes the bundled example
#   make test  the same set-up, then every test
BUILD ?= build
JOBS  ?= $(shell nproc)

.PHONY: all deps configure build run test eval bench conformance clean

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

eval: build
	$(BUILD)/tacitus eval eval/gold.jsonl

bench: build
	bash bench/run.sh $(BUILD)

# The peers' own test suites (PETRARCH2, TABARI) coded with their own
# dictionaries; fails if a score drops below conformance/floors.txt.
conformance: build
	$(BUILD)/tacitus conformance --floors conformance/floors.txt

clean:
	rm -rf $(BUILD)
