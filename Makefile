# Article annotator: see README.md.
GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
EVAL_DIR  ?= ../shared/eval
ADDR      ?= localhost:8080

.PHONY: all e2e-tools test test-native test-wasm test-js test-pipeline bench eval calibrate fuzz lint wasm compress minified no-brotli serve size clean test-e2e bench-e2e

all: wasm

## test: the whole suite, as CI runs it (native, the engine under WebAssembly, the browser).
test: wasm test-native test-wasm test-js test-pipeline

test-native: e2e-tools minified
	$(GO) vet ./...
	$(GO) test ./...
	$(GO) test -tags nomarkdown -run '^TestNoMarkdownBuild$$' ./internal/annotate/
	$(GO) test -tags nodesk -run '^TestNoDeskBuild$$' ./internal/annotate/

## test-pipeline: the Beam pipeline, its own module (pipeline/go.mod), on the in-process runner.
test-pipeline:
	cd pipeline && $(GO) vet ./... && $(GO) test ./...

test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" ./internal/... ./wasm

## test-js: the pure parts of the page's and the embed's modules, under
## Node's test runner, and the same tests over the minified modules whose
## copies make compress writes (bin/min/web/; assets.test.js, which reads
## the sources' import lines, only over the sources).
test-js: minified
	node --test web/test/
	node --test $(MIN_DIR)/test/

## bench: engine speed on >= 1 MB of varied news text, natively (every
## benchmark) and under js/wasm in Node (BenchmarkAnnotate on one core).
## A js/wasm benchmark needs a count: left to itself it stops after one
## cold iteration, before V8 has optimized the module's code.
WASM_BENCHTIME ?= 5x
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./internal/...
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" -run='^$$' -bench='^BenchmarkAnnotate$$' -benchtime=$(WASM_BENCHTIME) -cpu 1 -benchmem ./internal/annotate/

## eval: accuracy on ../shared/eval (a report, not a test).
eval:
	$(GO) run ./cmd/eval -dir $(EVAL_DIR)

## calibrate: refit the speaker confidence on ../shared/eval's dev file: the
## right speakers per way of attribution, printed as the Go table to paste
## over wayCounts in internal/annotate/quote/confidence.go (counts only),
## with the calibration error before and after. Run it after rule changes,
## when the reliability table of make eval drifts.
calibrate:
	$(GO) run ./cmd/eval -dir $(EVAL_DIR) -calibrate

## fuzz: run every fuzz target of every package (found with go test -list)
## for FUZZTIME. The default is a count of inputs, not a duration: with a
## duration, Go 1.26's fuzz coordinator can fail a target with a bare
## "context deadline exceeded" and no crasher as the time runs out
## (golang/go#75804, fixed in Go 1.27); a count sets no deadline.
FUZZTIME ?= 100000x
fuzz:
	@set -e; for pkg in $$(grep -l '^func Fuzz' $$(find . -name '*_test.go' -not -path './node_modules/*') | xargs -n1 dirname | sort -u); do \
		for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
			echo "fuzz $$pkg $$f"; \
			$(GO) test -run='^$$' -fuzz="^$$f\$$" -fuzztime=$(FUZZTIME) $$pkg; \
		done; \
	done

## lint: gofmt, go vet and staticcheck (natively, and under js/wasm for the
## packages that build there: all but e2e, which drives Chromium from the
## host), and go.mod/go.sum tidy. staticcheck is installed, pinned, into bin/.
STATICCHECK_VERSION := v0.8.2
STATICCHECK         := bin/staticcheck-$(STATICCHECK_VERSION)
WASM_PKGS            = $(shell GOOS=js GOARCH=wasm $(GO) list ./... | grep -v '/e2e$$')
lint: $(STATICCHECK)
	@test -z "$$(gofmt -l .)" || (echo "not gofmt-ed:"; gofmt -l .; exit 1)
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet $(WASM_PKGS)
	$(GO) mod tidy -diff
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) $(WASM_PKGS)

$(STATICCHECK):
	GOBIN=$(CURDIR)/bin $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv bin/staticcheck $@

