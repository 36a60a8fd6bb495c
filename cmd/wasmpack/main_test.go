package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twoSegments is a module whose data section holds "ab" at 16 and "cd" at
// 20: two segments that a gap of two zeros separates.
var twoSegments = []byte{
	0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
	11, 15, 2, // data section: 15 bytes, 2 segments
	0, 0x41, 16, 0x0b, 2, 'a', 'b',
	0, 0x41, 20, 0x0b, 2, 'c', 'd',
}

func TestRunInPlace(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.wasm")
	require.NoError(t, os.WriteFile(path, twoSegments, 0o644))
	require.NoError(t, run(path, path, 8))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	want := append(append([]byte(nil), twoSegments[:8]...), 11, 12, 1, 0, 0x41, 16, 0x0b, 6, 'a', 'b', 0, 0, 'c', 'd')
	assert.Equal(t, want, got, "one segment, the gap written as zeros")
}

func TestRunRefusesAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.wasm"), filepath.Join(dir, "out.wasm")
	require.NoError(t, os.WriteFile(in, []byte("not wasm"), 0o644))
	err := run(in, out, 8)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "in.wasm: wasmpack: not a WebAssembly module")
	assert.NoFileExists(t, out)
	assert.Error(t, run(filepath.Join(dir, "missing.wasm"), out, 8))
}
