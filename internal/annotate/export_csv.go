package annotate

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The CSV exports: RFC 4180 (every field that needs it quoted, CRLF line
// ends), a header row first, UTF-8. A spreadsheet reads a cell that starts
// with = + - @, a tab or a carriage return as a formula, so such a text
// cell gets a leading apostrophe (the OWASP advice against CSV injection);
// cells of figures are written by us and never need it.

// csvQuotesHeader are the columns of the quotes CSV, one row per quote.
var csvQuotesHeader = []string{"id", "speaker", "speaker_id", "role", "kind", "category", "gender",
	"quote", "words", "paragraph", "cue", "attribution", "confidence", "flags"}

// csvSourcesHeader are the columns of the sources CSV, one row per speaker
// and one for the unattributed quotes.
var csvSourcesHeader = []string{"speaker_id", "speaker", "role", "kind", "category", "gender",
	"quotes", "words", "share", "aliases"}

// exportCSVQuotes writes one row per quote, dismissed ones included (flag
// "dismissed"), in text order. paragraph counts from 1, as a reader does;
// confidence is empty when the engine gives none; flags joins the check
// reasons and "dismissed", "added", "unclosed" with "; ".
func exportCSVQuotes(in exportInput) (string, error) {
	rows := make(map[string]SpeakerSummary, len(in.sum.Speakers))
	for _, s := range in.sum.Speakers {
		rows[s.ID] = s
	}
	return writeCSV(csvQuotesHeader, func(row func(text []string, figures ...string)) {
		for _, q := range in.sum.Quotes {
			var s SpeakerSummary
			if q.Speaker != nil {
				s = rows[*q.Speaker]
			}
			confidence := ""
			if q.Confidence != nil {
				confidence = strconv.FormatFloat(*q.Confidence, 'f', 2, 64)
			}
			flags := append([]string(nil), q.CheckWhy...)
			for _, f := range []struct {
				on   bool
				name string
			}{{q.Dismissed, "dismissed"}, {q.Added, "added"}, {q.Unclosed, "unclosed"}} {
				if f.on && !contains(flags, f.name) {
					flags = append(flags, f.name)
				}
			}
			row([]string{q.ID, s.Name, s.ID, s.Role, s.Kind, s.Category, s.Gender, q.Span.Of(in.text)},
				strconv.Itoa(q.Words), strconv.Itoa(q.Paragraph+1))
			row([]string{q.Cue, q.Attribution}, confidence, strings.Join(flags, "; "))
		}
	})
}

// exportCSVSources writes the sources table: one row per speaker, in the
// summary's order, then the unattributed quotes (speaker_id empty) when
// there are any. share is a fraction from 0 to 1 with four decimals;
// aliases are joined with "; ".
func exportCSVSources(in exportInput) (string, error) {
	return writeCSV(csvSourcesHeader, func(row func(text []string, figures ...string)) {
		for _, s := range in.sum.Speakers {
			row([]string{s.ID, s.Name, s.Role, s.Kind, s.Category, s.Gender},
				strconv.Itoa(s.Quotes), strconv.Itoa(s.Words), strconv.FormatFloat(s.Share, 'f', 4, 64))
			row([]string{strings.Join(s.Aliases, "; ")})
		}
		if u := in.sum.Unattributed; u.Quotes > 0 {
			row([]string{"", "(unattributed)", "", "", "", ""},
				strconv.Itoa(u.Quotes), strconv.Itoa(u.Words), strconv.FormatFloat(u.Share, 'f', 4, 64))
			row([]string{""})
		}
	})
}

// writeCSV writes header and the rows fill makes. A row is built in calls
// of row(text, figures...): text cells are folded to one line, stripped of
// control characters (cleanLine) and made safe for spreadsheets, and
// figures (ours, never the article's) written as they are; the row ends
// when it has as many cells as the header.
func writeCSV(header []string, fill func(row func(text []string, figures ...string))) (string, error) {
	var b strings.Builder
	writeCSVRecord(&b, header)
	var rec []string
	fill(func(text []string, figures ...string) {
		for _, t := range text {
			rec = append(rec, CSVCell(t))
		}
		rec = append(rec, figures...)
		if len(rec) >= len(header) {
			writeCSVRecord(&b, rec)
			rec = rec[:0]
		}
	})
	return b.String(), nil
}

// writeCSVRecord writes one record as encoding/csv's Writer does with
// UseCRLF (encoding/csv is not used: it imports fmt, which the WebAssembly
// links none of): a field is quoted when it holds a comma, a quote, CR or
// LF, starts with a space, or is \. ; inside quotes a quote is doubled, a
// line break is CRLF; the record ends with CRLF.
func writeCSVRecord(b *strings.Builder, rec []string) {
	for n, field := range rec {
		if n > 0 {
			b.WriteByte(',')
		}
		if !csvNeedsQuotes(field) {
			b.WriteString(field)
			continue
		}
		b.WriteByte('"')
		for field != "" {
			i := strings.IndexAny(field, "\"\r\n")
			if i < 0 {
				i = len(field)
			}
			b.WriteString(field[:i])
			field = field[i:]
			if field == "" {
				break
			}
			switch field[0] {
			case '"':
				b.WriteString(`""`)
			case '\n':
				b.WriteString("\r\n")
			} // a CR is dropped: with LF it makes CRLF, alone nothing
			field = field[1:]
		}
		b.WriteByte('"')
	}
	b.WriteString("\r\n")
}

// csvNeedsQuotes is encoding/csv's rule for a field that must be quoted.
func csvNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` || strings.ContainsAny(field, ",\"\r\n") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(r)
}

// CSVCell is text from an article made safe for a CSV cell: on one line,
// without control or bidirectional override characters, and with a
// leading apostrophe when a spreadsheet would read it as a formula. Every
// CSV the project writes (the page's exports, annotate sources) uses it.
func CSVCell(text string) string { return csvSafe(cleanLine(text)) }

// csvSafe prefixes an apostrophe to a cell a spreadsheet would read as a
// formula: one starting with = + - @, a tab or a carriage return.
func csvSafe(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
