package annotate

import "github.com/newsroom/annotator/internal/annotate/core"

// Options tunes one call of [Annotate].
type Options struct {
	// Dateline is the article's publication date as YYYY-MM-DD. Relative
	// expressions ("Friday", "last week") resolve against it. When empty,
	// the dateline is detected in the text; when none is found, unknown
	// parts of values stay "X".
	Dateline string
	// Format says how to read the text: FormatAuto (the zero value) detects
	// Markdown, FormatPlain and FormatMarkdown force one reading.
	Format Format
}

// Result is everything found in one article. All offsets are UTF-8 byte
// offsets into the text given to [Annotate]; lists are sorted by position.
// Its JSON encoding is the public format of the CLI, the bridge and the page.
type Result struct {
	ID       string    `json:"id,omitempty"`
	Format   Format    `json:"format"`
	Dateline string    `json:"dateline"`
	Quotes   []Quote   `json:"quotes"`
	Speakers []Speaker `json:"speakers"`
	Dates    []Date    `json:"dates"`
	// DateOrder is the order of day and month assumed for the article's
	// numeric dates ("03/04/2025"): "day-first", "month-first", or "" when
	// it has none.
	DateOrder string `json:"date_order"`
	// Warnings says, in sentences for a reader, where the text was read
	// otherwise than asked: a Markdown text nested too deep for the
	// Markdown reader is read as plain text (see [Annotate]). It is empty,
	// and absent from the JSON, when nothing needs saying.
	Warnings []string `json:"warnings,omitempty"`
}

// The types of a [Result], defined in package core so that every stage
// shares them; the aliases keep them part of this package's API.
type (
	// Span is a half-open range of UTF-8 byte offsets into the text: [core.Span].
	Span = core.Span
	// Mention is a span with its text: [core.Mention].
	Mention = core.Mention
	// Quote is one direct quotation: [core.Quote].
	Quote = core.Quote
	// Speaker is one person or organisation quoted: [core.Speaker].
	Speaker = core.Speaker
	// Date is one time expression: [core.Date].
	Date = core.Date
)

// Format is how the input text is read: [core.Format].
type Format = core.Format

// The input formats.
const (
	FormatAuto     = core.FormatAuto
	FormatPlain    = core.FormatPlain
	FormatMarkdown = core.FormatMarkdown
)

// The TIMEX3 types of a [Date].
const (
	TypeDate     = core.TypeDate
	TypeTime     = core.TypeTime
	TypeDuration = core.TypeDuration
	TypeSet      = core.TypeSet
)