## wasm: the three WebAssembly modules and their loader, into web/:
## annotator-plain.wasm, the page's first module, built with the nomarkdown
## tag: no goldmark (nor the regexp, net/url and unicode tables it brings);
## annotator.wasm, the whole engine, which the page's worker loads only
## when a text is Markdown (web/js/markdown-module.js), and which
## ArticleAnnotator loads by default; annotator-embed.wasm for the embed,
## built with the nomarkdown and nodesk tags: no Markdown either, since the
## embed reads the article from the DOM (format "markdown" is refused with
## an error), and no render, summarize or export (wasm/nodesk.go), which the
## embed never calls, nor the code that applies an editor's corrections
## (internal/annotate/corrections_nodesk.go refuses any). cmd/wasmpack then
## joins the data segments of each (see internal/wasmpack: about 8% smaller
## after brotli or gzip).
VERSION ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
# The page's two modules are built with inlining, the embed's without
# (WASM_NOINLINE, -gcflags=all=-l): inlining makes the engine about 30%
# faster under WebAssembly (the seed article in Node: 0.75 ms a call
# against 1.04-1.37 ms) and the module about 18% larger after brotli
# (annotator-plain.wasm 0.70 -> 0.83 MB), which the page's 0.95 MB budget
# holds and the embed's 0.70 MB, paid by every reader, does not.
# e2e/harness_test.go builds with the same flags.
WASM_BUILD    := GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w -X main.version=$(VERSION)"
WASM_NOINLINE := -gcflags=all=-l
WASM_PACK  := $(GO) run ./cmd/wasmpack
WASM_SRC   := $(shell find internal wasm -name '*.go' 2>/dev/null) $(shell find internal -path '*/testdata' -prune -o \( -name '*.txt' -o -name '*.names' \) -print 2>/dev/null) cmd/wasmpack/main.go go.mod
wasm: web/annotator.wasm web/annotator-plain.wasm web/annotator-embed.wasm web/wasm_exec.js

web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

web/annotator.wasm: $(WASM_SRC)
	$(WASM_BUILD) -o $@.unpacked ./wasm
	$(WASM_PACK) $@.unpacked $@ && rm $@.unpacked

web/annotator-plain.wasm: $(WASM_SRC)
	$(WASM_BUILD) -tags nomarkdown -o $@.unpacked ./wasm
	$(WASM_PACK) $@.unpacked $@ && rm $@.unpacked

web/annotator-embed.wasm: $(WASM_SRC)
	$(WASM_BUILD) $(WASM_NOINLINE) -tags nomarkdown,nodesk -o $@.unpacked ./wasm
	$(WASM_PACK) $@.unpacked $@ && rm $@.unpacked

## compress: brotli and gzip copies (name.br, name.gz) of what web/ serves,
## beside each file; cmd/serve sends the copy the browser accepts (brotli
## first), and gzips the file itself for a browser that accepts neither
## copy. The copies of the JavaScript and CSS are of the file minified
## (MINIFY: esbuild's --minify, whitespace, comments, local names and
## syntax, into bin/min/web/; the browser tests serve these minified
## copies), the rest of the file as it is; wasm_exec.js, Go's own file, is
## minified with its licence header kept.
## The brotli copies need the brotli command (apt-get install brotli). -n gives each copy the
## time it was written, so make and the server both see it as fresh.
## Quality 11 takes about 15-20 s for the module; make serve BROTLI_Q=5 is
## quicker and larger.
# Every file the page and the embed load (web/test/assets.test.js checks
# these lists against the modules' imports); MARKDOWN_ASSETS is what the
# page loads on top of PAGE_ASSETS for its first Markdown text.
PAGE_ASSETS  := index.html style.css desk.css favicon.svg app.js worker.js annotator.js wasm_exec.js annotator-plain.wasm \
	js/article-marks.js js/chunks.js js/corrections.js js/date-groups.js js/date-list.js js/desk.js \
	js/dom.js js/example.js js/format.js js/highlight.js js/markdown-module.js js/page-view.js js/quote-table.js js/review.js \
	js/sanitize.js js/sources-table.js js/store.js js/tasks.js js/tooltip.js js/worker-client.js
