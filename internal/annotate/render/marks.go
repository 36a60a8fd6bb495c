package render

import (
	"cmp"
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// The highlights of the annotations: one mark per quote, speaker mention
// and date, with its attributes.

// markKind orders highlights that start and end together: a quote holds a
// speaker mention, which holds a date.
type markKind uint8

const (
	markQuote markKind = iota
	markSpeaker
	markDate
)

// markSpan is one highlight to lay over the tokens.
type markSpan struct {
	core.Span
	kind markKind
	// attrs is the escaped attribute list of the start tag, without id.
	attrs string
	// id is the escaped id given to the first piece, if any.
	id string
	// label is HTML written inside the first piece, before the text (the
	// speaker label of a pasted fragment), if any.
	label string
}

// speakerClasses returns the colour class of each speaker, by speaker ID:
// spk-1 to spk-12 by res.Palette, or else by order in res.Speakers,
// cycling. (A quote without a
// speaker gets spk-none.)
func speakerClasses(res Annotations) map[string]string {
	m := make(map[string]string, len(res.Speakers))
	for i, s := range res.Speakers {
		if _, dup := m[s.ID]; !dup {
			if p, ok := res.Palette[s.ID]; ok {
				i = p
			}
			m[s.ID] = "spk-" + strconv.Itoa((i%speakerPalette+speakerPalette)%speakerPalette+1)
		}
	}
	return m
}

// speakerPalette is the number of distinct speaker colours of the page
// (annotate.PaletteSize).
const speakerPalette = 12

// collectMarks turns the spans of res into highlights sorted in nesting
// order: by start, longest first, then quote before mention before date.
// Spans out of bounds are clamped, widened to rune boundaries, and dropped
// when empty.
func collectMarks(text string, res Annotations) []markSpan {
	classes := speakerClasses(res)
	names := make(map[string]string, len(res.Speakers))
	for _, s := range res.Speakers {
		if _, dup := names[s.ID]; !dup {
			names[s.ID] = s.Name
		}
	}
	n := len(res.Quotes) + len(res.Dates)
	for _, s := range res.Speakers {
		n += len(s.Mentions)
	}
	marks := make([]markSpan, 0, n)
	add := func(s core.Span, kind markKind, attrs, id string) {
		s = core.ClampSpan(text, s)
		if s.Len() > 0 {
			marks = append(marks, markSpan{Span: s, kind: kind, attrs: attrs, id: id})
		}
	}
	var a mdtext.AttrWriter
	for _, q := range res.Quotes {
		a.Reset()
		class, name := "spk-none", ""
		if q.Speaker != nil {
			if c, ok := classes[*q.Speaker]; ok {
				class, name = c, names[*q.Speaker]
			}
		}
		a.Add("class", "q "+class)
		a.Add("data-quote", q.ID)
		who := []string{"unattributed quote"}
		if q.Speaker != nil {
			a.Add("data-speaker", *q.Speaker)
			a.Add("data-speaker-name", name)
			who = []string{"quote by ", orString(name, *q.Speaker)}
		}
		cue := ""
		if q.Cue != nil {
			cue = core.ClampSpan(text, q.Cue.Span).Of(text)
			a.Add("data-cue", cue)
		}
		para := strconv.Itoa(q.Paragraph)
		a.Add("data-paragraph", para)
		if q.Unclosed {
			a.Add("data-unclosed", "true")
		}
		// title: quote by NAME, cue “said”, paragraph N, closing mark missing
		if !res.NoTitles {
			a.Open("title")
			a.Text(who...)
			if q.Cue != nil {
				a.Text(", cue “", cue, "”")
			}
			a.Text(", paragraph ", strconv.Itoa(q.Paragraph+1))
			if q.Unclosed {
				a.Text(", closing mark missing")
			}
			a.Close()
		}
		id := ""
		if q.ID != "" {
			id = mdtext.EscapeString(q.ID)
		}
		add(q.Span, markQuote, a.String(), id)
	}
	for _, s := range res.Speakers {
		a.Reset()
		a.Add("class", "sp "+classes[s.ID])
		a.Add("data-speaker", s.ID)
		a.Add("data-speaker-name", s.Name)
		if !res.NoTitles {
			a.Add("title", "speaker: "+orString(s.Name, s.ID))
		}
		attrs := a.String()
		for _, m := range s.Mentions {
			add(m.Span, markSpeaker, attrs, "")
		}
	}
	// Dates that share type, value and modifier share the attributes
	// after their own data-date.
	dateAttrs := make(map[[3]string]string)
	for i, d := range res.Dates {
		key := [3]string{d.Type, d.Value, d.Mod}
		rest, ok := dateAttrs[key]
		if !ok {
			a.Reset()
			a.Add("data-type", d.Type)
			a.Add("data-value", d.Value)
			if d.Mod != "" {
				a.Add("data-mod", d.Mod)
			}
			if !res.NoTitles {
				title := d.Type + " " + d.Value
				if d.Mod != "" {
					title += " (" + d.Mod + ")"
				}
				a.Add("title", title)
			}
			rest = a.String()
			dateAttrs[key] = rest
		}
		id := dateID(i)
		add(d.Span, markDate, ` class="dt" data-date="`+id+`"`+rest, id)
	}
	sortMarks(marks)
	return marks
}

// sortMarks puts marks in the order the writer opens them: by start, the
// longer first, then by kind (a quote outside a mention or a date).
func sortMarks(marks []markSpan) {
	core.SortStableFunc(marks, func(x, y markSpan) int {
		if c := cmp.Compare(x.Start, y.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(y.End, x.End); c != 0 {
			return c
		}
		return cmp.Compare(x.kind, y.kind)
	})
}

// dateID returns the ID of the i-th date (0-based) of the annotations in the
// rendered HTML: "d1" for the first. RenderHTML gives it to every piece of
// the date's highlight as data-date, and to the first piece as id.
func dateID(i int) string {
	return "d" + strconv.Itoa(i+1)
}

func orString(s, alt string) string {
	if s != "" {
		return s
	}
	return alt
}
