package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/batch"
)

// TestMain runs the pipelines on Beam's in-process runner, prism.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// archiveDir writes the test archive into a temporary directory:
// harbour.jsonl as it is, valley.jsonl gzipped, and many.jsonl, the lines
// of both repeated under new ids, bad lines among them, read in small blocks.
func archiveDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	harbour := must(os.ReadFile("testdata/archive/harbour.jsonl"))
	valley := must(os.ReadFile("testdata/archive/valley.jsonl"))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "harbour.jsonl"), harbour, 0o644))

	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(valley)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "valley.jsonl.gz"), gz.Bytes(), 0o644))

	var many bytes.Buffer
	lines := strings.Split(string(harbour)+string(valley), "\n")
	for i := range 6 {
		for k, l := range lines {
			if id := `{"id": "`; strings.HasPrefix(l, id) {
				l = fmt.Sprintf(`%s%d-%d-%s`, id, i, k, l[len(id):])
			}
			many.WriteString(l + "\n")
		}
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "many.jsonl"), many.Bytes(), 0o644))
	return dir
}

// cliOutputs are what the CLI gives for a set of files: the output lines of
// `annotate -jsonl` over each file, its bad lines, and `annotate sources`
// over its output, as CSV and JSON.
type cliOutputs struct {
	results []string
	dead    []DeadLetter
	csv     string
	json    string
}

// runCLI reads each file as the CLI reads its input (numbered lines of any
// length, blank lines skipped) and calls the batch functions it calls.
func runCLI(t *testing.T, files []string, opts batch.SourceOptions) cliOutputs {
	t.Helper()
	var out cliOutputs
	table := batch.NewTable(opts.By)
	for _, path := range files {
		f, err := os.Open(path)
		require.NoError(t, err)
		defer f.Close()
		var in io.Reader = f
		if strings.HasSuffix(path, ".gz") {
			in = must(gzip.NewReader(f))
		}
		r := bufio.NewReader(in)
		for n := 1; ; n++ {
			line, err := r.ReadBytes('\n')
			if !batch.IsBlank(line) {
				res, lerr := batch.ProcessLine(line, n, opts.Options)
				if lerr != nil {
					out.dead = append(out.dead, DeadLetter{File: path, Line: n,
						Error: lerr.(*batch.LineError).Err.Error(), Input: strings.TrimSuffix(string(line), "\n")})
				} else {
					out.results = append(out.results, string(res))
					a, err := batch.ReadSources(res, n, opts)
					require.NoError(t, err)
					table.Add(a)
				}
			}
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
		}
	}
	var csv, js strings.Builder
	require.NoError(t, table.WriteCSV(&csv))
	require.NoError(t, table.WriteJSON(&js))
	out.csv, out.json = csv.String(), js.String()
	return out
}

