# The project's commands. `make test` is the whole test suite, the one CI
# runs; `make run` is the main job: the demo pages with the study-choice
# widget, on the embedded data.
GO       ?= go
FUZZTIME ?= 50000x
BENCHTIME ?= 1s

WIDGET   ?= dist/auhl
AXE      := examples/demo/testdata/axe

.PHONY: run test check vet unit race fuzz bench schemas wasm wasmtest webtest axe

# The demo: the widget on a UHasselt and a PXL page, on localhost.
run:
	$(GO) run ./examples/demo

# Everything, as CI runs it: formatting, vet, the unit and browser tests
# with the race detector (the browser tests need Debian's chromium and
# axe-core from npm), the wasm package's tests under Node, every fuzz
# target for FUZZTIME, the widget's build.
test: check axe unit wasmtest fuzz wasm

# Formatting, vet, staticcheck (run at a pinned version, not a
# dependency), and go.mod and go.sum as go mod tidy would leave them (it
# prints what it would change, and fails).
STATICCHECK ?= honnef.co/go/tools/cmd/staticcheck@v0.8.2

check:
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) run $(STATICCHECK) ./...
	$(GO) mod tidy -diff

unit:
	$(GO) test -race -count=1 ./...

# axe-core for the accessibility checks, at the version package-lock.json
# pins.
axe:
	npm ci --prefix $(AXE) --no-audit --no-fund

# The Go side of the widget, tested in Node as js/wasm, built as the
# module is: with the tag auhlwidget (generated data, no encoding/json).
wasmtest:
	GOOS=js GOARCH=wasm $(GO) test -tags auhlwidget -count=1 -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm

# The element's pure functions (wasm/web), tested with Node's test runner.
webtest:
	node --test wasm/web/test/*.test.js

fuzz:
	./scripts/fuzz-smoke.sh $(FUZZTIME)

bench: axe
	$(GO) test -run='^$$' -bench=. -benchmem -benchtime=$(BENCHTIME) ./...

# Regenerate the committed JSON Schemas from the Go types.
schemas:
	$(GO) run ./examples/schemas

# The widget's folder: the .wasm (and its gzip and brotli), wasm_exec.js of
# this Go, and auhl-advisor.js, each script compressed beside it too.
wasm:
	$(GO) run ./wasm/cmd/build -o $(WIDGET)
