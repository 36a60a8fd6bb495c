package resultjson

import "github.com/newsroom/annotator/internal/annotate"

// Export writes the export format of text, its Result res and the
// corrections c: the JSON record (annotate.ExportJSON) here, indented as
// encoding/json's Encoder writes it with two spaces and no HTML escaping,
// and every other format through [annotate.Export]. The errors are
// annotate.Export's.
func Export(text string, res annotate.Result, c annotate.Corrections, format annotate.ExportFormat, opts annotate.ExportOptions) (string, error) {
	if format != annotate.ExportJSON {
		return annotate.Export(text, res, c, format, opts)
	}
	rec, err := annotate.NewExportRecord(text, res, c, opts)
	if err != nil {
		return "", err
	}
	compact := AppendExport(nil, rec)
	out := indent(make([]byte, 0, len(compact)+len(compact)/4), compact)
	return string(append(out, '\n')), nil
}

// AppendExport appends the JSON encoding of rec to dst, compact, as
// json.Marshal writes it, and returns the extended slice.
func AppendExport(dst []byte, rec annotate.ExportRecord) []byte {
	dst = appendKey(append(dst, '{'), "annotator_version", true)
	dst = appendString(dst, rec.AnnotatorVersion)
	dst = appendKey(dst, "exported_at", false)
	dst = appendString(dst, rec.ExportedAt)
	dst = appendKey(dst, "unit", false)
	dst = appendString(dst, rec.Unit)
	dst = appendKey(dst, "dateline", false)
	dst = appendString(dst, rec.Dateline)
	dst = appendKey(dst, "format", false)
	dst = appendString(dst, string(rec.Format))
	dst = appendKey(dst, "text", false)
	dst = appendString(dst, rec.Text)
	dst = appendKey(dst, "corrections", false)
	dst = AppendCorrections(dst, rec.Corrections)
	dst = appendKey(dst, "summary", false)
	dst = AppendSummary(dst, rec.Summary)
	dst = appendKey(dst, "result", false)
	dst = Append(dst, rec.Result)
	return append(dst, '}')
}
