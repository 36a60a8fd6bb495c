package batch

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/batch/synth"
	"github.com/newsroom/annotator/internal/resultjson"
)

// benchLines is a synthetic archive of about 1 MB, one []byte a line.
func benchLines(b *testing.B) (lines [][]byte, size int64) {
	var buf bytes.Buffer
	size, err := synth.Write(&buf, 400, 1)
	if err != nil {
		b.Fatal(err)
	}
	return bytes.SplitAfter(bytes.TrimSuffix(buf.Bytes(), []byte("\n")), []byte("\n")), size
}

// BenchmarkProcessLine is the per-line work of `annotate -jsonl` on one
// goroutine. Its "encoding-json" case does what the CLI did before this
// package (encoding/json both ways, only id and the result written), as a
// reference for the cost of decoding and encoding.
func BenchmarkProcessLine(b *testing.B) {
	lines, size := benchLines(b)
	b.Run("batch", func(b *testing.B) {
		b.SetBytes(size)
		var out []byte
		for b.Loop() {
			for i, l := range lines {
				var err error
				if out, err = AppendLine(out[:0], l, i+1, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(size)
		var out bytes.Buffer
		enc := json.NewEncoder(&out)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			for _, l := range lines {
				out.Reset()
				var rec struct {
					ID   json.RawMessage `json:"id"`
					Text *string         `json:"text"`
					DCT  string          `json:"dct"`
				}
				if err := json.Unmarshal(l, &rec); err != nil {
					b.Fatal(err)
				}
				res, err := annotate.Annotate(*rec.Text, annotate.Options{Dateline: rec.DCT})
				if err != nil {
					b.Fatal(err)
				}
				if err := enc.Encode(struct {
					ID json.RawMessage `json:"id,omitempty"`
					annotate.Result
				}{rec.ID, res}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkCodec splits BenchmarkProcessLine: the engine alone, and the
// decoding and encoding around it, ours and encoding/json's, so that their
// shares of a line's time can be read from one run.
func BenchmarkCodec(b *testing.B) {
	lines, size := benchLines(b)
	var arts []article
	var results []annotate.Result
	for _, l := range lines {
		a, err := readArticle(trimSpace(l), nil, Options{}.keeps)
		if err != nil {
			b.Fatal(err)
		}
		res, err := a.annotate(Options{})
		if err != nil {
			b.Fatal(err)
		}
		arts, results = append(arts, a), append(results, res)
	}
	b.Run("annotate", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, a := range arts {
				if _, err := a.annotate(Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("decode/batch", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, l := range lines {
				if _, err := readArticle(trimSpace(l), nil, Options{}.keeps); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("decode/encoding-json", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for _, l := range lines {
				var rec struct {
					ID   json.RawMessage `json:"id"`
					Text *string         `json:"text"`
					DCT  string          `json:"dct"`
				}
				if err := json.Unmarshal(l, &rec); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("encode/resultjson", func(b *testing.B) {
		b.SetBytes(size)
		var out []byte
		for b.Loop() {
			for _, r := range results {
				out = resultjson.AppendFields(out[:0], r)
			}
		}
	})
	b.Run("encode/encoding-json", func(b *testing.B) {
		b.SetBytes(size)
		var out bytes.Buffer
		enc := json.NewEncoder(&out)
		enc.SetEscapeHTML(false)
		for b.Loop() {
			for _, r := range results {
				out.Reset()
				if err := enc.Encode(r); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
