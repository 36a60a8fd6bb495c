package batch

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/resultjson"
)

// shareDigits is the number of decimals of a share in the written tables.
const shareDigits = 4

// WriteCSV writes the table's rows as CSV: a header of the group fields
// then name, kind, articles, quotes, words, share; one line per row. Text
// cells go through [annotate.CSVCell], so no cell is read as a formula.
func (t *Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	header := append(append([]string{}, t.By...), "name", "kind", "articles", "quotes", "words", "share")
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range t.Rows() {
		rec := make([]string, 0, len(r.Group)+6)
		for _, g := range r.Group {
			rec = append(rec, annotate.CSVCell(g))
		}
		rec = append(rec, annotate.CSVCell(r.Name), r.Kind, strconv.Itoa(r.Articles),
			strconv.Itoa(r.Quotes), strconv.Itoa(r.Words), strconv.FormatFloat(r.Share, 'f', shareDigits, 64))
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteJSON writes the table's rows as a JSON array, one row a line:
// {"group": {field: value, …}, "name", "kind", "articles", "quotes",
// "words", "share"}.
func (t *Table) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var b []byte
	rows := t.Rows()
	bw.WriteString("[")
	for i, r := range rows {
		b = b[:0]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n{\"group\":{"...)
		for k, f := range t.By {
			if k > 0 {
				b = append(b, ',')
			}
			b = resultjson.AppendString(b, f)
			b = append(b, ':')
			b = resultjson.AppendString(b, r.Group[k])
		}
		b = append(b, `},"name":`...)
		b = resultjson.AppendString(b, r.Name)
		b = append(b, `,"kind":`...)
		b = resultjson.AppendString(b, r.Kind)
		b = append(b, `,"articles":`...)
		b = strconv.AppendInt(b, int64(r.Articles), 10)
		b = append(b, `,"quotes":`...)
		b = strconv.AppendInt(b, int64(r.Quotes), 10)
		b = append(b, `,"words":`...)
		b = strconv.AppendInt(b, int64(r.Words), 10)
		b = append(b, `,"share":`...)
		b = strconv.AppendFloat(b, r.Share, 'f', shareDigits, 64)
		b = append(b, '}')
		bw.Write(b)
	}
	if len(rows) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}
