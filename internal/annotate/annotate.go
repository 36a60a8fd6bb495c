package annotate

import (
	"errors"
	"strconv"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/mdtext"
	"github.com/newsroom/annotator/internal/annotate/quote"
	"github.com/newsroom/annotator/internal/annotate/timex"
)

// Annotate finds the direct quotes, speakers and time expressions of text.
// Any text gets a result, invalid UTF-8 included; the error reports only
// invalid options (a malformed dateline or an unknown format).
func Annotate(text string, opts Options) (Result, error) {
	var dateline calendar.Time
	if opts.Dateline != "" {
		t, ok := core.ParseDay(opts.Dateline)
		if !ok {
			return Result{}, errors.New("annotate: dateline " + strconv.Quote(opts.Dateline) + " is not a date in YYYY-MM-DD form")
		}
		if t.Year() < timex.MinYear || t.Year() > timex.MaxYear {
			return Result{}, errors.New("annotate: dateline " + strconv.Quote(opts.Dateline) + " is outside the years " + strconv.Itoa(timex.MinYear) + "-" + strconv.Itoa(timex.MaxYear) + " that dates are resolved in")
		}
		dateline = t
	}
	format := opts.Format
	switch format {
	case FormatAuto:
		format = DetectFormat(text)
	case FormatMarkdown:
		if !mdtext.Available {
			return Result{}, errNoMarkdown
		}
	case FormatPlain:
	default:
		return Result{}, errors.New("annotate: unknown format " + strconv.Quote(string(format)) + " (want \"plain\" or \"markdown\")")
	}
	var warnings []string
	if format == FormatMarkdown && mdtext.Nesting(text) > mdtext.MaxNesting {
		format = FormatPlain
		warnings = append(warnings, warnTooDeep)
	}
	var res Result
	if format == FormatMarkdown {
		res = annotateMarkdown(text, dateline)
	} else {
		res = annotatePlain(text, dateline)
	}
	res.Format = format
	res.Warnings = warnings
	return res, nil
}

// annotatePlain runs the pipeline over plain text:
//
//  1. core.NewPooledDocument splits the text into paragraphs;
//  2. the dateline is the option, or else detected in the text
//     (timex.DetectDateline);
//  3. timex.Find finds and normalizes time expressions;
//  4. quote.Find finds quotes, cues and speakers;
//  5. finish sorts and fills in the text of every span.
//
// The first stage that reads the words of the text (words.Of) keeps them
// in the document for the others: the text is split into words, and each
// word looked up, once.
func annotatePlain(text string, dateline calendar.Time) Result {
	d := core.NewPooledDocument(text)
	defer d.Release() // no part of the result refers to the paragraph list or the words
	var res Result
	if dateline.IsZero() {
		if t, ok := timex.DetectDateline(d); ok {
			dateline = t
		}
	}
	if !dateline.IsZero() {
		res.Dateline = core.FormatDay(dateline)
	}
	var order timex.DateOrder
	res.Dates, order = timex.FindWithOrder(d, dateline)
	res.DateOrder = string(order)
	res.Quotes, res.Speakers = quote.Find(d)
	finish(text, &res)
	return res
}

// finish sorts every list by position, derives the text of each span, and
// makes empty lists non-nil so that they encode as [] in JSON.
func finish(text string, res *Result) {
	core.SortStableFunc(res.Quotes, func(a, b Quote) int { return a.Start - b.Start })
	core.SortStableFunc(res.Dates, func(a, b Date) int { return a.Start - b.Start })
	for i := range res.Quotes {
		q := &res.Quotes[i]
		q.Text = q.Of(text)
		if q.Cue != nil {
			q.Cue.Text = q.Cue.Of(text)
		}
	}
	// The index of each speaker ID; an article with few speakers is looked
	// along instead (speakerAt), cheaper than building a map, most of all
	// under WebAssembly.
	var speakerIndex map[string]int
	if len(res.Speakers) > speakersLookedAlong {
		speakerIndex = make(map[string]int, len(res.Speakers))
	}
	for i := range res.Speakers {
		s := &res.Speakers[i]
		if speakerIndex != nil {
			speakerIndex[s.ID] = i
		}
		core.SortStableFunc(s.Mentions, func(a, b Mention) int { return a.Start - b.Start })
		for j := range s.Mentions {
			s.Mentions[j].Text = s.Mentions[j].Of(text)
		}
		if s.Mentions == nil {
			s.Mentions = []Mention{}
		}
	}
	// The per-speaker figures, by the rule of the sources table.
	for _, q := range res.Quotes {
		if q.Speaker == nil {
			continue
		}
		if i, ok := speakerAt(res.Speakers, speakerIndex, *q.Speaker); ok {
			res.Speakers[i].Quotes++
			res.Speakers[i].Words += QuoteWords(q.Text)
		}
	}
	for i := range res.Dates {
		res.Dates[i].Text = res.Dates[i].Of(text)
	}
	if res.Quotes == nil {
		res.Quotes = []Quote{}
	}
	if res.Speakers == nil {
		res.Speakers = []Speaker{}
	}
	if res.Dates == nil {
		res.Dates = []Date{}
	}
}

// speakersLookedAlong is the most speakers finish finds by ID without a map.
const speakersLookedAlong = 16

// speakerAt returns the index of the speaker whose ID is id, as index[id]
// does (the last of that ID), looking along speakers when index is nil.
func speakerAt(speakers []Speaker, index map[string]int, id string) (int, bool) {
	if index != nil {
		i, ok := index[id]
		return i, ok
	}
	for i := len(speakers) - 1; i >= 0; i-- {
		if speakers[i].ID == id {
			return i, true
		}
	}
	return 0, false
}
