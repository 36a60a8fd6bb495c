package resultjson

import (
	"slices"

	"github.com/newsroom/annotator/internal/annotate"
)

// AppendCorrections appends the JSON encoding of c to dst, as json.Marshal
// writes it (map keys sorted, empty fields left out), and returns the
// extended slice.
func AppendCorrections(dst []byte, c annotate.Corrections) []byte {
	dst = appendKey(append(dst, '{'), "version", true)
	dst = appendInt(dst, c.Version)
	if len(c.Quotes) > 0 {
		dst = appendKey(dst, "quotes", false)
		dst = appendMap(dst, c.Quotes, appendQuoteCorrection)
	}
	if len(c.Added) > 0 {
		dst = appendKey(dst, "added", false)
		dst = appendList(dst, c.Added, appendAddedQuote)
	}
	if len(c.Speakers) > 0 {
		dst = appendKey(dst, "speakers", false)
		dst = appendMap(dst, c.Speakers, appendSpeakerCorrection)
	}
	return append(dst, '}')
}

// appendMap writes m as a JSON object, keys in byte order as
// encoding/json sorts them.
func appendMap[V any](dst []byte, m map[string]V, value func([]byte, V) []byte) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	dst = append(dst, '{')
	for i, k := range keys {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(appendString(dst, k), ':')
		dst = value(dst, m[k])
	}
	return append(dst, '}')
}

// appendOptional appends "key":"s" when s is not empty (omitempty), after
// the members before it when some were written.
func appendOptional(dst []byte, key, s string) []byte {
	if s == "" {
		return dst
	}
	return appendString(appendKey(dst, key, dst[len(dst)-1] == '{'), s)
}

func appendQuoteCorrection(dst []byte, q annotate.QuoteCorrection) []byte {
	dst = append(dst, '{')
	if q.Speaker != nil {
		dst = appendString(appendKey(dst, "speaker", true), *q.Speaker)
	}
	if q.Dismissed {
		dst = append(appendKey(dst, "dismissed", dst[len(dst)-1] == '{'), "true"...)
	}
	if q.Checked {
		dst = append(appendKey(dst, "checked", dst[len(dst)-1] == '{'), "true"...)
	}
	return append(dst, '}')
}

func appendAddedQuote(dst []byte, a annotate.AddedQuote) []byte {
	dst = appendKey(append(dst, '{'), "id", true)
	dst = appendString(dst, a.ID)
	dst = appendKey(dst, "start", false)
	dst = appendInt(dst, a.Start)
	dst = appendKey(dst, "end", false)
	dst = appendInt(dst, a.End)
	dst = appendOptional(dst, "speaker", a.Speaker)
	return append(dst, '}')
}

func appendSpeakerCorrection(dst []byte, s annotate.SpeakerCorrection) []byte {
	dst = append(dst, '{')
	dst = appendOptional(dst, "name", s.Name)
	dst = appendOptional(dst, "merged_into", s.MergedInto)
	dst = appendOptional(dst, "kind", s.Kind)
	dst = appendOptional(dst, "category", s.Category)
	dst = appendOptional(dst, "gender", s.Gender)
	return append(dst, '}')
}

// DecodeCorrections reads corrections in their JSON format (what
// [AppendCorrections] writes, or the page's JSON.stringify of them) as
// json.Unmarshal reads them into an [annotate.Corrections], without
// reflection. The error is a *SyntaxError or a *TypeError.
func DecodeCorrections(data []byte) (annotate.Corrections, error) {
	var c annotate.Corrections
	if isNull(trimSpace(data)) {
		return c, nil
	}
	err := Members(data, func(key string, v []byte) error {
		switch {
		case is(key, "version"):
			return decodeInt(v, &c.Version, "version")
		case is(key, "quotes"):
			return decodeMap(v, &c.Quotes, "quotes", decodeQuoteCorrection)
		case is(key, "added"):
			return decodeList(v, &c.Added, "added", decodeAddedQuote)
		case is(key, "speakers"):
			return decodeMap(v, &c.Speakers, "speakers", decodeSpeakerCorrection)
		}
		return nil
	})
	return c, err
}

// decodeMap reads the JSON object raw into *m, each value by value into a
// zero V as json.Unmarshal does; null makes *m nil.
func decodeMap[V any](raw []byte, m *map[string]V, field string, value func(raw []byte, v *V) error) error {
	if isNull(raw) {
		*m = nil
		return nil
	}
	if raw[0] != '{' {
		return &TypeError{Field: field, Value: kindOf(raw), Type: "object"}
	}
	if *m == nil {
		*m = map[string]V{}
	}
	return Members(raw, func(key string, raw []byte) error {
		var v V
		err := value(raw, &v)
		(*m)[key] = v
		return err
	})
}

func decodeQuoteCorrection(raw []byte, q *annotate.QuoteCorrection) error {
	return decodeObject(raw, "quotes", func(key string, v []byte) error {
		switch {
		case is(key, "speaker"):
			return decodeStringPtr(v, &q.Speaker, "quotes.speaker")
		case is(key, "dismissed"):
			return decodeBool(v, &q.Dismissed, "quotes.dismissed")
		case is(key, "checked"):
			return decodeBool(v, &q.Checked, "quotes.checked")
		}
		return nil
	})
}

func decodeAddedQuote(raw []byte, a *annotate.AddedQuote) error {
	return decodeObject(raw, "added", func(key string, v []byte) error {
		switch {
		case is(key, "id"):
			return decodeString(v, &a.ID, "added.id")
		case is(key, "start"):
			return decodeInt(v, &a.Start, "added.start")
		case is(key, "end"):
			return decodeInt(v, &a.End, "added.end")
		case is(key, "speaker"):
			return decodeString(v, &a.Speaker, "added.speaker")
		}
		return nil
	})
}

func decodeSpeakerCorrection(raw []byte, s *annotate.SpeakerCorrection) error {
	return decodeObject(raw, "speakers", func(key string, v []byte) error {
		switch {
		case is(key, "name"):
			return decodeString(v, &s.Name, "speakers.name")
		case is(key, "merged_into"):
			return decodeString(v, &s.MergedInto, "speakers.merged_into")
		case is(key, "kind"):
			return decodeString(v, &s.Kind, "speakers.kind")
		case is(key, "category"):
			return decodeString(v, &s.Category, "speakers.category")
		case is(key, "gender"):
			return decodeString(v, &s.Gender, "speakers.gender")
		}
		return nil
	})
}
