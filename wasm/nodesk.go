//go:build js && wasm && nodesk

package main

import (
	"syscall/js"

	"github.com/newsroom/annotator/internal/annotate"
)

// The nodesk build tag leaves the editor's desk out of the bridge: no
// summarize or export, and annotate's result has no summary member. The
// embed's module is built with it (and with nomarkdown; see the
// Makefile): the embed summarizes in JavaScript (web/js/summary.js) and
// never exports, and the desk's encoders (encoding/json, fmt) would weigh
// about 0.2 MB brotli in every reader's download.

// registerDesk adds nothing to the bridge in this build.
func registerDesk(js.Value) {}

// withSummary returns resJSON as it is: this build gives no summary.
func withSummary(resJSON []byte, _ string, _ annotate.Result) ([]byte, error) { return resJSON, nil }
