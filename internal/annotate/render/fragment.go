package render

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// The fragment that "Copy HTML" puts on the clipboard: the article with its
// highlights drawn by inline styles, since a CMS or a word processor keeps
// no style sheet and shows a bare <mark> in its default yellow. Each quote
// opens with a visible label naming its speaker. The fragment carries no
// id (ids clash in the page it is pasted into), no tabindex, no class the
// target could style, and no script or event attribute: only what the
// article says, escaped.

// FragmentSpeaker is what a fragment shows of a speaker: the label before
// each quote, and the colour (an index into FragmentColors).
type FragmentSpeaker struct {
	Name    string
	Palette int
}

// FragmentColors are the backgrounds of the speakers' quotes in a pasted
// fragment, light enough for the dark text it sets (at least 4.5:1, WCAG
// AA, checked by TestFragmentContrast) whatever the target's theme.
var FragmentColors = [...]string{
	"#ffe08a", "#b9e3ff", "#c9f0c0", "#ffc9d6", "#e0d0ff", "#ffd1a8",
	"#bfeee6", "#e6e6a0", "#f5cdf0", "#d4dcff", "#e8f0b0", "#ffd9d0",
}

// fragmentText and fragmentNoSpeaker are the text colour of the fragment
// and the background of quotes with no speaker.
const (
	fragmentText      = lightText
	fragmentNoSpeaker = "#e4e4e7"
)

// Fragment returns text with the quotes of res highlighted by inline
// styles, each quote labelled with its speaker's name ("[Ines Moreau]"),
// speaker mentions in bold and dates underlined with a dotted line.
// speakers gives the name and colour of each speaker ID; a quote whose
// speaker is not there is shown as unattributed.
func Fragment(text string, res Annotations, speakers map[string]FragmentSpeaker) string {
	toks := articleTokens(text, res.Format)
	marks := fragmentMarks(text, res, speakers)
	var b strings.Builder
	b.Grow(len(text) + len(text)/3 + 200*len(marks))
	b.WriteString(`<div style="color:` + fragmentText + `;background-color:#ffffff;font-family:Georgia,'Times New Roman',serif;line-height:1.6;">`)
	writeTokens(&b, text, toks, marks)
	b.WriteString("</div>")
	return b.String()
}

// fragmentMarks are the highlights of a fragment, in nesting order.
func fragmentMarks(text string, res Annotations, speakers map[string]FragmentSpeaker) []markSpan {
	var marks []markSpan
	add := func(s core.Span, kind markKind, attrs, label string) {
		s = core.ClampSpan(text, s)
		if s.Len() > 0 {
			marks = append(marks, markSpan{Span: s, kind: kind, attrs: attrs, label: label})
		}
	}
	var a mdtext.AttrWriter
	for _, q := range res.Quotes {
		name, bg, line := "unattributed", fragmentNoSpeaker, "dotted"
		if q.Speaker != nil {
			if sp, ok := speakers[*q.Speaker]; ok {
				name = orString(sp.Name, *q.Speaker)
				bg = FragmentColors[(sp.Palette%len(FragmentColors)+len(FragmentColors))%len(FragmentColors)]
				line = "solid"
			}
		}
		a.Reset()
		a.Add("style", "background-color:"+bg+";color:"+fragmentText+";text-decoration:underline "+line+";")
		a.Add("title", "quote by "+name)
		label := `<span style="font-family:Arial,Helvetica,sans-serif;font-size:0.75em;font-weight:bold;">[` +
			mdtext.EscapeString(name) + `]</span> `
		add(q.Span, markQuote, a.String(), label)
	}
	for _, s := range res.Speakers {
		if _, ok := speakers[s.ID]; !ok {
			continue
		}
		for _, m := range s.Mentions {
			add(m.Span, markSpeaker, ` style="background-color:transparent;color:inherit;font-weight:bold;"`, "")
		}
	}
	for _, d := range res.Dates {
		a.Reset()
		a.Add("style", "background-color:transparent;color:inherit;border-bottom:1px dotted #6b3fb8;")
		add(d.Span, markDate, a.String(), "")
	}
	sortMarks(marks)
	return marks
}