MARKDOWN_ASSETS := annotator.wasm
EMBED_ASSETS := embed.js worker.js annotator.js wasm_exec.js annotator-embed.wasm \
	js/date-list.js js/dateline.js js/dom.js js/embed-annotator.js \
	js/embed-element.js js/embed-marks.js js/embed-panel.js js/embed-styles.js js/engine.js \
	js/format.js js/highlight.js js/marks.js js/worker-client.js
WEB_ASSETS   := $(sort $(PAGE_ASSETS) $(MARKDOWN_ASSETS) $(EMBED_ASSETS) $(patsubst web/%,%,$(wildcard web/*.html web/*.js web/*.css web/*.svg web/js/*.js)))
BROTLI_FILES := $(addprefix web/,$(addsuffix .br,$(WEB_ASSETS)))
GZIP_FILES   := $(BROTLI_FILES:.br=.gz)
BROTLI_Q     ?= 11
HAVE_BROTLI  := $(shell command -v brotli 2>/dev/null)
MIN_DIR      := bin/min/web
MINIFY       := $(GO) tool esbuild --log-level=warning --minify --legal-comments=none --charset=utf8
MINIFIABLE   := $(filter %.js %.css,$(WEB_ASSETS))
# served: the file whose copies are sent (minified or as it is).
served        = $(if $(filter $(1),$(MINIFIABLE)),$(MIN_DIR)/$(1),web/$(1))

compress: wasm $(GZIP_FILES) $(if $(HAVE_BROTLI),$(BROTLI_FILES),no-brotli)

# (Each copy depends on the Makefile too: a change of MINIFY makes them anew.)
$(MIN_DIR)/%: web/% Makefile
	@mkdir -p $(@D)
	$(MINIFY) --outfile=$@ $<

# Go's wasm_exec.js is minified too, its licence (the first three lines,
# a plain comment esbuild would drop) kept above the code.
$(MIN_DIR)/wasm_exec.js: web/wasm_exec.js Makefile
	@mkdir -p $(@D)
	sed -n '1,3p' $< > $@.tmp && $(MINIFY) $< >> $@.tmp && mv $@.tmp $@

# What test-js runs over the minified modules: the tests, copied as they are.
MIN_TESTS  := $(filter-out test/assets.test.js,$(patsubst web/%,%,$(wildcard web/test/*.js))) package.json
MIN_TESTED := $(addprefix $(MIN_DIR)/,$(MIN_TESTS) $(filter-out %.css,$(MINIFIABLE)))
minified: $(MIN_TESTED)
$(addprefix $(MIN_DIR)/,$(MIN_TESTS)): $(MIN_DIR)/%: web/%
	@mkdir -p $(@D)
	cp $< $@

.SECONDEXPANSION:
# A module's copy is the smallest of brotli's default window (24 bits) and
# BROTLI_WINDOWS: on a module of about 4.5 MB the best window moves with
# the build, by up to 1.4 KB (a 2 or 4 MB window often wins); every
# decoder takes any window up to 24 (RFC 7932), so the choice is free.
BROTLI_WINDOWS ?= 21 22
$(BROTLI_FILES): web/%.br: $$(call served,$$*)
	brotli -f -n -q $(BROTLI_Q) -o $@ $<
	$(if $(filter %.wasm,$*),@for w in $(BROTLI_WINDOWS); do \
		brotli -f -n -q $(BROTLI_Q) -w $$w -o $@.w $< && \
		if [ $$(wc -c < $@.w) -lt $$(wc -c < $@) ]; then mv $@.w $@; else rm $@.w; fi; \
	done)

$(GZIP_FILES): web/%.gz: $$(call served,$$*)
	gzip -9 -n -c $< > $@.tmp && mv $@.tmp $@

no-brotli:
	@echo "brotli is not installed (apt-get install brotli): the server sends the gzip copies, and make size needs it"

## serve: build, compress and serve the page on http://$(ADDR).
serve: compress
	$(GO) run ./cmd/serve -addr $(ADDR) -dir web

## size: what the page and the embed download, file by file: raw (the
## file in web/), minified (what its copies hold) and the gzip -9 and
## brotli copies that make serve sends; it fails when a
## brotli total is over its budget (decimal bytes: 0.95 MB and 0.70 MB).
## The page's budget counts what it loads to annotate plain text; its
## Markdown module, loaded for the first Markdown text, is listed apart.
PAGE_BUDGET  := 950000
EMBED_BUDGET := 700000
size: compress
	@test -n "$(HAVE_BROTLI)" || (echo "make size needs brotli (apt-get install brotli)"; exit 1)
	@cd web && fail=0; \
	for build in "page $(PAGE_BUDGET) $(PAGE_ASSETS)" "page-markdown - $(MARKDOWN_ASSETS)" "embed $(EMBED_BUDGET) $(EMBED_ASSETS)"; do \
		set -- $$build; name=$$1; budget=$$2; shift 2; \
		printf '\n%-22s %10s %10s %10s %10s\n' "$$name:" raw minified gzip brotli; \
		tr=0; tm=0; tg=0; tb=0; \
		for f in "$$@"; do \
			m=../$(MIN_DIR)/$$f; [ -f $$m ] || m=$$f; \
			r=$$(wc -c < $$f); n=$$(wc -c < $$m); g=$$(wc -c < $$f.gz); b=$$(wc -c < $$f.br); \
			printf '%-22s %10d %10d %10d %10d\n' $$f $$r $$n $$g $$b; \
			tr=$$((tr + r)); tm=$$((tm + n)); tg=$$((tg + g)); tb=$$((tb + b)); \
		done; \
		printf '%-22s %10d %10d %10d %10d\n' "total ($$#)" $$tr $$tm $$tg $$tb; \
		if [ "$$budget" = - ]; then echo "$$name: loaded only for the first Markdown text (no budget)"; \
		elif [ $$tb -gt $$budget ]; then echo "$$name: brotli total $$tb is over its $$budget-byte budget"; fail=1; \
		else echo "$$name: brotli total $$tb is within its $$budget-byte budget"; fi; \
	done; exit $$fail

## e2e-tools: the browser tests' npm tools (axe-core, pinned in
## e2e/package-lock.json) into e2e/node_modules, with npm ci. Without npm
## the accessibility test skips (except in CI, where .ci/run installs it).
E2E_TOOLS := e2e/node_modules/.package-lock.json
e2e-tools: $(E2E_TOOLS)

$(E2E_TOOLS): e2e/package.json e2e/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		cd e2e && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.package-lock.json; \
	else \
		echo "npm not found: the accessibility test (e2e/a11y_test.go) will skip; install npm (apt-get install npm)"; \
	fi

## test-e2e: the bridge under Node and the page in headless Chromium.
test-e2e: wasm e2e-tools
	GOOS=js GOARCH=wasm $(GO) test -exec="$(WASM_EXEC)" ./wasm
	$(GO) test -count=1 ./e2e

## bench-e2e: page load to the seed article highlighted, 1 MB in the worker,
## the longest main-thread task and time to the first highlight for 1 MB
## and 5 MB pasted and for 1 MB quoting 500 people, and the seed annotated
## warm in the page beside
## chrono-node's dates. chrono-node (pinned in e2e/chrono/package-lock.json)
## is installed for BenchmarkSeedAgainstChrono only; the page and the embed
## never load it.
bench-e2e: wasm e2e-tools e2e/chrono/node_modules/chrono-node/package.json
	$(GO) test -run='^$$' -bench=. -benchtime=3x ./e2e

e2e/chrono/node_modules/chrono-node/package.json: e2e/chrono/package-lock.json
	cd e2e/chrono && npm ci --no-audit --no-fund --ignore-scripts

clean:
	rm -f web/annotator.wasm web/annotator-plain.wasm web/annotator-embed.wasm web/*.unpacked web/wasm_exec.js web/*.br web/*.gz web/js/*.br web/js/*.gz
	rm -rf bin/min
