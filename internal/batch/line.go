package batch

import (
	"errors"
	"fmt"
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
	a, err := readArticle(line, nil, true)
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
	inner := trimSpace(line[1 : len(line)-1])
	dst = append(dst, inner...)
	if len(inner) > 0 {
		dst = append(dst, ',')
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

// readArticle reads the members of one object. With input set, the
// members that the output adds are refused; otherwise they are the result
// of a line already annotated. Members named in keep are kept raw in
// a.fields.
func readArticle(line []byte, keep map[string]bool, input bool) (article, error) {
	var a article
	var seen uint8 // a bit per member that may be given once
	err := resultjson.Members(line, func(key string, value []byte) error {
		if bit := onceBit(key); bit != 0 {
			if seen&bit != 0 {
				return fmt.Errorf("field %q given twice", key)
			}
			seen |= bit
		}
		if keep[key] {
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
			if input {
				return fmt.Errorf("input field %q has the name of a field the output adds; rename it", key)
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
	return resultjson.Unquote(value)
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
