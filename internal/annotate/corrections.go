package annotate

import (
	"errors"
	"strconv"
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
