//go:build js && wasm && nodesk

package main

import "syscall/js"

// The nodesk build tag leaves the page's methods out of the bridge: no
// render (the embed marks the article's own DOM from annotate's result) and
// none of the editor's desk, summarize or export (the embed never corrects
// or exports; annotate's result still carries its summary, see
// summary.go). The embed's module is built with it (and with nomarkdown;
// see the Makefile), so that what only the page uses weighs nothing in
// every reader's download.

// registerPage adds nothing to the bridge in this build.
func registerPage(js.Value) {}
