# Instore Packing Station: quick start on Debian 12 (python3, python3-venv, python3-pip, make, git).
#   make demo                 run the app against the built-in OMS simulator (needs a display)
#   make test                 run the whole test suite offscreen; extra pytest args: make test ARGS="-k scan -x"
#   make bench                run every benchmarks/bench_*.py (prints median and p99)
#   make bundle               build the PyInstaller bundle dist/instore-app/ and run its --self-test
#   make install              just create .venv and install the pinned dependencies
#   make translations         compile translations/*.ts into the .qm files the app loads
#   make clean / distclean    remove caches and build output / also the .venv
# System libraries Qt needs are checked (and installed when root or with passwordless sudo) by
# scripts/ensure-system-deps.sh. Dependencies are the exact pins of requirements/lock.txt.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARGS   ?=

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1
export PIP_PROGRESS_BAR := off

QT_OFFSCREEN := QT_QPA_PLATFORM=offscreen QT_API=pyside6

.PHONY: help install translations demo test bench clean distclean system-deps-test system-deps-gui

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

# --- environment --------------------------------------------------------------------------

# A venv whose creation failed half-way (Debian without python3-venv) is removed, so the
# next run does not mistake it for a working one.
$(VPY):
	@echo "creating $(VENV) with $$($(PYTHON) -V 2>&1)"
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "error: '$(PYTHON) -m venv' failed; on Debian/Ubuntu: sudo apt-get install python3-venv" >&2; exit 1; }

# Reinstalls only when the lock file or pyproject.toml changes (or the venv is new).
$(STAMP): requirements/lock.txt pyproject.toml | $(VPY)
	@echo "installing requirements/lock.txt and the app (editable) into $(VENV)"
	$(VPY) -m pip install -q -r requirements/lock.txt
	$(VPY) -m pip install -q --no-deps -e .
	@touch $@

install: $(STAMP) translations

# --- translations ---------------------------------------------------------------------------

# The .ts files are the sources (scripts/update_translations.py extracts the strings); the
# compiled .qm files are build output (not committed), rebuilt only when their .ts changes.
TS_FILES := $(wildcard translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

translations/%.qm: translations/%.ts | $(STAMP)
	@$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

system-deps-test:
	@bash scripts/ensure-system-deps.sh test

system-deps-gui:
	@bash scripts/ensure-system-deps.sh gui

# --- the quick-start commands -------------------------------------------------------------

demo: system-deps-gui $(STAMP) translations
	@if [ -z "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ] && [ -z "$${QT_QPA_PLATFORM:-}" ]; then \
	  echo "error: no display (DISPLAY/WAYLAND_DISPLAY unset). Run it on a desktop session," \
	       "or under a virtual one: xvfb-run -a make demo" >&2; exit 1; fi
	QT_API=pyside6 $(VENV)/bin/instore-app --demo

test: system-deps-test $(STAMP) translations
	$(QT_OFFSCREEN) $(VPY) -m pytest $(ARGS)

bench: system-deps-test $(STAMP) translations
	@shopt -s nullglob; files=(benchmarks/bench_*.py); \
	if [ $${#files[@]} -eq 0 ]; then echo "no benchmarks/bench_*.py yet"; exit 0; fi; \
	rc=0; for f in "$${files[@]}"; do \
	  echo "== $$f"; $(QT_OFFSCREEN) $(VPY) "$$f" || { echo "FAILED: $$f" >&2; rc=1; }; \
	done; exit $$rc

# --- the bundle ---------------------------------------------------------------------------

# One-folder PyInstaller bundle in dist/instore-app/ (packaging/instore-app.spec); the script
# installs the pinned build tools, compiles translations/*.ts, builds, and fails unless the
# bundle's own `instore-app --self-test` passes (offscreen). About a minute on CI's machine.
.PHONY: bundle
bundle: system-deps-test $(STAMP)
	VENV=$(VENV) bash scripts/build-bundle.sh

# --- cleaning -----------------------------------------------------------------------------

clean:
	rm -rf build dist .pytest_cache .hypothesis *.egg-info
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
