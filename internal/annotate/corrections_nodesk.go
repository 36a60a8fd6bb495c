//go:build nodesk

package annotate

import (
	"errors"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// The nodesk build (the embed's module, see the Makefile) summarizes the
// engine's view only: the embed shows the summary of annotate's result and
// never corrects it, so the code that checks and applies corrections
// (corrections_apply.go) is left out of its download.

// errNoDesk is the error of a correction given to the nodesk build.
var errNoDesk = errors.New("this build (tag nodesk, the embed's) applies no corrections: summarize with the page's or the CLI's build")

// applyCorrections returns the quotes and speakers of res as they are; any
// correction in c is an error.
func applyCorrections(_ string, res Result, c Corrections) (corrected, error) {
	if (c.Version != 0 && c.Version != CorrectionsVersion) || len(c.Quotes) > 0 || len(c.Added) > 0 || len(c.Speakers) > 0 {
		return corrected{}, errNoDesk
	}
	out := corrected{index: make(map[string]int, len(res.Speakers))}
	for _, s := range res.Speakers {
		out.index[s.ID] = len(out.speakers)
		out.speakers = append(out.speakers, correctedSpeaker{Speaker: s})
	}
	for _, q := range res.Quotes {
		out.quotes = append(out.quotes, correctedQuote{Quote: q})
	}
	core.SortStableFunc(out.quotes, func(a, b correctedQuote) int { return a.Start - b.Start })
	return out, nil
}

// editedSpeakers is empty: nothing is corrected in this build.
func editedSpeakers(*corrected) map[string]bool { return nil }
