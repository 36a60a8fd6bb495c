package annotate

import "github.com/newsroom/annotator/internal/annotate/render"

// RenderHTML returns an HTML fragment showing text with the highlights of
// res: paragraphs for plain text (split as the annotator splits them),
// goldmark's structure for Markdown, as res.Format says (detected when
// empty). Each quote, speaker mention and date is a <mark> element:
//
//	<mark class="q spk-1" id="q1" data-quote="q1" data-speaker="s1"
//	      data-speaker-name="Donald Trump" data-cue="said" data-paragraph="3">
//	<mark class="sp spk-1" data-speaker="s1" data-speaker-name="Donald Trump">
//	<mark class="dt" id="d3" data-date="d3" data-type="DATE" data-value="2025-10-16">
//
// A date's ID is "d" and its 1-based position in res.Dates. A quote has
// data-unclosed="true" when its closing mark is missing, and class
// spk-none when it has no speaker. A highlight that crosses an element
// boundary is split into pieces; the first piece of a quote or a date
// carries its id, every piece its data-quote or data-date. Raw HTML in
// Markdown is shown as text, links with unsafe schemes lose their target,
// and every text and attribute value is escaped, so the fragment carries
// no active content whatever the input.
func RenderHTML(text string, res Result) string { return RenderHTMLWith(text, res, RenderOptions{}) }

// RenderOptions are the choices of [RenderHTMLWith]; the zero value is
// [RenderHTML]'s.
type RenderOptions struct {
	// NoTitles leaves out the title attribute of every highlight (the
	// tooltip a browser shows on hover, "quote by NAME, cue “said”,
	// paragraph N"): the annotator's page shows its own tooltips from the
	// data attributes and its sanitizer drops title, so it asks for none
	// (the titles are about a fifth of the fragment). A fragment meant for
	// a page without a script keeps them.
	NoTitles bool
}

// RenderHTMLWith is [RenderHTML] with the choices of opts.
func RenderHTMLWith(text string, res Result, opts RenderOptions) string {
	a := annotations(res)
	a.NoTitles = opts.NoTitles
	return render.HTML(text, a)
}

// RenderPage returns a complete, standalone HTML page: the article as
// [RenderHTML] renders it, beside a panel that shows its [Summary]: the
// sources table (each speaker's badge, quotes, words, share and aliases,
// the totals), the quotes (each a link to its highlight), and the dates in
// readable form (the time line, then durations and repeated times), under
// a legend. Styles are inline, with a dark variant following the system
// setting; the page loads nothing else and runs no script (its
// Content-Security-Policy forbids both), so it opens offline and is safe
// to share.
func RenderPage(text string, res Result, title string) string {
	sum, err := Summarize(text, res, Corrections{})
	if err != nil {
		// res does not fit text: the page shows what fits, and no figures
		sum = Summary{}
	}
	return renderPage(text, res, sum, title)
}

// renderPage is the page of res (as corrected) with the panel of sum.
func renderPage(text string, res Result, sum Summary, title string) string {
	a := annotations(res)
	a.Palette = make(map[string]int, len(sum.Speakers))
	p := render.Panel{Quotes: sum.Totals.Quotes, Words: sum.Totals.Words,
		Unattributed: render.PanelFigures{Quotes: sum.Unattributed.Quotes, Words: sum.Unattributed.Words, Share: sum.Unattributed.Share}}
	for _, s := range sum.Speakers {
		a.Palette[s.ID] = s.Palette
		p.Speakers = append(p.Speakers, render.PanelSpeaker{ID: s.ID, Name: s.Name, Initials: s.Initials, Role: s.Role,
			Kind: s.Kind, Category: s.Category, Gender: s.Gender, Palette: s.Palette, Aliases: s.Aliases,
			PanelFigures: render.PanelFigures{Quotes: s.Quotes, Words: s.Words, Share: s.Share}})
	}
	for _, g := range sum.Totals.ByGender {
		if g.Key != unsetKey { // shown once some gender is recorded
			for _, g := range sum.Totals.ByGender {
				p.ByGender = append(p.ByGender, render.PanelGroup{Key: g.Key, Sources: g.Sources, Share: g.Share})
			}
			break
		}
	}
	dates := func(ds []DateSummary) []render.PanelDate {
		out := make([]render.PanelDate, len(ds))
		for i, d := range ds {
			out[i] = render.PanelDate{Index: d.Index, Text: d.Text, Type: d.Type, Value: d.Value, Mod: d.Mod, Readable: d.Readable}
		}
		return out
	}
	p.Timeline, p.Durations, p.Sets = dates(sum.Timeline), dates(sum.Durations), dates(sum.Sets)
	return render.Page(text, a, p, title)
}

// annotations is what the renderers read of res.
func annotations(res Result) render.Annotations {
	return render.Annotations{Format: res.Format, Dateline: res.Dateline, Quotes: res.Quotes, Speakers: res.Speakers, Dates: res.Dates}
}
