//go:build js && wasm

package main

import (
	"errors"

	"github.com/newsroom/annotator/internal/annotate"
)

// renderHTML returns the safe HTML fragment of the annotated article.
// Placeholder until annotate.RenderHTML lands.
func renderHTML(text string, res annotate.Result) (string, error) {
	return "", errors.New("render is not available in this build yet")
}