func TestPipelineEqualsCLI(t *testing.T) {
	dir := archiveDir(t)
	outDir := t.TempDir()
	cfg := Config{
		Inputs:    []string{filepath.Join(dir, "*.jsonl"), filepath.Join(dir, "valley.jsonl.gz")},
		Output:    filepath.Join(outDir, "run"),
		Shards:    3,
		Tables:    []string{"csv", "json"},
		Sources:   batch.SourceOptions{By: []string{"outlet", batch.Month}},
		BlockSize: 700, // many.jsonl is read in about 20 blocks
	}
	p, s := beam.NewPipelineWithRoot()
	_, err := Build(s, cfg)
	require.NoError(t, err)
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)

	want := runCLI(t, []string{filepath.Join(dir, "harbour.jsonl"), filepath.Join(dir, "many.jsonl"), filepath.Join(dir, "valley.jsonl.gz")}, cfg.Sources)

	var results []string
	for i := range cfg.Shards {
		results = append(results, readLines(t, ShardName(cfg.Output+"-results", i, cfg.Shards))...)
	}
	slices.Sort(results)
	slices.Sort(want.results)
	assert.Equal(t, want.results, results, "the result lines of the CLI, in some order")

	var dead []DeadLetter
	for _, l := range readLines(t, ShardName(cfg.Output+"-errors", 0, 1)) {
		var d DeadLetter
		require.NoError(t, json.Unmarshal([]byte(l), &d), l)
		dead = append(dead, d)
	}
	byPlace := func(a, b DeadLetter) int { return cmp2(a.File, b.File, a.Line, b.Line) }
	slices.SortFunc(dead, byPlace)
	slices.SortFunc(want.dead, byPlace)
	assert.Equal(t, want.dead, dead, "the CLI's bad lines, with their line numbers")

	assert.Equal(t, want.csv, string(must(os.ReadFile(cfg.Output+"-sources.csv"))))
	assert.Equal(t, want.json, string(must(os.ReadFile(cfg.Output+"-sources.json"))))

	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		counts[c.Name()] += c.Result()
	}
	assert.Equal(t, map[string]int64{ArticlesCounter: int64(len(results)), BadLinesCounter: int64(len(dead))}, counts)

	// What the archive holds, known from writing it.
	assert.Len(t, results, 7*7, "7 good lines in harbour and valley, and 6 times those in many")
	var places []string
	for _, d := range dead {
		if !strings.HasSuffix(d.File, "many.jsonl") {
			places = append(places, fmt.Sprintf("%s:%d", filepath.Base(d.File), d.Line))
		}
	}
	assert.Equal(t, []string{"harbour.jsonl:4", "valley.jsonl.gz:2", "valley.jsonl.gz:3"}, places)
	assert.Contains(t, dead[0].Error, "invalid JSON")
	assert.Equal(t, "this line is not JSON", dead[0].Input)
	assert.Len(t, dead, 3*7)
	assert.Contains(t, want.csv, "Harbour News,2025-10,Ines Moreau,person,14,21,")
}

func TestPipelineWithoutArticles(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.jsonl"), []byte("{\"id\": 1}\n\n"), 0o644))
	cfg := Config{Inputs: []string{filepath.Join(dir, "*.jsonl"), filepath.Join(dir, "none-*.jsonl")},
		Output: filepath.Join(dir, "out"), Shards: 2, Tables: []string{"csv", "json"},
		Sources: batch.SourceOptions{By: []string{"outlet"}}}
	p, s := beam.NewPipelineWithRoot()
	_, err := Build(s, cfg)
	require.NoError(t, err)
	require.NoError(t, ptest.Run(p))

	for i := range 2 {
		assert.Empty(t, readLines(t, ShardName(cfg.Output+"-results", i, 2)), "every shard written, empty")
	}
	assert.Equal(t, []string{`{"file":"` + filepath.Join(dir, "bad.jsonl") + `","line":1,"error":"no \"text\" field","input":"{\"id\": 1}"}`},
		readLines(t, ShardName(cfg.Output+"-errors", 0, 1)))
	assert.Equal(t, "outlet,name,kind,articles,quotes,words,share\n", string(must(os.ReadFile(cfg.Output+"-sources.csv"))))
	assert.Equal(t, "[]\n", string(must(os.ReadFile(cfg.Output+"-sources.json"))))
}

func TestBuildRefusesBadConfig(t *testing.T) {
	for name, cfg := range map[string]Config{
		"no input":     {Output: "out"},
		"no output":    {Inputs: []string{"a.jsonl"}},
		"table format": {Inputs: []string{"a.jsonl"}, Output: "out", Tables: []string{"xlsx"}},
	} {
		_, s := beam.NewPipelineWithRoot()
		_, err := Build(s, cfg)
		assert.Error(t, err, name)
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	if len(b) == 0 {
		return nil
	}
	require.True(t, bytes.HasSuffix(b, []byte("\n")), path)
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

func cmp2(a, b string, i, j int) int {
	if c := strings.Compare(a, b); c != 0 {
		return c
	}
	return i - j
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
