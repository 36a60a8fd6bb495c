package annotate

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// This file computes the summary of one article: the sources table (who is
// quoted, how often, at what length, with what the journalist records of
// them), the quotes grouped by speaker with their check flags, and the
// dates in readable form. It is computed here once and shown alike by the
// page, the embed's panel, `-format html` and the exports (export*.go).
// Its JSON encoding is the format the bridge returns.

// PaletteSize is the number of speaker colours of the page, the embed and
// the standalone report; SpeakerSummary.Palette is below it.
const PaletteSize = 12

// The units of Summary.Unit: what offsets in the corrections count.
const (
	UnitUTF8  = "utf-8"
	UnitUTF16 = "utf-16"
)

// Summary is the summary of one article once corrections are applied.
type Summary struct {
	// Version is the annotator's version; the caller sets it.
	Version string `json:"version"`
	// Dateline is the Result's (YYYY-MM-DD, or "").
	Dateline string `json:"dateline"`
	// Unit is the unit of offsets in the corrections: UnitUTF8 here,
	// UnitUTF16 from the bridge.
	Unit string `json:"unit"`
	// Speakers are the speakers with at least one quote counted, by number
	// of quotes (most first), then first appearance.
	Speakers []SpeakerSummary `json:"speakers"`
	// Unattributed counts the quotes of no speaker.
	Unattributed QuoteGroup `json:"unattributed"`
	// Quotes are every quote, the engine's and the added ones, dismissed
	// included, in text order.
	Quotes []QuoteSummary `json:"quotes"`
	// Timeline holds the DATE and TIME expressions in time order; those
	// with no place in time (an unknown year, "now") follow in text order.
	Timeline []DateSummary `json:"timeline"`
	// Durations and Sets hold the DURATION and SET expressions, in text
	// order.
	Durations []DateSummary `json:"durations"`
	Sets      []DateSummary `json:"sets"`
	// DateGroups are the same dates grouped as the page and the embed
	// list them (summary_groups.go).
	DateGroups DateGroups `json:"date_groups"`
	// Totals are the figures at the foot of the sources table.
	Totals Totals `json:"totals"`
}

// QuoteGroup is a set of counted quotes: how many, their words, their
// share of every counted quote's words (0 to 1), and their IDs.
type QuoteGroup struct {
	Quotes   int      `json:"quotes"`
	Words    int      `json:"words"`
	Share    float64  `json:"share"`
	QuoteIDs []string `json:"quote_ids"`
}

// SpeakerSummary is one row of the sources table.
type SpeakerSummary struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Role string `json:"role"`
	Kind string `json:"kind"`
	// Initials label the speaker's quotes ("DW"); unique in the article.
	Initials string `json:"initials"`
	// Palette is the speaker's colour, 0 to PaletteSize-1, by the
	// speaker's place in the Result (new speakers after), so that colours
	// stay put while the editor corrects.
	Palette int `json:"palette"`
	// Category and Gender are what the journalist recorded ("" when not).
	Category string `json:"category"`
	Gender   string `json:"gender"`
	QuoteGroup
	// Aliases are the other names the article gives the speaker, as
	// written, pronouns left out, in order of appearance.
	Aliases []string `json:"aliases"`
	// Edited says the editor changed the speaker or its quotes.
	Edited bool `json:"edited"`
}

// QuoteSummary is one quote as the sources table counts it.
type QuoteSummary struct {
	ID string `json:"id"`
	// Speaker is the speaker's ID after corrections, or nil.
	Speaker *string `json:"speaker"`
	Words   int     `json:"words"`
	// Paragraph is the 0-based paragraph the quote opens in.
	Paragraph int `json:"paragraph"`
	// Attribution says how the speaker was found: "cue", "pronoun",
	// "context", "none", or "editor" when the editor assigned it.
	Attribution string `json:"attribution"`
	// Confidence is the engine's confidence in the speaker, or nil when it
	// gives none (and for the editor's choices).
	Confidence *float64 `json:"confidence"`
	// Check says an editor should look at the quote; CheckWhy says why:
	// "low confidence" (0.5 or less, or no figure), "no speaker", "unclosed".
	Check    bool     `json:"check"`
	CheckWhy []string `json:"check_why"`
	// Dismissed quotes count for no one; Added ones the editor marked.
	Dismissed bool `json:"dismissed"`
	Added     bool `json:"added"`

	// Span and Cue are for the exports, not the JSON: the offsets are the
	// Go call's.
	Span Span   `json:"-"`
	Cue  string `json:"-"`
	// Unclosed is the engine's flag.
	Unclosed bool `json:"-"`
}

