package pipeline

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsroom/annotator/internal/batch"
)

// TestMain runs the pipelines on Beam's in-process runner, prism, and
// removes the CLI that the tests built.
func TestMain(m *testing.M) {
	status := ptest.MainRetWithDefault(m, "prism")
	os.RemoveAll(cliDir)
	os.Exit(status)
}

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
// `annotate -jsonl` over each file, its bad lines (file, line, error), and
// `annotate sources` over all its output, as CSV and JSON.
type cliOutputs struct {
	results []string
	dead    []DeadLetter
	csv     string
	json    string
}

// cliDir holds the CLI that buildCLI built.
var cliDir string

// buildCLI builds cmd/annotate of the main module, once per test binary.
var buildCLI = sync.OnceValues(func() (string, error) {
	var err error
	if cliDir, err = os.MkdirTemp("", "annotate-cli"); err != nil {
		return "", err
	}
	bin := filepath.Join(cliDir, "annotate")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/newsroom/annotator/cmd/annotate").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("building the CLI: %v\n%s", err, out)
	}
	return bin, nil
})

// reported is one line of the CLI's standard error for a bad line.
var reported = regexp.MustCompile(`^annotate: line (\d+): (.*)$`)

// runCLI runs `annotate -jsonl` on each file (a .gz through gunzip) and
// `annotate sources` on all their results.
func runCLI(t *testing.T, files []string, opts batch.SourceOptions, keep string) cliOutputs {
	t.Helper()
	bin, err := buildCLI()
	require.NoError(t, err)
	var out cliOutputs
	var all bytes.Buffer
	for _, path := range files {
		in := must(os.ReadFile(path))
		if strings.HasSuffix(path, ".gz") {
			in = must(io.ReadAll(must(gzip.NewReader(bytes.NewReader(in)))))
		}
		args := []string{"-jsonl", "-quiet"}
		if keep != "" {
			args = append(args, "-keep", keep)
		}
		stdout, stderr := runCommand(t, bin, in, 1, args...)
		all.WriteString(stdout)
		out.results = append(out.results, strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")...)
		lines := strings.Split(string(in), "\n")
		for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
			m := reported.FindStringSubmatch(l)
			require.NotNil(t, m, "a bad line reported: %q", l)
			n := must(strconv.Atoi(m[1]))
			out.dead = append(out.dead, DeadLetter{File: path, Line: n, Error: m[2], Input: lines[n-1]})
		}
	}
	sources := []string{"sources", "-quiet", "-by", strings.Join(opts.By, ","), "-date", cmp.Or(opts.DateField, "published")}
	out.csv, _ = runCommand(t, bin, all.Bytes(), 0, append(sources, "-format", "csv")...)
	out.json, _ = runCommand(t, bin, all.Bytes(), 0, append(sources, "-format", "json")...)
	return out
}

// runCommand runs bin with stdin and checks its exit status.
func runCommand(t *testing.T, bin string, stdin []byte, status int, args ...string) (stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	cmd := exec.Command(bin, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(stdin), &o, &e
	err := cmd.Run()
	if status == 0 {
		require.NoError(t, err, e.String())
	} else {
		var exit *exec.ExitError
		require.ErrorAs(t, err, &exit, e.String())
		require.Equal(t, status, exit.ExitCode(), e.String())
	}
	return o.String(), e.String()
}

// pipelineOutputs are what a run wrote, in the CLI's terms (results and
// dead letters sorted), and its counters.
type pipelineOutputs struct {
	cliOutputs
	counts map[string]int64
}

// runPipeline runs the pipeline on prism and reads what it wrote.
func runPipeline(t *testing.T, cfg Config) pipelineOutputs {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	_, err := Build(s, cfg)
	require.NoError(t, err)
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)

	var out pipelineOutputs
	for i := range cfg.Shards {
		out.results = append(out.results, readLines(t, ShardName(cfg.Output+"-results", i, cfg.Shards))...)
	}
	for _, l := range readLines(t, ShardName(cfg.Output+"-errors", 0, 1)) {
		var d DeadLetter
		require.NoError(t, json.Unmarshal([]byte(l), &d), l)
		out.dead = append(out.dead, d)
	}
	out.csv = string(must(os.ReadFile(cfg.Output + "-sources.csv")))
	out.json = string(must(os.ReadFile(cfg.Output + "-sources.json")))
	out.counts = map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		out.counts[c.Name()] += c.Result()
	}
	return out
}

