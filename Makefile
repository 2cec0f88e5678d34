# MathMotion: `make run` serves the UI and API, `make test` runs every test.
# Both install what is missing first (scripts/install-deps.sh).

PORT ?= 8080
DATA_DIR ?= $(CURDIR)/data
export PORT DATA_DIR

CC ?= gcc
APXS ?= apxs
BUILD := build
VENV := $(CURDIR)/.cache/venv

APR_CFLAGS := $(shell apr-1-config --cppflags --includes 2>/dev/null)
APR_LIBS := $(shell apu-1-config --link-ld 2>/dev/null) \
            $(shell apr-1-config --link-ld 2>/dev/null)
WARN := -Wall -Wextra -Werror
CSTD := -std=c11 -D_GNU_SOURCE
SAN := -fsanitize=address,undefined -fno-omit-frame-pointer

COMMON_SRC := $(wildcard common/*.c)
COMMON_HDR := $(wildcard common/*.h)
AGENT_SRC := $(wildcard render-agent/*.c)
AGENT_HDR := $(wildcard render-agent/*.h)
MODULE_SRC := $(wildcard mod_mathmotion/*.c)
MODULE_HDR := $(wildcard mod_mathmotion/*.h)
AGENT_LIBS := $(APR_LIBS) -ljansson -lcurl -lcrypto -lpthread -lm
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,\
                $(wildcard tests/unit/test_*.c))

.PHONY: all deps build run stop test test-unit test-integration lint \
        format clean bench coverage

all: build

deps:
	@bash scripts/install-deps.sh

build: $(BUILD)/mod_mathmotion.so $(BUILD)/render-agent

# The module is built by apxs (libtool), which leaves its objects beside
# the sources; they are git-ignored.
$(BUILD)/mod_mathmotion.so: $(MODULE_SRC) $(MODULE_HDR) $(COMMON_SRC) \
                            $(COMMON_HDR)
	@mkdir -p $(BUILD)
	$(APXS) -c -o mod_mathmotion.la -Wc,"$(CSTD) $(WARN)" -Icommon \
	    $(MODULE_SRC) $(COMMON_SRC) -ljansson -lcrypto
	@# install replaces the file, so a running httpd keeps its old copy.
	install -m 0755 .libs/mod_mathmotion.so $@

$(BUILD)/render-agent: $(AGENT_SRC) $(AGENT_HDR) $(COMMON_SRC) $(COMMON_HDR)
	@mkdir -p $(BUILD)
	$(CC) $(CSTD) $(WARN) -g -O2 $(APR_CFLAGS) -Icommon -Irender-agent \
	    $(AGENT_SRC) $(COMMON_SRC) $(AGENT_LIBS) -o $@

# The agent again under AddressSanitizer and UBSan, used by the tests.
$(BUILD)/asan/render-agent: $(AGENT_SRC) $(AGENT_HDR) $(COMMON_SRC) \
                            $(COMMON_HDR)
	@mkdir -p $(BUILD)/asan
	$(CC) $(CSTD) $(WARN) -g -O1 $(SAN) $(APR_CFLAGS) -Icommon \
	    -Irender-agent $(AGENT_SRC) $(COMMON_SRC) $(AGENT_LIBS) -o $@

# Each unit test links the shared code and the agent's code but its main.
$(BUILD)/unit/%: tests/unit/%.c $(COMMON_SRC) $(AGENT_SRC) $(COMMON_HDR) \
                 $(AGENT_HDR) $(wildcard tests/unit/*.h)
	@mkdir -p $(BUILD)/unit
	$(CC) $(CSTD) $(WARN) -g -O1 $(SAN) $(APR_CFLAGS) -Icommon \
	    -Irender-agent -Itests/unit -DRA_NO_MAIN $< $(COMMON_SRC) \
	    $(AGENT_SRC) $(AGENT_LIBS) -o $@

run: deps build
	@bash scripts/run.sh

stop:
	@bash scripts/stop.sh

test: deps build $(BUILD)/asan/render-agent $(UNIT_TESTS)
	@bash scripts/test.sh

test-unit: $(UNIT_TESTS)
	@fail=0; for t in $(UNIT_TESTS); do $$t || fail=1; done; exit $$fail

# Speed and memory figures with same-run references (see bench/).
bench: deps build
	@bash bench/run.sh

lint:
	@bash scripts/lint.sh

format:
	clang-format -i $(COMMON_SRC) $(COMMON_HDR) $(AGENT_SRC) $(AGENT_HDR) \
	    $(MODULE_SRC) $(MODULE_HDR) tests/unit/*.c tests/unit/*.h

clean:
	rm -rf $(BUILD) mod_mathmotion.la .libs mod_mathmotion/*.lo \
	    mod_mathmotion/*.slo mod_mathmotion/*.o mod_mathmotion/.libs \
	    common/*.lo common/*.slo common/*.o common/.libs .libs

# The offline generator over the prompt suite (tests/prompts/suite.tsv):
# the share of prompts understood, validated and rendered (last frames,
# through the agent's one-shot mode). The README quotes its last line.
coverage: deps build
	@python3 tests/prompts/coverage.py --render