// lowConfidence is the confidence at or under which a quote is flagged: a
// speaker found a way that is right half the time or less is a guess.
const lowConfidence = 0.5

// Summarize returns the summary of text and its Result res once the
// corrections c are applied (the zero Corrections for the engine's view).
// The error names a correction that refers to nothing or has bad offsets,
// or a span of res that is not in text; nothing is summarized then.
func Summarize(text string, res Result, c Corrections) (Summary, error) {
	sum, _, err := summarize(text, res, c)
	return sum, err
}

// summarize is Summarize, also returning the corrected quotes and speakers.
func summarize(text string, res Result, c Corrections) (Summary, *corrected, error) {
	if err := checkResultSpans(text, res); err != nil {
		return Summary{}, nil, err
	}
	cor, err := applyCorrections(text, res, c)
	if err != nil {
		return Summary{}, nil, &annotateError{err}
	}
	sum := Summary{Dateline: res.Dateline, Unit: UnitUTF8, Quotes: make([]QuoteSummary, 0, len(cor.quotes))}
	groups := make([]QuoteGroup, len(cor.speakers))
	firstQuote := make([]int, len(cor.speakers))
	total := 0
	// The quotes' speaker IDs and confidences, which the rows point to,
	// in one array each (a pointer per row would be an allocation each).
	ids := make([]string, len(cor.quotes))
	confidences := make([]float64, len(cor.quotes))
	why := make([]string, 3*len(cor.quotes)) // the reasons to check, three at most a quote
	for i, q := range cor.quotes {
		qs, err := summarizeQuote(text, q, &cor, &ids[i], &confidences[i], why[3*i:3*i:3*i+3])
		if err != nil {
			return Summary{}, nil, &annotateError{err}
		}
		sum.Quotes = append(sum.Quotes, qs)
		if qs.Dismissed {
			continue
		}
		total += qs.Words
		g := &sum.Unattributed
		if qs.Speaker != nil {
			k := cor.index[*qs.Speaker]
			if groups[k].Quotes == 0 {
				firstQuote[k] = i
			}
			g = &groups[k]
		}
		g.Quotes++
		g.Words += qs.Words
		g.QuoteIDs = append(g.QuoteIDs, qs.ID)
	}
	shown := shownTexts(text, res)
	initials := speakerInitials(cor.speakers)
	edited := editedSpeakers(&cor)
	type ranked struct {
		SpeakerSummary
		first int
	}
	var rows []ranked
	for k, sp := range cor.speakers {
		if groups[k].Quotes == 0 {
			continue // merged away, emptied, or never quoted
		}
		first := cor.quotes[firstQuote[k]].Start
		if len(sp.Mentions) > 0 {
			first = min(first, sp.Mentions[0].Start)
		}
		rows = append(rows, ranked{SpeakerSummary{
			ID: sp.ID, Name: speakerName(sp), Role: speakerRole(sp.Speaker), Kind: firstNonEmpty(sp.decision.Kind, sp.Kind),
			Initials: initials[k], Palette: k % PaletteSize,
			Category: cleanLine(sp.decision.Category), Gender: sp.decision.Gender,
			QuoteGroup: groups[k], Aliases: speakerAliases(shown, &cor, k), Edited: edited[sp.ID],
		}, first})
	}
	core.SortStableFunc(rows, func(a, b ranked) int {
		if a.Quotes != b.Quotes {
			return b.Quotes - a.Quotes
		}
		return a.first - b.first
	})
	sum.Speakers = make([]SpeakerSummary, len(rows))
	for i, r := range rows {
		sum.Speakers[i] = r.SpeakerSummary
		sum.Speakers[i].Share = share(r.Words, total)
	}
	sum.Unattributed.Share = share(sum.Unattributed.Words, total)
	if sum.Unattributed.QuoteIDs == nil {
		sum.Unattributed.QuoteIDs = []string{}
	}
	sum.Timeline, sum.Durations, sum.Sets = summarizeDates(shown, res.Dates)
	sum.DateGroups = DateGroups{Timeline: groupDates(sum.Timeline), Periods: groupDates(sum.Durations, sum.Sets)}
	sum.Totals = summarizeTotals(sum)
	return sum, &cor, nil
}

