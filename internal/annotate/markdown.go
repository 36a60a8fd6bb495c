package annotate

import (
	"errors"
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/mdtext"
)

// Markdown articles are annotated through a projection: the text a reader
// sees, built from the same tokens the renderer writes
// (package mdtext). Each paragraph, heading and list item is one
// paragraph of the projection, separated by a blank line, so the paragraph
// rules of the quote stage (a quote continued into the next paragraph)
// work as on plain text. Inside a block, line breaks become spaces,
// character references and backslash escapes are resolved, and inline
// markup (emphasis, link syntax) disappears. Code blocks, raw HTML and
// image descriptions are not prose and are left out; code spans and link
// text are kept.
//
// Quote.Paragraph counts the paragraphs of the projection (headings and
// list items included), as data-paragraph does in the rendered HTML.
//
// The plain pipeline runs on the projection, and every span it returns is
// mapped back to the Markdown source: a start goes to the source position
// of its first character, an end to the position after its last, so a
// quote of “We *really* need it,” covers the asterisks too.

// annotateMarkdown annotates a Markdown source.
func annotateMarkdown(src string, dateline calendar.Time) Result {
	p := mdtext.Project(src, mdtext.Tokens(src))
	res := annotatePlain(p.Text, dateline)
	for i := range res.Quotes {
		q := &res.Quotes[i]
		q.Span = p.ToSource(q.Span)
		if q.Cue != nil {
			c := *q.Cue
			c.Span = p.ToSource(c.Span)
			q.Cue = &c
		}
	}
	for i := range res.Speakers {
		ms := res.Speakers[i].Mentions
		for j := range ms {
			ms[j].Span = p.ToSource(ms[j].Span)
		}
	}
	for i := range res.Dates {
		res.Dates[i].Span = p.ToSource(res.Dates[i].Span)
	}
	finish(src, &res)
	return res
}

// warnTooDeep is the warning of a Markdown text read as plain text because
// its block quotes or lists nest deeper than the Markdown reader takes in
// linear time (issue 10: goldmark's work grows with the square of the
// depth, and a line of 100,000 "> " took minutes).
var warnTooDeep = "the Markdown nests block quotes or lists more than " + strconv.Itoa(mdtext.MaxNesting) +
	" deep on one line, so the text was read as plain text"

// errNoMarkdown is Annotate's error for FormatMarkdown in a build without
// Markdown (the nomarkdown build tag: the embed's WebAssembly module and
// the page's first one).
var errNoMarkdown = errors.New(`annotate: this build reads no Markdown (built with the nomarkdown tag, as the embed's module and the page's first one are): use format "plain", or the whole engine (annotator.wasm)`)

// DetectFormat guesses whether text is Markdown or plain text
// ([mdtext.IsMarkdown] gives the signals it weighs). In a build without
// Markdown (the nomarkdown tag) it always answers FormatPlain, so that
// FormatAuto reads every text as plain there.
func DetectFormat(text string) Format {
	if ReadsMarkdown && LooksLikeMarkdown(text) {
		return FormatMarkdown
	}
	return FormatPlain
}

// ReadsMarkdown reports whether this build reads Markdown: false in a build
// with the nomarkdown tag (the embed's WebAssembly module, and the page's
// first one: see the Makefile, "wasm").
const ReadsMarkdown = mdtext.Available

// LooksLikeMarkdown reports whether text reads as Markdown, as
// [DetectFormat] decides it in a build that reads Markdown; it answers the
// same in every build, so that a program holding a build without Markdown
// knows which texts to hand to one with it (the page's worker does, see
// web/js/markdown-module.js).
func LooksLikeMarkdown(text string) bool { return mdtext.IsMarkdown(text) }
