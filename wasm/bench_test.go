//go:build js && wasm

package main

import (
	"os"
	"path/filepath"
	"syscall/js"
	"testing"
)

// seedArgs are the arguments of a call on the seed article of the
// evaluation data (../shared/eval), as the page's benchmark makes it.
func seedArgs(b *testing.B) []js.Value {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "eval", "seed-article.txt"))
	if err != nil {
		b.Skipf("seed article: %v", err)
	}
	return []js.Value{js.ValueOf(string(data)), js.ValueOf(map[string]any{"dateline": "2025-10-17", "format": "plain"})}
}

// BenchmarkAnnotateJS is the Go side of one annotate() call on the seed
// article: reading the arguments, the engine, and the answer's JSON (run
// it with -benchtime=Nx: a js/wasm benchmark left to itself stops after one
// cold iteration).
func BenchmarkAnnotateJS(b *testing.B) {
	args := seedArgs(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := annotateJS(args); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSummaryJS is the summary of that call, computed when
// result.summary is first read.
func BenchmarkSummaryJS(b *testing.B) {
	args := seedArgs(b)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		if _, err := annotateJS(args); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := summaryJS(nil); err != nil {
			b.Fatal(err)
		}
	}
}
