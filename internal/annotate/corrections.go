package annotate

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// This file holds the editor's decisions about one article (the page keeps
// them in the browser) and checks them against the article's Result before
// [Summarize] applies them.

// CorrectionsVersion is the version of the Corrections format.
const CorrectionsVersion = 1

// Corrections are an editor's decisions about the quotes and speakers of
// one article, applied by [Summarize]. The zero value corrects nothing.
type Corrections struct {
	// Version is CorrectionsVersion (0 is taken for it).
	Version int `json:"version"`
	// Quotes are decisions about quotes, by quote ID (the engine's, or an
	// added quote's).
	Quotes map[string]QuoteCorrection `json:"quotes,omitempty"`
	// Added are quotes the engine missed, marked by the editor.
	Added []AddedQuote `json:"added,omitempty"`
	// Speakers are decisions about speakers, by speaker ID: the engine's,
	// or a new speaker's ("u1", "u2", ...; any ID the engine does not use).
	Speakers map[string]SpeakerCorrection `json:"speakers,omitempty"`
}

// QuoteCorrection is the editor's decision about one quote.
type QuoteCorrection struct {
	// Speaker, when set, reassigns the quote: an existing or new speaker
	// ID, or "" for no speaker.
	Speaker *string `json:"speaker,omitempty"`
	// Dismissed says the stretch is not a quote: it counts for no one.
	Dismissed bool `json:"dismissed,omitempty"`
	// Checked says the editor confirmed the quote: it loses its check flag.
	Checked bool `json:"checked,omitempty"`
}

// AddedQuote is a quote the editor marked in the text.
type AddedQuote struct {
	// ID is the quote's ID ("a1", "a2", ...), not one the engine uses.
	ID string `json:"id"`
	// Start and End are offsets into the text, in the unit of the call
	// (UTF-8 bytes in Go; the bridge converts from UTF-16).
	Start int `json:"start"`
	End   int `json:"end"`
	// Speaker is the ID of its speaker, or "" for none.
	Speaker string `json:"speaker,omitempty"`
}

// SpeakerCorrection is the editor's decision about one speaker, or the
// description of a new one.
type SpeakerCorrection struct {
	// Name renames the speaker (or names a new one).
	Name string `json:"name,omitempty"`
	// MergedInto moves every quote of this speaker to the speaker with
	// that ID (merges may chain; a cycle is an error).
	MergedInto string `json:"merged_into,omitempty"`
	// Kind is "person" or "organization" ("" keeps the engine's).
	Kind string `json:"kind,omitempty"`
	// Category is set by the journalist: "expert", "official", "member of
	// the public", ...; free text.
	Category string `json:"category,omitempty"`
	// Gender is set by the journalist and never guessed: one of Genders.
	Gender string `json:"gender,omitempty"`
}

// Genders are the values of SpeakerCorrection.Gender, "" (not recorded)
// first. They are what the journalist records; the engine sets none.
var Genders = []string{"", "woman", "man", "non-binary", "unknown", "prefer not to say"}

// speakerKinds are the values of Speaker.Kind and SpeakerCorrection.Kind.
var speakerKinds = []string{"person", "organization"}

// maxMergeChain bounds a chain of merges (a → b → c ...).
const maxMergeChain = 64

// corrected is an article's quotes and speakers once corrections are
// checked: the engine's and the editor's together.
type corrected struct {
	quotes   []correctedQuote
	speakers []correctedSpeaker // the engine's in order, then new ones by ID
	index    map[string]int     // speaker ID → position in speakers
}

// correctedQuote is one quote, engine's or added, with its decision.
type correctedQuote struct {
	Quote
	added    bool
	decision QuoteCorrection
}

// correctedSpeaker is one speaker, engine's or new, with its decision.
type correctedSpeaker struct {
	Speaker
	isNew    bool
	decision SpeakerCorrection
	hasEntry bool
}

// applyCorrections checks c against text and res and returns the quotes
// and speakers it leaves; an error names the first correction that refers
// to nothing or carries bad offsets.
func applyCorrections(text string, res Result, c Corrections) (corrected, error) {
	if c.Version != 0 && c.Version != CorrectionsVersion {
		return corrected{}, errors.New("corrections version " + strconv.Itoa(c.Version) + " is not " + strconv.Itoa(CorrectionsVersion))
	}
	var out corrected
	out.index = make(map[string]int, len(res.Speakers))
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
		sp.decision, sp.hasEntry = c.Speakers[id], true
		if err := checkSpeakerCorrection(id, sp.decision, out.index); err != nil {
			return corrected{}, err
		}
		if sp.isNew && strings.TrimSpace(sp.decision.Name) == "" && sp.decision.MergedInto == "" {
			return corrected{}, errors.New("new speaker " + strconv.Quote(id) + " has no name")
		}
	}
	quoteIDs := make(map[string]bool, len(res.Quotes)+len(c.Added))
	for _, q := range res.Quotes {
		quoteIDs[q.ID] = true
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

// finalSpeaker follows the merges from speaker id to the speaker its quotes
// end with; a cycle is an error.
func (c *corrected) finalSpeaker(id string) (string, error) {
	for range maxMergeChain {
		next := c.speakers[c.index[id]].decision.MergedInto
		if next == "" {
			return id, nil
		}
		id = next
	}
	return "", errors.New("speaker " + strconv.Quote(id) + ": the merges form a cycle")
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

// quotedList writes ss as fmt's %q writes a []string: ["a" "b"].
func quotedList(ss []string) string {
	b := []byte{'['}
	for i, s := range ss {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendQuote(b, s)
	}
	return string(append(b, ']'))
}
