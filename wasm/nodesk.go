//go:build js && wasm && nodesk

package main

import "syscall/js"

// The nodesk build tag leaves the editor's desk out of the bridge: no
// summarize or export (the embed never corrects or exports; annotate's
// result still carries its summary, see summary.go). The embed's module is
// built with it (and with nomarkdown; see the Makefile), so that the
// exports' writers weigh nothing in every reader's download.

// registerDesk adds nothing to the bridge in this build.
func registerDesk(js.Value) {}
