package render

import (
	"strconv"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// The panel of the standalone page: the sources table and the dates, as
// annotate's summary computes them (the same figures as the web page, the
// embed and the exports), written here as HTML.

// Panel is what the page's panel shows of the summary of an article.
type Panel struct {
	Speakers     []PanelSpeaker
	Unattributed PanelFigures
	// Timeline holds DATE and TIME in time order; Durations and Sets the
	// rest, in text order.
	Timeline, Durations, Sets []PanelDate
	// Totals are of every quote counted; ByGender the words by recorded
	// gender (empty when none is recorded).
	Quotes, Words int
	ByGender      []PanelGroup
}

// PanelFigures are the quotes and words of a speaker or group, and the
// share of every counted word (0 to 1).
type PanelFigures struct {
	Quotes, Words int
	Share         float64
}

// PanelSpeaker is one row of the sources table.
type PanelSpeaker struct {
	ID, Name, Initials, Role, Kind, Category, Gender string
	Palette                                          int
	PanelFigures
	Aliases []string
}

// PanelGroup is the words of the speakers of one recorded value.
type PanelGroup struct {
	Key     string
	Sources int
	Share   float64
}

// PanelDate is one time expression: Index is its place in the
// annotations' dates (its highlight), Text what the reader sees.
type PanelDate struct {
	Index                            int
	Text, Type, Value, Mod, Readable string
}

// writeSources writes the sources table: one row per speaker with its
// badge, figures and aliases, the unattributed quotes, and the totals.
func writeSources(b *strings.Builder, p Panel) {
	b.WriteString("<section><h2>Sources</h2>\n")
	if len(p.Speakers) == 0 && p.Unattributed.Quotes == 0 {
		b.WriteString("<p class=\"none\">No speaker found.</p>\n</section>\n")
		return
	}
	b.WriteString("<ul class=\"speakers\">\n")
	for _, s := range p.Speakers {
		class := "spk-" + strconv.Itoa((s.Palette%speakerPalette+speakerPalette)%speakerPalette+1)
		b.WriteString(`<li><mark class="sp ` + class + `">`)
		mdtext.WriteEscaped(b, s.Name)
		b.WriteString(`</mark> <abbr class="initials" title="the label of `)
		mdtext.WriteEscaped(b, s.Name)
		b.WriteString(`’s quotes">`)
		mdtext.WriteEscaped(b, s.Initials)
		b.WriteString("</abbr> <span class=\"count\">")
		writeFigures(b, s.PanelFigures)
		for _, a := range []string{s.Role, s.Kind, s.Category, s.Gender} {
			if a != "" {
				b.WriteString(", ")
				mdtext.WriteEscaped(b, a)
			}
		}
		b.WriteString("</span>")
		if len(s.Aliases) > 0 {
			b.WriteString("<br><span class=\"aliases\">also ")
			for k, a := range s.Aliases {
				if k > 0 {
					b.WriteString(", ")
				}
				b.WriteString("“")
				mdtext.WriteEscaped(b, a)
				b.WriteString("”")
			}
			b.WriteString("</span>")
		}
		b.WriteString("</li>\n")
	}
	if u := p.Unattributed; u.Quotes > 0 {
		b.WriteString(`<li><mark class="q spk-none">Unattributed</mark> <span class="count">`)
		writeFigures(b, u)
		b.WriteString("</span></li>\n")
	}
	b.WriteString("</ul>\n<p class=\"totals\">")
	b.WriteString(plural(len(p.Speakers), "source") + " · " + plural(p.Quotes, "quote") + " · " + plural(p.Words, "quoted word"))
	if len(p.ByGender) > 0 {
		b.WriteString("<br>By recorded gender: ")
		for i, g := range p.ByGender {
			if i > 0 {
				b.WriteString(", ")
			}
			mdtext.WriteEscaped(b, g.Key)
			b.WriteString(" " + percent(g.Share))
		}
	}
	b.WriteString("</p>\n</section>\n")
}

// writeFigures writes "3 quotes, 57 words (41%)".
func writeFigures(b *strings.Builder, f PanelFigures) {
	b.WriteString(plural(f.Quotes, "quote") + ", " + plural(f.Words, "word") + " (" + percent(f.Share) + ")")
}

// percent writes a share as a whole percentage.
func percent(share float64) string { return strconv.Itoa(int(share*100+0.5)) + "%" }

// writeDates writes the time line, then the durations and the repeated
// times, each date as a reader writes it, a link to its highlight, with
// its TIMEX3 value beside it.
func writeDates(b *strings.Builder, p Panel) {
	if len(p.Timeline)+len(p.Durations)+len(p.Sets) == 0 {
		b.WriteString("<section><h2>Dates</h2>\n<p class=\"none\">No date found.</p>\n</section>\n")
		return
	}
	for _, part := range []struct {
		head  string
		dates []PanelDate
	}{{"Dates in time order", p.Timeline}, {"Durations", p.Durations}, {"Repeated", p.Sets}} {
		if len(part.dates) == 0 {
			continue
		}
		b.WriteString("<section><h2>" + part.head + "</h2>\n<table class=\"dates\">\n")
		b.WriteString("<thead><tr><th scope=\"col\">When</th><th scope=\"col\">Text</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n")
		for _, d := range part.dates {
			b.WriteString("<tr><td>")
			mdtext.WriteEscaped(b, d.Readable)
			b.WriteString(`</td><td><a href="#` + dateID(d.Index) + `">`)
			mdtext.WriteEscaped(b, excerpt(d.Text, 80))
			b.WriteString("</a></td><td><code>")
			mdtext.WriteEscaped(b, d.Value)
			if d.Mod != "" {
				b.WriteString(" (")
				mdtext.WriteEscaped(b, d.Mod)
				b.WriteString(")")
			}
			b.WriteString("</code></td></tr>\n")
		}
		b.WriteString("</tbody>\n</table>\n</section>\n")
	}
}
