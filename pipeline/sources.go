package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/newsroom/annotator/internal/batch"
)

func init() {
	register.Combiner3[*batch.Table, batch.Article, *batch.Table](&sourcesFn{})
	// A table crosses workers as the JSON of its exported fields.
	beam.RegisterCoder(reflect.TypeFor[*batch.Table](), encodeTable, decodeTable)
	register.DoFn3x1[context.Context, []byte, func(**batch.Table) bool, error](&writeTableFn{})
	register.Iter1[*batch.Table]()
}

func encodeTable(t *batch.Table) ([]byte, error) { return json.Marshal(t) }

func decodeTable(b []byte) (*batch.Table, error) {
	var t batch.Table
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// sourcesFn sums articles' sources into a batch.Table: the CLI's
// `annotate sources`, with partial tables merged by batch.Table.Merge.
type sourcesFn struct {
	By []string `json:"by"`
}

// CreateAccumulator is an empty table.
func (fn *sourcesFn) CreateAccumulator() *batch.Table { return batch.NewTable(fn.By) }

// AddInput adds one article.
func (fn *sourcesFn) AddInput(t *batch.Table, a batch.Article) *batch.Table {
	t.Add(a)
	return t
}

// MergeAccumulators merges b into a.
func (fn *sourcesFn) MergeAccumulators(a, b *batch.Table) *batch.Table {
	a.Merge(b)
	return a
}

// ExtractOutput is the table itself.
func (fn *sourcesFn) ExtractOutput(t *batch.Table) *batch.Table { return t }

// SumSources combines a PCollection<batch.Article> into one
// PCollection<*batch.Table> of at most one table (none for no articles).
func SumSources(s beam.Scope, by []string, articles beam.PCollection) beam.PCollection {
	return beam.Combine(s.Scope("SumSources"), &sourcesFn{By: by}, articles)
}

// WriteTable writes the table of SumSources to path, CSV or JSON as
// batch.Table writes them; an empty table (headers only) when there is
// none.
func WriteTable(s beam.Scope, path, format string, by []string, table beam.PCollection) {
	s = s.Scope("WriteTable")
	filesystem.ValidateScheme(path)
	beam.ParDo0(s, &writeTableFn{Path: path, Format: format, By: by}, beam.Impulse(s), beam.SideInput{Input: table})
}

// writeTableFn writes the one table of its side input, once.
type writeTableFn struct {
	Path   string   `json:"path"`
	Format string   `json:"format"` // "csv" or "json"
	By     []string `json:"by"`
}

// ProcessElement writes the file.
func (fn *writeTableFn) ProcessElement(ctx context.Context, _ []byte, tables func(**batch.Table) bool) error {
	table := batch.NewTable(fn.By)
	var t *batch.Table
	for tables(&t) {
		table.Merge(t)
	}
	return writeFile(ctx, fn.Path, func(w io.Writer) error {
		switch fn.Format {
		case "csv":
			return table.WriteCSV(w)
		case "json":
			return table.WriteJSON(w)
		}
		return fmt.Errorf("unknown table format %q (want csv or json)", fn.Format)
	})
}

// writeFile creates path on its Beam filesystem and writes it with write.
func writeFile(ctx context.Context, path string, write func(io.Writer) error) error {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	if err := write(w); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return w.Close()
}