// summarizeQuote is one quote's row: its speaker after merges, its words
// and its check flag. The row's Speaker and Confidence, when it has them,
// point to id and confidence, which it sets; its CheckWhy is why, empty,
// with room for the three reasons.
func summarizeQuote(text string, q correctedQuote, cor *corrected, id *string, confidence *float64, why []string) (QuoteSummary, error) {
	qs := QuoteSummary{
		ID: q.ID, Words: QuoteWords(q.Of(text)), Paragraph: q.Paragraph,
		Attribution: quoteAttribution(q.Quote), Dismissed: q.decision.Dismissed, Added: q.added,
		Span: q.Span, Unclosed: q.Unclosed, CheckWhy: why[:0],
	}
	if q.Cue != nil {
		qs.Cue = q.Cue.Of(text)
	}
	if q.Speaker != nil {
		if _, ok := cor.index[*q.Speaker]; ok {
			final, err := cor.finalSpeaker(*q.Speaker)
			if err != nil {
				return QuoteSummary{}, err
			}
			*id = final
			qs.Speaker = id
		} // a speaker the Result does not list counts as none
	}
	byEditor := q.added || q.decision.Speaker != nil
	if c, ok := quoteConfidence(q.Quote); ok && !byEditor {
		*confidence = c
		qs.Confidence = confidence
	}
	if byEditor {
		qs.Attribution = "editor"
	}
	if qs.Speaker == nil && !byEditor {
		qs.Attribution = "none"
	}
	if !byEditor && (qs.Confidence == nil || *qs.Confidence <= lowConfidence) {
		qs.CheckWhy = append(qs.CheckWhy, "low confidence")
	}
	if qs.Speaker == nil {
		qs.CheckWhy = append(qs.CheckWhy, "no speaker")
	}
	if q.Unclosed && !q.added {
		qs.CheckWhy = append(qs.CheckWhy, "unclosed")
	}
	if q.decision.Checked || q.decision.Dismissed {
		qs.CheckWhy = qs.CheckWhy[:0]
	}
	qs.Check = len(qs.CheckWhy) > 0
	return qs, nil
}

// speakerName is the speaker's name after a rename, on one line with no
// control character (cleanLine).
func speakerName(sp correctedSpeaker) string {
	return firstNonEmpty(cleanLine(sp.decision.Name), firstNonEmpty(cleanLine(sp.Name), sp.ID))
}

// checkResultSpans reports a span of res that is not a stretch of text.
// The message is written only for a bad span: a good result makes no
// string.
func checkResultSpans(text string, res Result) error {
	good := func(s Span) bool {
		return s.Start >= 0 && s.End <= len(text) && s.Start <= s.End && core.OnBoundary(text, s.Start) && core.OnBoundary(text, s.End)
	}
	bad := func(what string, s Span) error {
		return errors.New("annotate: " + what + " has offsets " + strconv.Itoa(s.Start) + ":" + strconv.Itoa(s.End) + ", not a stretch of the text (length " + strconv.Itoa(len(text)) + " bytes)")
	}
	for _, q := range res.Quotes {
		if !good(q.Span) {
			return bad("quote "+q.ID, q.Span)
		}
		if q.Cue != nil && !good(q.Cue.Span) {
			return bad("the cue of quote "+q.ID, q.Cue.Span)
		}
	}
	for _, s := range res.Speakers {
		for _, m := range s.Mentions {
			if !good(m.Span) {
				return bad("a mention of speaker "+s.ID, m.Span)
			}
		}
	}
	for i, d := range res.Dates {
		if !good(d.Span) {
			return bad("date "+strconv.Itoa(i), d.Span)
		}
	}
	return nil
}

// share is part over whole, 0 when whole is 0.
func share(part, whole int) float64 {
	if whole == 0 {
		return 0
	}
	return float64(part) / float64(whole)
}

// collapseSpace folds every run of white space into one space and trims.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s // the commonest: a name or a date on one line
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCollapsed reports whether collapseSpace would give s back as it is:
// ASCII with no white space but single spaces between words.
func isCollapsed(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// firstNonEmpty returns s, or else fallback when s is "".
func firstNonEmpty(s, fallback string) string {
	if s == "" {
		return fallback
	}
	return s
}

// annotateError is an error of the corrections or of a quote's summary
// with the package's prefix, as fmt.Errorf("annotate: %w", err) writes it
// (fmt is not linked into the WebAssembly).
type annotateError struct{ err error }

func (e *annotateError) Error() string { return "annotate: " + e.err.Error() }
func (e *annotateError) Unwrap() error { return e.err }
