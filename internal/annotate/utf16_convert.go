package annotate

// This file converts the offsets of a Result and of Corrections between
// UTF-8 bytes (Go) and UTF-16 code units (JavaScript), both ways, so that
// the bridge can take back what it handed out.

// FromUTF16 returns a copy of r whose offsets, UTF-16 code units into text
// (as [Result.ToUTF16] gives them), are UTF-8 byte offsets again, and whose
// span texts are derived from text. Offsets past the end of text are kept
// past it (so that [Summarize] reports them).
func (r Result) FromUTF16(text string) Result {
	m := NewUTF16Map(text)
	of := func(s Span) string {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return ""
		}
		return s.Of(text)
	}
	return r.mapSpans(func(s Span) Span { return Span{Start: fromUTF16(m, text, s.Start), End: fromUTF16(m, text, s.End)} }, of)
}

// fromUTF16 converts one offset, keeping offsets out of range out of it.
func fromUTF16(m *UTF16Map, text string, u int) int {
	switch {
	case u < 0:
		return u
	case u > m.Len16():
		return len(text) + u - m.Len16()
	}
	return m.ToByte(u)
}

// mapSpans returns a copy of r with every span passed through conv and,
// when of is not nil, every span's text derived again with of (nil keeps
// the texts as they are).
func (r Result) mapSpans(conv func(Span) Span, of func(Span) string) Result {
	text := func(s Span, old string) string {
		if of == nil {
			return old
		}
		return of(s)
	}
	out := r
	// The cues, and the mentions of every speaker, are copied into one
	// array each: an allocation per cue and per speaker costs the bridge
	// more than the conversion.
	cues := 0
	for _, q := range r.Quotes {
		if q.Cue != nil {
			cues++
		}
	}
	cueCopies := make([]Mention, 0, cues)
	out.Quotes = make([]Quote, len(r.Quotes))
	for i, q := range r.Quotes {
		q.Span = conv(q.Span)
		q.Text = text(q.Span, q.Text)
		if q.Cue != nil {
			c := *q.Cue
			c.Span = conv(c.Span)
			c.Text = text(c.Span, c.Text)
			cueCopies = append(cueCopies, c)
			q.Cue = &cueCopies[len(cueCopies)-1]
		}
		out.Quotes[i] = q
	}
	mentions := 0
	for _, s := range r.Speakers {
		mentions += len(s.Mentions)
	}
	all := make([]Mention, mentions)
	out.Speakers = make([]Speaker, len(r.Speakers))
	for i, s := range r.Speakers {
		ms := all[:len(s.Mentions):len(s.Mentions)]
		all = all[len(s.Mentions):]
		for j, mt := range s.Mentions {
			mt.Span = conv(mt.Span)
			mt.Text = text(mt.Span, mt.Text)
			ms[j] = mt
		}
		s.Mentions = ms
		out.Speakers[i] = s
	}
	out.Dates = make([]Date, len(r.Dates))
	for i, d := range r.Dates {
		d.Span = conv(d.Span)
		d.Text = text(d.Span, d.Text)
		out.Dates[i] = d
	}
	return out
}

// ToUTF16 returns a copy of c whose added quotes' offsets are UTF-16 code
// units into text instead of bytes.
func (c Corrections) ToUTF16(text string) Corrections {
	m := NewUTF16Map(text)
	return c.mapAdded(func(b int) int { return m.ToUTF16(b) })
}

// FromUTF16 returns a copy of c whose added quotes' offsets, UTF-16 code
// units into text, are byte offsets. An offset inside a surrogate pair
// maps to the start of its character; offsets out of range stay out.
func (c Corrections) FromUTF16(text string) Corrections {
	m := NewUTF16Map(text)
	return c.mapAdded(func(u int) int { return fromUTF16(m, text, u) })
}

func (c Corrections) mapAdded(conv func(int) int) Corrections {
	if len(c.Added) == 0 {
		return c
	}
	out := c
	out.Added = make([]AddedQuote, len(c.Added))
	for i, a := range c.Added {
		a.Start, a.End = conv(a.Start), conv(a.End)
		out.Added[i] = a
	}
	return out
}
