# Article annotator: see README.md.
GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
EVAL_DIR  ?= ../shared/eval
ADDR      ?= localhost:8080

.PHONY: all test test-native test-wasm bench eval fuzz lint wasm serve size clean

all: wasm

## test: the whole suite, as CI runs it (native, the engine under WebAssembly, the browser).
test: wasm test-native test-wasm

test-native:
	$(GO) vet ./...
	$(GO) test ./...

test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" ./internal/...

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
wasm: web/annotator.wasm web/wasm_exec.js

web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

web/annotator.wasm: $(shell find internal wasm -name '*.go' 2>/dev/null) go.mod
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $@ ./wasm

## serve: build and serve the page on http://$(ADDR).
serve: wasm
	$(GO) run ./cmd/serve -addr $(ADDR) -dir web

clean:
	rm -f web/annotator.wasm web/wasm_exec.js web/*.br web/*.gz