// sorted puts results and dead letters in one order, for comparing.
func (o cliOutputs) sorted() cliOutputs {
	slices.Sort(o.results)
	slices.SortFunc(o.dead, func(a, b DeadLetter) int { return cmp.Or(strings.Compare(a.File, b.File), a.Line-b.Line) })
	return o
}

// archiveConfig reads the test archive in small blocks (many.jsonl in
// about 20), into three shards.
func archiveConfig(t *testing.T) (Config, []string) {
	dir := archiveDir(t)
	cfg := Config{
		Inputs:    []string{filepath.Join(dir, "*.jsonl"), filepath.Join(dir, "valley.jsonl.gz")},
		Output:    filepath.Join(t.TempDir(), "run"),
		Shards:    3,
		Tables:    []string{"csv", "json"},
		Sources:   batch.SourceOptions{By: []string{"outlet", batch.Month}},
		BlockSize: 700,
	}
	files := []string{filepath.Join(dir, "harbour.jsonl"), filepath.Join(dir, "many.jsonl"), filepath.Join(dir, "valley.jsonl.gz")}
	return cfg, files
}

func TestPipelineEqualsCLI(t *testing.T) {
	cfg, files := archiveConfig(t)
	got := runPipeline(t, cfg)
	want := runCLI(t, files, cfg.Sources, "").sorted()
	assert.Equal(t, want, got.cliOutputs.sorted(), "the CLI's result lines (in some order), bad lines and tables")
	assert.Equal(t, map[string]int64{ArticlesCounter: int64(len(want.results)), BadLinesCounter: int64(len(want.dead))}, got.counts)

	// What the archive holds, known from writing it.
	assert.Len(t, want.results, 7*7, "7 good lines in harbour and valley, and 6 times those in many")
	var places []string
	for _, d := range want.dead {
		if !strings.HasSuffix(d.File, "many.jsonl") {
			places = append(places, fmt.Sprintf("%s:%d", filepath.Base(d.File), d.Line))
		}
	}
	assert.Equal(t, []string{"harbour.jsonl:4", "valley.jsonl.gz:2", "valley.jsonl.gz:3"}, places)
	assert.Contains(t, want.dead[0].Error, "invalid JSON")
	assert.Equal(t, "this line is not JSON", want.dead[0].Input)
	assert.Len(t, want.dead, 3*7)
	assert.Contains(t, want.csv, "Harbour News,2025-10,Ines Moreau,person,14,21,")
}

// TestPipelineKeepEqualsCLI: with --keep, the results are those of
// `annotate -jsonl -keep`, and the table that of `annotate sources` over
// results that also kept the fields it groups by.
func TestPipelineKeepEqualsCLI(t *testing.T) {
	cfg, files := archiveConfig(t)
	cfg.Sources.Keep = []string{"section"}
	got := runPipeline(t, cfg).sorted()
	results := runCLI(t, files, cfg.Sources, "section").sorted()
	table := runCLI(t, files, cfg.Sources, "section,outlet,published")
	assert.Equal(t, results.results, got.results)
	assert.Equal(t, results.dead, got.dead)
	assert.Len(t, got.dead, 2*7, "the line with a \"quotes\" member goes through")
	assert.Equal(t, table.csv, got.csv)
	assert.Equal(t, table.json, got.json)
	assert.NotContains(t, got.results[0], `"outlet"`)
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

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
