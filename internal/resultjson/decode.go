package resultjson

import (
	"strconv"
	"strings"
)

// This file decodes JSON values into Go values as json.Unmarshal does, for
// the decoders of a result and of corrections (decode_result.go,
// corrections.go): null leaves a value as it is (a pointer, slice or map
// becomes nil), keys match field names without regard to case, unknown
// keys are skipped, a later duplicate overwrites, and a value of the wrong
// JSON type is an error.

// TypeError is a JSON value of the wrong type for where it stands.
type TypeError struct {
	Field string // the Go field, "Quotes.Cue.Start"
	Value string // what the JSON holds there: "string", "number 1.5"
	Type  string // the Go type: "int"
}

func (e *TypeError) Error() string {
	return "cannot read " + e.Value + " into " + e.Field + " of type " + e.Type
}

// isNull says raw is the literal null.
func isNull(raw []byte) bool { return string(raw) == "null" }

// kindOf names the JSON type of raw, a valid value, for a TypeError.
func kindOf(raw []byte) string {
	switch raw[0] {
	case '"':
		return "string"
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	}
	return "number " + string(raw)
}

// decodeString reads a JSON string into *s (null leaves it).
func decodeString(raw []byte, s *string, field string) error {
	if isNull(raw) {
		return nil
	}
	if raw[0] != '"' {
		return &TypeError{Field: field, Value: kindOf(raw), Type: "string"}
	}
	v, err := Unquote(raw)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// decodeStringPtr reads a JSON string or null into *p.
func decodeStringPtr(raw []byte, p **string, field string) error {
	if isNull(raw) {
		*p = nil
		return nil
	}
	if *p == nil {
		*p = new(string)
	}
	return decodeString(raw, *p, field)
}

// decodeInt reads a JSON integer into *n (null leaves it).
func decodeInt(raw []byte, n *int, field string) error {
	if isNull(raw) {
		return nil
	}
	if c := raw[0]; c != '-' && (c < '0' || c > '9') {
		return &TypeError{Field: field, Value: kindOf(raw), Type: "int"}
	}
	v, err := strconv.ParseInt(string(raw), 10, 0)
	if err != nil {
		return &TypeError{Field: field, Value: kindOf(raw), Type: "int"}
	}
	*n = int(v)
	return nil
}

// decodeFloat reads a JSON number into *f (null leaves it).
func decodeFloat(raw []byte, f *float64, field string) error {
	if isNull(raw) {
		return nil
	}
	if c := raw[0]; c != '-' && (c < '0' || c > '9') {
		return &TypeError{Field: field, Value: kindOf(raw), Type: "float64"}
	}
	v, err := strconv.ParseFloat(string(raw), 64)
	if err != nil {
		return &TypeError{Field: field, Value: kindOf(raw), Type: "float64"}
	}
	*f = v
	return nil
}

// decodeBool reads true or false into *b (null leaves it).
func decodeBool(raw []byte, b *bool, field string) error {
	switch string(raw) {
	case "null":
	case "true":
		*b = true
	case "false":
		*b = false
	default:
		return &TypeError{Field: field, Value: kindOf(raw), Type: "bool"}
	}
	return nil
}

// decodeObject calls member for each member of the JSON object raw, with
// its key as written; null calls nothing. field names the Go value.
func decodeObject(raw []byte, field string, member func(key string, value []byte) error) error {
	if isNull(raw) {
		return nil
	}
	if raw[0] != '{' {
		return &TypeError{Field: field, Value: kindOf(raw), Type: "object"}
	}
	return Members(raw, member)
}

// decodeList reads the JSON array raw into *list, each element by elem,
// decoding into the elements already there as json.Unmarshal does; null
// makes *list nil.
func decodeList[T any](raw []byte, list *[]T, field string, elem func(raw []byte, v *T) error) error {
	if isNull(raw) {
		*list = nil
		return nil
	}
	if raw[0] != '[' {
		return &TypeError{Field: field, Value: kindOf(raw), Type: "array"}
	}
	out := (*list)[:0]
	n := 0
	err := elements(raw, func(value []byte) error {
		if n < cap(out) { // what the slice held before, as json.Unmarshal keeps it
			out = out[:n+1]
		} else {
			var zero T
			out = append(out, zero)
		}
		n++
		return elem(value, &out[n-1])
	})
	if out == nil {
		out = []T{} // [] is an empty list, not a nil one
	}
	*list = out
	return err
}

// elements calls fn for each element of the JSON array raw, a valid value
// (Members checked it), with the element's raw bytes.
func elements(raw []byte, fn func(value []byte) error) error {
	s := scanner{data: raw, pos: 1}
	s.space()
	if s.accept(']') {
		return nil
	}
	for {
		s.space()
		start := s.pos
		if err := s.skipValue(1); err != nil {
			return err
		}
		if err := fn(raw[start:s.pos]); err != nil {
			return err
		}
		s.space()
		if s.accept(']') {
			return nil
		}
		if !s.accept(',') {
			return s.fail("want ',' or ']' in an array")
		}
	}
}

// is says key names the field name, as encoding/json matches them: exactly
// or else without regard to case.
func is(key, name string) bool { return key == name || strings.EqualFold(key, name) }
