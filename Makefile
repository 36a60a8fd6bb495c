# Article annotator: see README.md.
GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
EVAL_DIR  ?= ../shared/eval
ADDR      ?= localhost:8080

.PHONY: all test test-native test-wasm test-pipeline bench eval fuzz lint wasm serve size clean test-e2e bench-e2e

all: wasm

## test: the whole suite, as CI runs it (native, the engine under WebAssembly, the browser).
test: wasm test-native test-wasm test-pipeline

test-native:
	$(GO) vet ./...
	$(GO) test ./...

## test-pipeline: the Beam pipeline, its own module (pipeline/go.mod), on the in-process runner.
test-pipeline:
	cd pipeline && $(GO) vet ./... && $(GO) test ./...

test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" ./internal/... ./wasm

## bench: engine speed on >= 1 MB of varied news text.
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./internal/...

## eval: accuracy on ../shared/eval (a report, not a test).
eval:
	$(GO) run ./cmd/eval -dir $(EVAL_DIR)

## fuzz: run each fuzz target for a while.
FUZZTIME ?= 30s
FUZZ_TARGETS := FuzzAnnotate FuzzUTF16Map FuzzFindDates FuzzRenderMarkdown FuzzRenderPlain
fuzz:
	for f in $(FUZZ_TARGETS); do \
		$(GO) test -run='^$$' -fuzz="^$$f\$$" -fuzztime=$(FUZZTIME) ./internal/annotate || exit 1; \
	done

lint:
	@test -z "$$(gofmt -l .)" || (gofmt -l . && exit 1)
	$(GO) vet ./...

## wasm: the WebAssembly module and its loader, into web/.
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
# -gcflags=all=-l (no inlining) makes the module about 10% smaller after
# brotli (1.056 MB -> 0.95 MB) at no measurable cost in speed under
# WebAssembly; e2e/harness_test.go builds with the same flags.
wasm: web/annotator.wasm web/wasm_exec.js

web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

web/annotator.wasm: $(shell find internal wasm -name '*.go' 2>/dev/null) go.mod
	GOOS=js GOARCH=wasm $(GO) build -trimpath -gcflags=all=-l -ldflags="-s -w -X main.version=$(VERSION)" -o $@ ./wasm

## serve: build and serve the page on http://$(ADDR) (run make size first to serve brotli).
serve: wasm
	$(GO) run ./cmd/serve -addr $(ADDR) -dir web

## size: what the page downloads, raw, gzip -9 and brotli -q 11; writes the
## .br files that cmd/serve sends to browsers that accept brotli.
PAGE_ASSETS := index.html style.css app.js worker.js annotator.js wasm_exec.js favicon.svg annotator.wasm
BUDGET      := 1000000
size: wasm
	@command -v brotli >/dev/null || echo "brotli not installed (apt-get install brotli): brotli column is 0"
	@cd web && printf '%-16s %10s %10s %10s\n' file raw gzip brotli && \
	tr=0; tg=0; tb=0; \
	for f in $(PAGE_ASSETS); do \
		r=$$(wc -c < $$f); g=$$(gzip -9 -c $$f | wc -c); b=0; \
		if command -v brotli >/dev/null; then brotli -f -q 11 -o $$f.br $$f && b=$$(wc -c < $$f.br); fi; \
		printf '%-16s %10d %10d %10d\n' $$f $$r $$g $$b; \
		tr=$$((tr + r)); tg=$$((tg + g)); tb=$$((tb + b)); \
	done; \
	printf '%-16s %10d %10d %10d\n' total $$tr $$tg $$tb; \
	if [ $$tb -gt $(BUDGET) ]; then echo "brotli total is over the $(BUDGET)-byte budget"; else echo "brotli total is within the $(BUDGET)-byte budget"; fi

## test-e2e: the bridge under Node and the page in headless Chromium.
test-e2e: wasm
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" ./wasm
	$(GO) test -count=1 ./e2e

## bench-e2e: page load to the seed article highlighted, and 1 MB in the worker.
bench-e2e:
	$(GO) test -run='^$$' -bench=. -benchtime=3x ./e2e

clean:
	rm -f web/annotator.wasm web/wasm_exec.js web/*.br web/*.gz
