package resultjson

import "github.com/newsroom/annotator/internal/annotate"

// Decode reads a result in its public JSON format (what [Append] writes,
// or JavaScript's JSON.stringify of the bridge's result) as json.Unmarshal
// reads it into an [annotate.Result], without reflection. The error is a
// *SyntaxError for malformed JSON or a *TypeError for a value of the wrong
// type.
func Decode(data []byte) (annotate.Result, error) {
	var r annotate.Result
	if isNull(trimSpace(data)) {
		return r, nil
	}
	err := Members(data, func(key string, v []byte) error {
		switch {
		case is(key, "id"):
			return decodeString(v, &r.ID, "id")
		case is(key, "format"):
			return decodeString(v, (*string)(&r.Format), "format")
		case is(key, "dateline"):
			return decodeString(v, &r.Dateline, "dateline")
		case is(key, "quotes"):
			return decodeList(v, &r.Quotes, "quotes", decodeQuote)
		case is(key, "speakers"):
			return decodeList(v, &r.Speakers, "speakers", decodeSpeaker)
		case is(key, "dates"):
			return decodeList(v, &r.Dates, "dates", decodeDate)
		case is(key, "date_order"):
			return decodeString(v, &r.DateOrder, "date_order")
		case is(key, "warnings"):
			return decodeList(v, &r.Warnings, "warnings", func(raw []byte, w *string) error {
				return decodeString(raw, w, "warnings")
			})
		}
		return nil
	})
	return r, err
}

func decodeQuote(raw []byte, q *annotate.Quote) error {
	return decodeObject(raw, "quotes", func(key string, v []byte) error {
		switch {
		case is(key, "id"):
			return decodeString(v, &q.ID, "quote.id")
		case is(key, "start"):
			return decodeInt(v, &q.Start, "quote.start")
		case is(key, "end"):
			return decodeInt(v, &q.End, "quote.end")
		case is(key, "text"):
			return decodeString(v, &q.Text, "quote.text")
		case is(key, "speaker"):
			return decodeStringPtr(v, &q.Speaker, "quote.speaker")
		case is(key, "cue"):
			if isNull(v) {
				q.Cue = nil
				return nil
			}
			if q.Cue == nil {
				q.Cue = new(annotate.Mention)
			}
			return decodeMention(v, q.Cue)
		case is(key, "paragraph"):
			return decodeInt(v, &q.Paragraph, "quote.paragraph")
		case is(key, "unclosed"):
			return decodeBool(v, &q.Unclosed, "quote.unclosed")
		case is(key, "attribution"):
			return decodeString(v, &q.Attribution, "quote.attribution")
		case is(key, "confidence"):
			return decodeFloat(v, &q.Confidence, "quote.confidence")
		}
		return nil
	})
}

func decodeSpeaker(raw []byte, s *annotate.Speaker) error {
	return decodeObject(raw, "speakers", func(key string, v []byte) error {
		switch {
		case is(key, "id"):
			return decodeString(v, &s.ID, "speaker.id")
		case is(key, "name"):
			return decodeString(v, &s.Name, "speaker.name")
		case is(key, "kind"):
			return decodeString(v, &s.Kind, "speaker.kind")
		case is(key, "role"):
			return decodeString(v, &s.Role, "speaker.role")
		case is(key, "mentions"):
			return decodeList(v, &s.Mentions, "speaker.mentions", decodeMention)
		case is(key, "quotes"):
			return decodeInt(v, &s.Quotes, "speaker.quotes")
		case is(key, "words"):
			return decodeInt(v, &s.Words, "speaker.words")
		}
		return nil
	})
}

func decodeDate(raw []byte, d *annotate.Date) error {
	return decodeObject(raw, "dates", func(key string, v []byte) error {
		switch {
		case is(key, "start"):
			return decodeInt(v, &d.Start, "date.start")
		case is(key, "end"):
			return decodeInt(v, &d.End, "date.end")
		case is(key, "text"):
			return decodeString(v, &d.Text, "date.text")
		case is(key, "type"):
			return decodeString(v, &d.Type, "date.type")
		case is(key, "value"):
			return decodeString(v, &d.Value, "date.value")
		case is(key, "mod"):
			return decodeString(v, &d.Mod, "date.mod")
		}
		return nil
	})
}

func decodeMention(raw []byte, m *annotate.Mention) error {
	return decodeObject(raw, "mention", func(key string, v []byte) error {
		switch {
		case is(key, "start"):
			return decodeInt(v, &m.Start, "mention.start")
		case is(key, "end"):
			return decodeInt(v, &m.End, "mention.end")
		case is(key, "text"):
			return decodeString(v, &m.Text, "mention.text")
		}
		return nil
	})
}

// trimSpace drops JSON white space around data.
func trimSpace(data []byte) []byte {
	s := scanner{data: data}
	s.space()
	end := len(data)
	for end > s.pos && (data[end-1] == ' ' || data[end-1] == '\t' || data[end-1] == '\n' || data[end-1] == '\r') {
		end--
	}
	return data[s.pos:end]
}
