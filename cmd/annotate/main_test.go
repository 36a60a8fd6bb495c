package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCLI(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

func TestJSONLKeepsGoodLinesAndNamesBadOnes(t *testing.T) {
	input := strings.Join([]string{
		`{"id": "a", "text": "The mayor spoke on Friday.", "dct": "2025-10-17"}`,
		`{"id": 2, "text": "no dateline here"}`,
		`this is not json`,
		``,
		`{"id": "c"}`,
		`{"id": "d", "text": "x", "dct": "17/10/2025"}`,
		`{"id": "e", "text": "last line without newline"}`,
	}, "\n")
	status, stdout, stderr := runCLI(t, input, "-jsonl")

	assert.Equal(t, 1, status)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 3, stdout)
	var ids []string
	for _, l := range lines {
		var rec struct {
			ID       json.RawMessage `json:"id"`
			Dateline string          `json:"dateline"`
			Quotes   []any           `json:"quotes"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &rec))
		require.NotNil(t, rec.Quotes, "quotes encode as a list")
		ids = append(ids, string(rec.ID))
	}
	assert.Equal(t, []string{`"a"`, `2`, `"e"`}, ids)
	assert.Contains(t, stdout, `"dateline":"2025-10-17"`)
	assert.Contains(t, stderr, "annotate: line 3: invalid JSON at byte 0")
	assert.Contains(t, stderr, `annotate: line 5: no "text" field`)
	assert.Contains(t, stderr, `annotate: line 6: dateline "17/10/2025"`)
	assert.NotContains(t, stderr, "line 4")
	assert.NotContains(t, stderr, "annotate: annotate:")
}

func TestFlagsAndInputErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"bad dateline", []string{"-dateline", "2025-13-01"}, 2, `annotate: dateline "2025-13-01"`},
		{"no workers", []string{"-jsonl", "-j", "0"}, 2, "-j 0: want 1 or more"},
		{"sources format", []string{"sources", "-format", "xml"}, 2, `unknown -format "xml" (want csv or json)`},
		{"sources by twice", []string{"sources", "-by", "outlet,month,outlet"}, 2, `"outlet" twice`},
		{"sources by empty", []string{"sources", "-by", "outlet,,month"}, 2, "an empty field name"},
		{"unknown format", []string{"-format", "xml"}, 2, `unknown -format "xml"`},
		{"two files", []string{"a", "b"}, 2, "one input file at most"},
		{"missing file", []string{filepath.Join(t.TempDir(), "nope.txt")}, 1, "no such file"},
		{"markdown and plain", []string{"-markdown", "-plain"}, 2, "exclude each other"},
		{"jsonl with text", []string{"-jsonl", "-format", "text"}, 2, "-jsonl writes JSON only"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, _, stderr := runCLI(t, "", tc.args...)
			assert.Equal(t, tc.status, status)
			assert.Contains(t, stderr, tc.stderr)
			assert.NotContains(t, stderr, "annotate: annotate:")
		})
	}
}

func TestFileInputJSONAndText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "article.txt")
	require.NoError(t, os.WriteFile(path, []byte("Nothing happened.\n"), 0o644))

	status, stdout, stderr := runCLI(t, "", "-dateline", "2025-10-17", path)
	require.Equal(t, 0, status, stderr)
	var res map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &res))
	assert.Equal(t, "2025-10-17", res["dateline"])
	for _, key := range []string{"quotes", "speakers", "dates"} {
		assert.Contains(t, res, key)
	}

	status, stdout, _ = runCLI(t, "", "-format", "text", path)
	require.Equal(t, 0, status)
	assert.Contains(t, stdout, "Dateline: unknown")
	assert.Contains(t, stdout, "Quotes (0)")
}
