//go:build !nodesk

package annotate

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Applying an editor's corrections, which the page's desk and the exports
// need and the embed never does: a build with the nodesk tag (the embed's
// module, see the Makefile) has corrections_nodesk.go instead, which
// refuses any correction.

// applyCorrections checks c against text and res and returns the quotes
// and speakers it leaves; an error names the first correction that refers
// to nothing or carries bad offsets.
func applyCorrections(text string, res Result, c Corrections) (corrected, error) {
	if c.Version != 0 && c.Version != CorrectionsVersion {
		return corrected{}, errors.New("corrections version " + strconv.Itoa(c.Version) + " is not " + strconv.Itoa(CorrectionsVersion))
	}
	out := corrected{
		index:    make(map[string]int, len(res.Speakers)+len(c.Speakers)),
		speakers: make([]correctedSpeaker, 0, len(res.Speakers)+len(c.Speakers)),
		quotes:   make([]correctedQuote, 0, len(res.Quotes)+len(c.Added)),
	}
	for _, s := range res.Speakers {
		out.index[s.ID] = len(out.speakers)
		out.speakers = append(out.speakers, correctedSpeaker{Speaker: s})
	}
	ids := sortedIDs(c.Speakers)
	for _, id := range ids {
		if _, ok := out.index[id]; !ok {
			if id == "" {
				return corrected{}, errors.New("a speaker correction has an empty ID")
			}
			out.index[id] = len(out.speakers)
			out.speakers = append(out.speakers, correctedSpeaker{Speaker: Speaker{ID: id, Kind: "person", Mentions: []Mention{}}, isNew: true})
		}
	}
	for _, id := range ids {
		sp := &out.speakers[out.index[id]]
		sp.decision = c.Speakers[id]
		if err := checkSpeakerCorrection(id, sp.decision, out.index); err != nil {
			return corrected{}, err
		}
		if sp.isNew && strings.TrimSpace(sp.decision.Name) == "" && sp.decision.MergedInto == "" {
			return corrected{}, errors.New("new speaker " + strconv.Quote(id) + " has no name")
		}
	}
	var quoteIDs map[string]bool // the IDs the added quotes and the quote corrections are checked against
	if len(c.Added) > 0 || len(c.Quotes) > 0 {
		quoteIDs = make(map[string]bool, len(res.Quotes)+len(c.Added))
	}
	for _, q := range res.Quotes {
		if quoteIDs != nil {
			quoteIDs[q.ID] = true
		}
		out.quotes = append(out.quotes, correctedQuote{Quote: q})
	}
	var doc *core.Document
	if len(c.Added) > 0 {
		doc = core.NewDocument(text)
	}
	for _, a := range c.Added {
		q, err := addedQuote(doc, a, quoteIDs, out.index)
		if err != nil {
			return corrected{}, err
		}
		quoteIDs[a.ID] = true
		out.quotes = append(out.quotes, correctedQuote{Quote: q, added: true})
	}
	for _, id := range sortedIDs(c.Quotes) {
		if !quoteIDs[id] {
			return corrected{}, errors.New("quote correction " + strconv.Quote(id) + " names no quote")
		}
		qc := c.Quotes[id]
		if qc.Speaker != nil && *qc.Speaker != "" {
			if _, ok := out.index[*qc.Speaker]; !ok {
				return corrected{}, errors.New("quote " + strconv.Quote(id) + " is reassigned to speaker " + strconv.Quote(*qc.Speaker) + ", which is neither the engine's nor in corrections.speakers")
			}
		}
	}
	for i := range out.quotes {
		q := &out.quotes[i]
		q.decision = c.Quotes[q.ID]
		if q.decision.Speaker != nil {
			q.Speaker = nil
			if s := *q.decision.Speaker; s != "" {
				q.Speaker = &s
			}
		}
	}
	core.SortStableFunc(out.quotes, func(a, b correctedQuote) int { return a.Start - b.Start })
	return out, nil
}

