# The project's commands. `make test` is the whole test suite, the one CI
# runs; `make run` is the main job, the advisor, on the embedded data.
GO       ?= go
FUZZTIME ?= 50000x
BENCHTIME ?= 1s

.PHONY: run test check vet unit race fuzz bench schemas wasm

run:
	$(GO) run ./examples/advise

# Everything, as CI runs it: formatting, vet, the unit tests with the race
# detector, every fuzz target for FUZZTIME, the wasm build.
test: check unit fuzz wasm

check:
	@out=$$(gofmt -l $$(find . -name '*.go' -not -path './.git/*')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

unit:
	$(GO) test -race -count=1 ./...

fuzz:
	./scripts/fuzz-smoke.sh $(FUZZTIME)

bench:
	$(GO) test -run='^$$' -bench=. -benchmem -benchtime=$(BENCHTIME) ./...

# Regenerate the committed JSON Schemas from the Go types.
schemas:
	$(GO) run ./examples/schemas

# The packages the widget links must build for js/wasm without net/http.
wasm:
	GOOS=js GOARCH=wasm $(GO) build ./auhl/ ./auhl/catalog ./auhl/i18n ./studychoice
