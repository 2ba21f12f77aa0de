# coachkit - build, test and install.
#
#   make run       install what is missing, build, build the bundled site
#   make test      install test dependencies, run every test
#   make sanitize  the tests again on an ASan+UBSan build
#   make bench     a 10,000-lesson build against the cmark tool, then
#                  make lighthouse (every page type, phone and desktop)
#   make fuzz      each libFuzzer harness for FUZZ_SECONDS (default 60)
#   make install   PREFIX=/usr/local DESTDIR= (binary, theme, man page,
#                  bash completion)

VERSION  = 0.1.0
PREFIX  ?= /usr/local
CC      ?= cc
PKGS     = libcmark yaml-0.1 fontconfig libqrencode libzip harfbuzz-subset libpng libjpeg libmicrohttpd zlib libdeflate
CFLAGS  ?= -O2 -g
WARN     = -Wall -Wextra -Werror
CPPFLAGS = -Igenerator -D_POSIX_C_SOURCE=200809L \
	   -DCOACHKIT_VERSION='"$(VERSION)"'
ALL_CFLAGS = -std=c11 -pthread $(WARN) $(CFLAGS) $(CPPFLAGS) \
	     $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS     = $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lcmark -lyaml -lfontconfig -lqrencode -lzip -lpng -ljpeg -lharfbuzz-subset -lharfbuzz -lmicrohttpd -lz -ldeflate) \
	   -lhpdf -lhyphen -lstemmer -lm

# Debian packages: to build, and for the tests.
DEPS      = gcc make pkg-config libcmark-dev libhpdf-dev libyaml-dev \
	    libfontconfig-dev fonts-noto-core libhyphen-dev hyphen-nl \
	    libqrencode-dev libstemmer-dev libzip-dev libpng-dev \
	    libjpeg62-turbo-dev libharfbuzz-dev libmicrohttpd-dev zlib1g-dev \
	    libdeflate-dev
FUZZ_DEPS = clang libclang-rt-14-dev
TEST_DEPS = $(DEPS) $(FUZZ_DEPS) time valgrind poppler-utils qpdf \
	    libxml2-utils zbar-tools unzip man-db groff-base strace
BENCH_DEPS = $(DEPS) cmark time bc valgrind poppler-utils

BUILD    = build
SRC      = $(wildcard generator/*.c generator/*/*.c)
OBJ      = $(SRC:%.c=$(BUILD)/%.o)
LIB_OBJ  = $(filter-out $(BUILD)/generator/main.o,$(OBJ))
TESTS    = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c)) \
	   $(BUILD)/tests/tools/imgdiff $(BUILD)/tests/tools/stemdump \
	   $(BUILD)/tests/tools/mkimages $(BUILD)/tests/tools/hbadvance

.PHONY: all objs deps test-deps run test sanitize bench lighthouse clean install regen \
	fuzz fuzz-build

all: coachkit

# The objects alone: tests/e2e/cflags.sh compiles them with other CFLAGS
# and compilers into another BUILD folder.
objs: $(OBJ)

coachkit: $(OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJ) $(LIBS)

# coachkit linked inside another BUILD folder (tests/e2e/threads.sh makes
# one with ThreadSanitizer).
$(BUILD)/coachkit: $(OBJ)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJ) $(LIBS)

$(BUILD)/%.o: %.c $(wildcard generator/*.h generator/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/check.h $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(LIB_OBJ) $(LIBS)

$(BUILD)/tests/tools/%: tests/tools/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIBS)

deps:
	@sh tests/tools/apt-install.sh $(DEPS)

test-deps:
	@sh tests/tools/apt-install.sh $(TEST_DEPS)
	@sh tests/tools/npm-install.sh
	@sh tests/tools/npm-install.sh tests/lighthouse

run: deps
	$(MAKE) all
	./coachkit build

test: test-deps
	$(MAKE) all $(TESTS)
	@sh tests/run.sh

sanitize: deps
	$(MAKE) clean
	$(MAKE) all $(TESTS) CFLAGS='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all'
	@ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/tools/lsan.supp:print_suppressions=0 COACHKIT_SANITIZE=1 sh tests/run.sh
	$(MAKE) clean

# 10,000 lessons against the cmark command-line tool (see tests/bench/).
bench: all
	@sh tests/tools/apt-install.sh $(BENCH_DEPS)
	@sh tests/bench/run.sh
	@$(MAKE) -s lighthouse

# Lighthouse 12.2.3 on every page type, phone and desktop: 100 in each
# category (tests/lighthouse/run.js).
lighthouse: all
	@sh tests/tools/npm-install.sh tests/lighthouse
	@node tests/lighthouse/run.js

# Fuzzing with clang's libFuzzer: the library again, instrumented and with
# ASan and UBSan, in build/fuzz (the normal build is untouched), and one
# program per harness in tests/fuzz/. `make fuzz` runs each in turn for
# FUZZ_SECONDS on a working corpus in build/fuzz/corpus/ seeded from
# tests/fuzz/corpus/; crashes go to build/fuzz/crashes/.
FUZZ_SECONDS ?= 60
FUZZ_CC    = clang
FUZZ_BUILD = $(BUILD)/fuzz
FUZZ_FLAGS = -std=c11 -pthread $(WARN) -O1 -g -fno-omit-frame-pointer \
	     -fsanitize=address,undefined -fno-sanitize-recover=all \
	     $(CPPFLAGS) $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
FUZZ_OBJ   = $(LIB_OBJ:$(BUILD)/%=$(FUZZ_BUILD)/%)
FUZZERS    = $(patsubst tests/fuzz/%.c,$(FUZZ_BUILD)/%,\
	       $(wildcard tests/fuzz/fuzz_*.c))

$(FUZZ_BUILD)/generator/%.o: generator/%.c $(wildcard generator/*.h generator/*/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJ)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_FLAGS) -fsanitize=fuzzer -Itests/fuzz -o $@ $< \
		$(FUZZ_OBJ) $(LIBS) -lpng16

fuzz-build: $(FUZZERS)
.SECONDARY: $(FUZZ_OBJ)

fuzz:
	@sh tests/tools/apt-install.sh $(DEPS) $(FUZZ_DEPS)
	$(MAKE) fuzz-build
	@sh tests/fuzz/run.sh -t $(FUZZ_SECONDS) -w $(FUZZ_BUILD)

# Refresh the golden files: the bad-content corpus and the reference page
# images (check the diff, and look at the pages!).
regen: all $(TESTS)
	@sh tests/run.sh --regen

# The binary; layouts/ (the site's templates, the UI strings, the print
# layouts and the templates of coachkit new) and assets/ as the installed
# theme; the manual page and the bash completion.
MANDIR  = $(PREFIX)/share/man/man1
COMPDIR = $(PREFIX)/share/bash-completion/completions
install: coachkit
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/coachkit \
		$(DESTDIR)$(MANDIR) $(DESTDIR)$(COMPDIR)
	install -m 755 coachkit $(DESTDIR)$(PREFIX)/bin/coachkit
	cp -R layouts assets $(DESTDIR)$(PREFIX)/share/coachkit/
	install -m 644 doc/coachkit.1 $(DESTDIR)$(MANDIR)/coachkit.1
	install -m 644 completion/coachkit.bash $(DESTDIR)$(COMPDIR)/coachkit

clean:
	rm -rf $(BUILD) coachkit
