package batch

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/newsroom/annotator/internal/resultjson"
)

// Options are what every line of a batch shares.
type Options struct {
	// Dateline is used for a line without "dct" (YYYY-MM-DD; empty:
	// detected in each text).
	Dateline string
	// Format says how to read every text (FormatAuto detects it per text).
	Format annotate.Format
	// Keep, when not nil, names the input members that the output line
	// keeps ("id" is always kept); the others are left out, and may then
	// have the names of members the output adds. Nil keeps every member.
	Keep []string
}

// keeps reports whether the output line keeps the input member key.
func (o Options) keeps(key string) bool {
	return o.Keep == nil || key == "id" || slices.Contains(o.Keep, key)
}

// LineError is a bad input line: its number (1-based) and what is wrong.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *LineError) Unwrap() error { return e.Err }

// ProcessLine annotates one input line (lineNo is its 1-based number) and
// returns the output line, without a line break. See the package
// documentation for what it keeps and adds.
func ProcessLine(line []byte, lineNo int, opts Options) ([]byte, error) {
	return AppendLine(nil, line, lineNo, opts)
}

// AppendLine is [ProcessLine] appending the output line to dst, so that a
// caller can reuse its buffer. On error dst is returned unchanged.
func AppendLine(dst, line []byte, lineNo int, opts Options) ([]byte, error) {
	line = trimSpace(line)
	a, err := readArticle(line, nil, opts.keeps)
	if err != nil {
		return dst, &LineError{lineNo, err}
	}
	res, err := a.annotate(opts)
	if err != nil {
		return dst, &LineError{lineNo, err}
	}
	dst = append(dst, '{')
	if !a.hasID {
		dst = append(dst, `"id":`...)
		dst = strconv.AppendInt(dst, int64(lineNo), 10)
		dst = append(dst, ',')
	}
	if opts.Keep == nil {
		inner := trimSpace(line[1 : len(line)-1])
		dst = append(dst, inner...)
		if len(inner) > 0 {
			dst = append(dst, ',')
		}
	} else {
		_ = resultjson.Members(line, func(key string, value []byte) error { // read once already
			if opts.keeps(key) {
				dst = resultjson.AppendString(dst, key)
				dst = append(append(dst, ':'), value...)
				dst = append(dst, ',')
			}
			return nil
		})
	}
	dst = resultjson.AppendFields(dst, res)
	return append(dst, '}'), nil
}

// article is what a line says of its article.
type article struct {
	text          string
	dct           string
	hasID         bool
	hasText       bool
	quotes        []byte // raw "quotes" and "speakers" of a result line
	speakers      []byte
	dateline      string // "dateline" of a result line
	fields        map[string][]byte
	hasResultPart bool
}

// errNoText is a line with no article and no result.
var errNoText = errors.New(`no "text" field`)

// readArticle reads the members of one object. Members named in collect
// are kept raw in a.fields. When output is nil, the line may be a result
// (a line already annotated); otherwise it is an input line, and output
// says which of its members the output line keeps: a kept member with the
// name of one the output adds is refused.
func readArticle(line []byte, collect map[string]bool, output func(key string) bool) (article, error) {
	input := output != nil
	var a article
	var seen uint8 // a bit per member that may be given once
	err := resultjson.Members(line, func(key string, value []byte) error {
		if bit := onceBit(key); bit != 0 {
			if seen&bit != 0 {
				return fmt.Errorf("field %q given twice", key)
			}
			seen |= bit
		}
		if collect[key] {
			if a.fields == nil {
				a.fields = map[string][]byte{}
			}
			a.fields[key] = value
		}
		switch key {
		case "id":
			a.hasID = true
		case "text":
			s, err := stringValue(key, value, false)
			a.text, a.hasText = s, true
			return err
		case "dct":
			s, err := stringValue(key, value, true)
			a.dct = s
			return err
		}
		if isOutputField(key) {
			if input && !output(key) {
				return nil
			}
			if input {
				return fmt.Errorf("input field %q has the name of a field the output adds; rename it, or leave it out (-keep)", key)
			}
			a.hasResultPart = true
			switch key {
			case "quotes":
				a.quotes = value
			case "speakers":
				a.speakers = value
			case "dateline":
				s, err := stringValue(key, value, true)
				a.dateline = s
				return err
			}
		}
		return nil
	})
	if err != nil {
		return a, err
	}
	if input && !a.hasText {
		return a, errNoText
	}
	return a, nil
}

// onceBit is the bit of a member that may be given once, or 0.
func onceBit(key string) uint8 {
	switch key {
	case "id":
		return 1
	case "text":
		return 2
	case "dct":
		return 4
	case "quotes":
		return 8
	case "speakers":
		return 16
	case "dateline":
		return 32
	}
	return 0
}

// annotate runs the engine on the article.
func (a article) annotate(opts Options) (annotate.Result, error) {
	dateline := a.dct
	if dateline == "" {
		dateline = opts.Dateline
	}
	return annotate.Annotate(a.text, annotate.Options{Dateline: dateline, Format: opts.Format})
}

// stringValue decodes a member that must be a string (or, when nullable,
// null, read as "").
func stringValue(key string, value []byte, nullable bool) (string, error) {
	if nullable && string(value) == "null" {
		return "", nil
	}
	if value[0] != '"' {
		return "", fmt.Errorf("field %q is not a string", key)
	}
	return resultjson.UnquoteMember(value) // checked by Members
}

func isOutputField(key string) bool {
	for _, f := range resultjson.FieldNames {
		if key == f {
			return true
		}
	}
	return false
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// IsBlank reports whether line holds only whitespace; such lines are
// skipped, not errors.
func IsBlank(line []byte) bool { return len(trimSpace(line)) == 0 }
