package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadLinesAnyBlocks reads files in blocks of every size, as the
// runner would after SplitRestriction, and checks that the blocks together
// give every line once, with its number.
func TestReadLinesAnyBlocks(t *testing.T) {
	files := map[string]string{
		"ends with a break": "one\ntwo\n\nfour\n",
		"no final break":    "one\ntwo",
		"breaks only":       "\n\n\n",
		"one long line":     "a long line without any break at all",
		"crlf":              "one\r\ntwo\r\n",
		"empty":             "",
	}
	for name, text := range files {
		path := filepath.Join(t.TempDir(), "in.jsonl")
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
		file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(text))}}
		want := numbered(path, text)
		for size := int64(1); size <= int64(len(text))+1; size++ {
			fn := &readLinesFn{BlockSize: size}
			var got []Line
			for _, rest := range fn.SplitRestriction(file, fn.CreateInitialRestriction(file)) {
				rt := sdf.NewLockRTracker(offsetrange.NewTracker(rest))
				require.NoError(t, fn.ProcessElement(context.Background(), rt, file, func(l Line) { got = append(got, l) }))
				require.NoError(t, rt.GetError())
				assert.True(t, rt.IsDone(), "%s, block %d: restriction %v done", name, size, rest)
			}
			assert.Equal(t, want, got, fmt.Sprintf("%s, blocks of %d bytes", name, size))
		}
	}
}

// TestReadLinesSplitWhileRunning splits a restriction after its first
// line, as a runner does to rebalance, and reads the rest apart.
func TestReadLinesSplitWhileRunning(t *testing.T) {
	text := "first\nsecond\nthird\nfourth\n"
	path := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(text))}}
	fn := &readLinesFn{BlockSize: DefaultBlockSize}
	rt := sdf.NewLockRTracker(offsetrange.NewTracker(fn.CreateInitialRestriction(file)))
	var got []Line
	var residual any
	require.NoError(t, fn.ProcessElement(context.Background(), rt, file, func(l Line) {
		got = append(got, l)
		if residual == nil {
			_, r, err := rt.TrySplit(0.5)
			require.NoError(t, err)
			residual = r
		}
	}))
	rest := residual.(offsetrange.Restriction)
	require.Less(t, rest.Start, int64(len(text)))
	rt2 := sdf.NewLockRTracker(offsetrange.NewTracker(rest))
	require.NoError(t, fn.ProcessElement(context.Background(), rt2, file, func(l Line) { got = append(got, l) }))
	assert.Equal(t, numbered(path, text), got)
}

func TestReadLinesGzipIsOneRestriction(t *testing.T) {
	file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: "a.jsonl.gz", Size: 1 << 30}}
	fn := &readLinesFn{BlockSize: 1 << 20}
	assert.Equal(t, []offsetrange.Restriction{{Start: 0, End: 1}}, fn.SplitRestriction(file, fn.CreateInitialRestriction(file)))
}

// numbered is text's lines as the CLI numbers them.
func numbered(path, text string) []Line {
	var out []Line
	for n, l := range bytes.SplitAfter([]byte(text), []byte("\n")) {
		if len(l) > 0 {
			out = append(out, Line{File: path, Number: n + 1, Text: bytes.TrimSuffix(l, []byte("\n"))})
		}
	}
	return out
}
