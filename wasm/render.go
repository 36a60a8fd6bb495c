//go:build js && wasm

package main

import "github.com/newsroom/annotator/internal/annotate"

// renderHTML returns the safe HTML fragment of the annotated article; res
// must still have its byte offsets.
func renderHTML(text string, res annotate.Result) (string, error) {
	return annotate.RenderHTML(text, res), nil
}
