# newsfacts: build, run, test. `make run` and `make test` work on a fresh clone.
GO      ?= go
BIN     := bin/newsfacts
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
SAMPLE  := testdata/kosovo-kfor-2023-05-30.txt
FUZZTIME ?= 10s

.PHONY: build run test fuzz bench lint golden eval clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/newsfacts

run: build
	$(BIN) --format table $(SAMPLE)

# test: lint, the whole suite, then a short fuzz run of every fuzz target.
test: lint
	$(GO) test ./...
	$(MAKE) fuzz FUZZTIME=5s

fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

# golden refreshes the golden files of the packages that define -update.
golden:
	$(GO) test ./cmd/newsfacts -run Golden -update

clean:
	rm -rf bin
