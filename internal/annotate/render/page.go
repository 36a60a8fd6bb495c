package render

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// Page returns a standalone HTML page of text with the highlights of res
// and a panel of its sources, quotes and dates, as panel gives them
// (annotate.RenderPage documents it).
func Page(text string, res Annotations, panel Panel, title string) string {
	if strings.TrimSpace(title) == "" {
		title = "Annotated article"
	}
	var b strings.Builder
	b.Grow(len(text)*2 + 16<<10)
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	b.WriteString(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` + "\n")
	b.WriteString("<title>")
	mdtext.WriteEscaped(&b, title)
	b.WriteString("</title>\n<style>\n")
	b.WriteString(pageCSS())
	b.WriteString("</style>\n</head>\n<body>\n<header>\n<h1>")
	mdtext.WriteEscaped(&b, title)
	b.WriteString("</h1>\n<p class=\"meta\">")
	if res.Dateline != "" {
		b.WriteString("Dateline ")
		mdtext.WriteEscaped(&b, res.Dateline)
	} else {
		b.WriteString("No dateline")
	}
	b.WriteString(" · " + plural(len(res.Quotes), "quote") + " · " + plural(len(panel.Speakers), "speaker") + " · " + plural(len(res.Dates), "date"))
	if res.Format == core.FormatMarkdown {
		b.WriteString(" · read as Markdown")
	}
	b.WriteString("</p>\n</header>\n<main>\n<article class=\"article\">\n")
	toks := articleTokens(text, res.Format)
	b.WriteString(renderTokens(text, toks, res))
	b.WriteString("</article>\n<aside class=\"panel\" aria-label=\"Speakers, quotes and dates\">\n")
	writeLegend(&b)
	writeSources(&b, panel)
	writeQuoteList(&b, text, toks, res)
	writeDates(&b, panel)
	b.WriteString("</aside>\n</main>\n</body>\n</html>\n")
	return b.String()
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// writeLegend explains the marks, each drawn as it appears in the article.
func writeLegend(b *strings.Builder) {
	b.WriteString(`<section><h2>Legend</h2>
<ul class="legend">
<li><mark class="q spk-1">“Quote”</mark> a direct quote, coloured and underlined by speaker</li>
<li><mark class="sp spk-1">Name</mark> a mention of a speaker, boxed</li>
<li><mark class="dt">Thursday</mark> a date or time, dotted underline; hover for its value</li>
<li><mark class="q spk-none">“Quote”</mark> a quote with no speaker found</li>
<li><mark class="q spk-none" data-unclosed="true">“Quote</mark> a quote whose closing mark is missing</li>
</ul>
</section>
`)
}

// writeQuoteList lists the quotes in order, each linking to its highlight.
func writeQuoteList(b *strings.Builder, text string, toks []mdtext.Token, res Annotations) {
	b.WriteString("<section><h2>Quotes</h2>\n")
	if len(res.Quotes) == 0 {
		b.WriteString("<p class=\"none\">No quote found.</p>\n</section>\n")
		return
	}
	classes := speakerClasses(res)
	names := make(map[string]string)
	for _, s := range res.Speakers {
		names[s.ID] = orString(s.Name, s.ID)
	}
	b.WriteString("<ol class=\"quotes\">\n")
	from := 0
	for _, q := range res.Quotes {
		class, who := "spk-none", "unattributed"
		if q.Speaker != nil {
			if c, ok := classes[*q.Speaker]; ok {
				class, who = c, names[*q.Speaker]
			}
		}
		b.WriteString(`<li><a href="#`)
		mdtext.WriteEscaped(b, q.ID)
		b.WriteString(`"><mark class="q `)
		b.WriteString(class)
		b.WriteString(`">`)
		var shown string
		shown, from = shownText(text, toks, core.ClampSpan(text, q.Span), from)
		mdtext.WriteEscaped(b, excerpt(shown, 160))
		b.WriteString("</mark></a> <span class=\"who\">— ")
		mdtext.WriteEscaped(b, who)
		b.WriteString("</span></li>\n")
	}
	b.WriteString("</ol>\n</section>\n")
}

// excerpt returns s with white space runs collapsed, cut to at most n
// runes with an ellipsis.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := 0; k < n-1; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i] + "…"
}

// speakerStyle is the look of one speaker's quotes: a background for light
// and for dark mode (each with at least 4.5:1 contrast against the text
// colour of its mode, WCAG AA), and an underline style, so that colour is
// never the only signal.
type speakerStyle struct {
	light, dark string
	underline   string
}

// The page colours. Text on every background meets WCAG AA (checked by
// TestPaletteContrast).
const (
	lightText = "#1b1b1f"
	lightBg   = "#fbfaf7"
	darkText  = "#ececf1"
	darkBg    = "#16171b"
)

