# syscallc — top-level GNU Makefile.
#
# This file holds what every area shares (flags, build directories, the phony
# targets users type). Each area adds its own rules in <area>/rules.mk and
# registers its targets in the lists below, so that `make check` is one
# command however many areas there are.
#
#   make            build everything and regenerate out/
#   make check      run every test (the README's test command; CI runs it)
#   make regen      regenerate out/ from spec/ with the freshly built syscallc
#   make golden     rewrite golden files from the current outputs (read the diff!)
#   make bench      benchmarks (never part of check)
#   make fuzz       fuzz the syscallc front end (FUZZ_SECONDS=…)
#   make install    PREFIX=/usr/local DESTDIR=
#   make deps       install missing Debian packages (root) or print the command
#   make demo       run the main job on the default spec and show what it wrote
#   make clean
#
# Variables: SANITIZE=1 (ASan+UBSan), TSAN=1 (ThreadSanitizer), V=1 (verbose).

.DEFAULT_GOAL := all
.SUFFIXES:
.DELETE_ON_ERROR:
SHELL := /bin/bash

PREFIX ?= /usr/local
DESTDIR ?=
CC ?= cc
ifeq ($(origin CC),default)
CC := gcc
endif
LEX := flex
YACC := bison
PKG_CONFIG ?= pkg-config

# Warnings are errors everywhere: a warning in CI is a failure (DESIGN.md).
WARNINGS := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wwrite-strings -Werror
OPT ?= -O2
CSTD := -std=gnu11
BASE_CFLAGS := $(CSTD) $(OPT) -g $(WARNINGS) -D_GNU_SOURCE
CFLAGS ?=
LDFLAGS ?=

# One build directory per instrumentation, so switching flavours never mixes
# objects.
ifeq ($(SANITIZE),1)
BUILD := build/asan
SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
else ifeq ($(TSAN),1)
BUILD := build/tsan
SAN_FLAGS := -fsanitize=thread -fno-omit-frame-pointer
else
BUILD := build/default
SAN_FLAGS :=
endif
ALL_CFLAGS = $(BASE_CFLAGS) $(SAN_FLAGS) $(CFLAGS)
ALL_LDFLAGS = $(SAN_FLAGS) $(LDFLAGS)

ifeq ($(V),1)
Q :=
else
Q := @
endif

# Lists the area fragments append to.
ALL_TARGETS :=
CHECK_TARGETS :=
REGEN_TARGETS :=
GOLDEN_TARGETS :=
BENCH_TARGETS :=
FUZZ_TARGETS :=
INSTALL_TARGETS :=
DEMO_TARGETS :=

include $(sort $(wildcard */rules.mk */*/rules.mk))

.PHONY: all check regen golden bench fuzz install demo deps clean
all: $(ALL_TARGETS) regen
check: $(CHECK_TARGETS)
	@echo "make check: all test groups passed"
regen: $(REGEN_TARGETS)
golden: $(GOLDEN_TARGETS)
bench: $(BENCH_TARGETS)
fuzz: $(FUZZ_TARGETS)
install: $(INSTALL_TARGETS)
demo: $(DEMO_TARGETS)
deps:
	@scripts/install-deps
clean:
	rm -rf build