// checkSpeakerCorrection checks one speaker's decision.
func checkSpeakerCorrection(id string, sc SpeakerCorrection, index map[string]int) error {
	if sc.Kind != "" && !slices.Contains(speakerKinds, sc.Kind) {
		return errors.New("speaker " + strconv.Quote(id) + ": kind " + strconv.Quote(sc.Kind) + " is not " + strconv.Quote(speakerKinds[0]) + " or " + strconv.Quote(speakerKinds[1]))
	}
	if !slices.Contains(Genders, sc.Gender) {
		return errors.New("speaker " + strconv.Quote(id) + ": gender " + strconv.Quote(sc.Gender) + " is not one of " + quotedList(Genders[1:]))
	}
	if sc.MergedInto == id {
		return errors.New("speaker " + strconv.Quote(id) + " is merged into itself")
	}
	if sc.MergedInto != "" {
		if _, ok := index[sc.MergedInto]; !ok {
			return errors.New("speaker " + strconv.Quote(id) + " is merged into " + strconv.Quote(sc.MergedInto) + ", which is neither the engine's nor in corrections.speakers")
		}
	}
	return nil
}

// addedQuote checks an added quote and returns it as a Quote.
func addedQuote(doc *core.Document, a AddedQuote, quoteIDs map[string]bool, speakers map[string]int) (Quote, error) {
	text := doc.Text
	switch {
	case a.ID == "":
		return Quote{}, errors.New("an added quote has no ID")
	case quoteIDs[a.ID]:
		return Quote{}, errors.New("added quote " + strconv.Quote(a.ID) + ": the ID is taken")
	case a.Start < 0 || a.End > len(text) || a.Start >= a.End:
		return Quote{}, errors.New("added quote " + strconv.Quote(a.ID) + ": offsets " + strconv.Itoa(a.Start) + ":" + strconv.Itoa(a.End) + " are not a stretch of the text (length " + strconv.Itoa(len(text)) + ")")
	case !core.OnBoundary(text, a.Start) || !core.OnBoundary(text, a.End):
		return Quote{}, errors.New("added quote " + strconv.Quote(a.ID) + ": offsets " + strconv.Itoa(a.Start) + ":" + strconv.Itoa(a.End) + " cut a character")
	}
	q := Quote{ID: a.ID, Span: Span{Start: a.Start, End: a.End}}
	q.Text = q.Of(text)
	if a.Speaker != "" {
		if _, ok := speakers[a.Speaker]; !ok {
			return Quote{}, errors.New("added quote " + strconv.Quote(a.ID) + ": speaker " + strconv.Quote(a.Speaker) + " is neither the engine's nor in corrections.speakers")
		}
		s := a.Speaker
		q.Speaker = &s
	}
	// The paragraph of the plain text (for Markdown, the source's blocks
	// as blank lines separate them).
	q.Paragraph = max(doc.ParagraphAt(a.Start), 0)
	return q, nil
}

// editedSpeakers lists the speakers the editor touched: renamed, recorded,
// merged into, or given or relieved of a quote.
func editedSpeakers(cor *corrected) map[string]bool {
	edited := map[string]bool{}
	for _, sp := range cor.speakers {
		if sp.decision != (SpeakerCorrection{}) {
			edited[sp.ID] = true
			if sp.decision.MergedInto != "" {
				if id, err := cor.finalSpeaker(sp.ID); err == nil {
					edited[id] = true
				}
			}
		}
	}
	for _, q := range cor.quotes {
		if q.decision.Speaker != nil || q.added || q.decision.Dismissed {
			if q.Speaker != nil {
				if id, err := cor.finalSpeaker(*q.Speaker); err == nil {
					edited[id] = true
				}
			}
		}
	}
	return edited
}

// sortedIDs returns the keys of m in natural order: "u2" before "u10".
func sortedIDs[V any](m map[string]V) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	core.SortStableFunc(ids, compareIDs)
	return ids
}

// compareIDs orders IDs naturally: shorter first, then by bytes, so that
// "s2" comes before "s10".
func compareIDs(a, b string) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(a, b)
}