// speakerStyles is the fixed palette, indexed by speaker order (spk-1 is
// the first); noSpeakerStyle is for quotes without a speaker.
var speakerStyles = [speakerPalette]speakerStyle{
	{"#ffe08a", "#5c4500", "solid"},
	{"#b9e3ff", "#123f5e", "dashed"},
	{"#c9f0c0", "#1f4a1a", "dotted"},
	{"#ffc9d6", "#5e1f33", "double"},
	{"#e0d0ff", "#3b2a66", "wavy"},
	{"#ffd1a8", "#5a3211", "solid"},
	{"#bfeee6", "#0f4a44", "dashed"},
	{"#e6e6a0", "#45450f", "dotted"},
	{"#f5cdf0", "#561f50", "double"},
	{"#d4dcff", "#24306a", "wavy"},
	{"#e8f0b0", "#3c4410", "solid"},
	{"#ffd9d0", "#5c2418", "dashed"},
}

var noSpeakerStyle = speakerStyle{"#e4e4e7", "#3a3a40", "dotted"}

// pageCSS returns the style sheet of the standalone page.
func pageCSS() string {
	var b strings.Builder
	b.WriteString(`:root { color-scheme: light dark; --text: ` + lightText + `; --bg: ` + lightBg + `; --muted: #4a4a55; --line: #d8d6d0; --panel: #f1efe9; --date: #6b3fb8; --link: #0b5cad; }
@media (prefers-color-scheme: dark) {
  :root { --text: ` + darkText + `; --bg: ` + darkBg + `; --muted: #b4b4c0; --line: #34353c; --panel: #1e2026; --date: #c6a8ff; --link: #8cc4ff; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 17px/1.6 Georgia, "Iowan Old Style", "Times New Roman", serif; }
header { padding: 1.2rem clamp(1rem, 4vw, 3rem) .6rem; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font: 600 1.4rem/1.3 system-ui, sans-serif; }
.meta { margin: .2rem 0 0; color: var(--muted); font: .85rem system-ui, sans-serif; }
main { display: grid; grid-template-columns: minmax(0, 42rem) minmax(16rem, 1fr); gap: 2rem; padding: 1rem clamp(1rem, 4vw, 3rem) 3rem; }
@media (max-width: 52rem) { main { grid-template-columns: 1fr; } }
.article { overflow-wrap: anywhere; }
.article blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--line); }
.article pre { overflow-x: auto; padding: .6rem; background: var(--panel); font-size: .85rem; }
.article code.raw-html, .article pre.raw-html { color: var(--muted); }
.article img { max-width: 100%; }
a { color: var(--link); }
a.unsafe-link { text-decoration: line-through; }
.panel { font: .9rem/1.45 system-ui, sans-serif; }
.panel section { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem; margin-bottom: 1rem; }
.panel h2 { margin: .2rem 0 .5rem; font-size: 1rem; }
.panel ul, .panel ol { margin: 0; padding-left: 1.2rem; }
.panel li { margin: .35rem 0; }
.legend li { margin: .6rem 0; }
.panel .none, .panel .count, .panel .aliases, .panel .who { color: var(--muted); }
.panel .initials { font: 600 .75rem/1 system-ui, sans-serif; text-decoration: none; border: 1px solid currentColor; border-radius: 3px; padding: 0 .2em; }
.panel .totals { margin: .5rem 0 0; color: var(--muted); }
.panel table { border-collapse: collapse; width: 100%; }
.panel th, .panel td { text-align: left; padding: .15rem .4rem .15rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
.panel a { text-decoration: none; color: inherit; }
.panel td a { text-decoration: underline dotted; text-underline-offset: .2em; }
mark { color: inherit; background: transparent; }
mark.q { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .22em; text-decoration-skip-ink: none; border-radius: 2px; }
mark.q[data-unclosed] { outline: 2px dashed var(--muted); outline-offset: 1px; }
mark.sp { font-weight: 600; box-shadow: inset 0 0 0 1.5px currentColor; border-radius: 3px; padding: 0 .1em; }
mark.dt { border-bottom: 2px dotted var(--date); }
mark[tabindex]:focus-visible, mark:target { outline: 3px solid var(--link); outline-offset: 2px; }
`)
	styles := append(speakerStyles[:], noSpeakerStyle)
	var dark strings.Builder
	for i, s := range styles {
		class := "spk-" + strconv.Itoa(i+1)
		if i == speakerPalette {
			class = "spk-none"
		}
		b.WriteString("mark." + class + " { background: " + s.light + "; text-decoration-style: " + s.underline + "; }\n")
		dark.WriteString("  mark." + class + " { background: " + s.dark + "; }\n")
	}
	b.WriteString("mark.dt { background: transparent; }\n")
	b.WriteString("@media (prefers-color-scheme: dark) {\n" + dark.String() + "  mark.dt { background: transparent; }\n}\n")
	return b.String()
}
