package core

// Format is how the input text is read.
type Format string

// The input formats.
const (
	FormatAuto     Format = ""
	FormatPlain    Format = "plain"
	FormatMarkdown Format = "markdown"
)

// Quote is one direct quotation, from its opening mark to its closing mark
// inclusive (or to the end of its last paragraph when Unclosed).
type Quote struct {
	ID string `json:"id"`
	Span
	Text string `json:"text"`
	// Speaker is the ID of the speaker in Result.Speakers, or nil when the
	// quote could not be attributed.
	Speaker *string `json:"speaker"`
	// Cue is the speech verb or phrase that attributes the quote, if any.
	Cue *Mention `json:"cue"`
	// Paragraph is the 0-based index of the paragraph the quote opens in.
	Paragraph int  `json:"paragraph"`
	Unclosed  bool `json:"unclosed"`
	// Attribution says how the speaker was found: "cue" (a named speaker
	// with a cue next to the quote), "pronoun" (a pronoun cue, resolved),
	// "context" (no cue of its own: the surrounding paragraphs) or "none".
	Attribution string `json:"attribution"`
	// Confidence is how likely the speaker is right, in [0, 1]: the share
	// of right speakers among the dev data's quotes attributed the same way
	// (0 when there is no speaker).
	Confidence float64 `json:"confidence"`
}

// Speaker is one person or organisation quoted in the article, with every
// mention of it (aliases and attributing pronouns) clustered together.
type Speaker struct {
	ID string `json:"id"`
	// Name is the fullest name the article gives ("Donald Trump").
	Name string `json:"name"`
	// Kind is "person" or "organization".
	Kind string `json:"kind"`
	// Role is the title or description the article gives the speaker
	// ("former Senate aide", "Mayor", "a doctor"), as written; "" when it
	// gives none.
	Role     string    `json:"role,omitempty"`
	Mentions []Mention `json:"mentions"`
	// Quotes is the number of the result's quotes attributed to the
	// speaker, and Words the words inside them (counted as the sources
	// table counts them: annotate.QuoteWords).
	Quotes int `json:"quotes"`
	Words  int `json:"words"`
}

// Date is one time expression, typed and normalized in TIMEX3 style.
type Date struct {
	Span
	Text string `json:"text"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is the TIMEX3 value: 2025-10-17, 2025-10, 2025-W42, 2025-10-16TNI,
	// P4Y, PT2.5H, XXXX-10-17, PRESENT_REF, ...
	Value string `json:"value"`
	// Mod is the TIMEX3 modifier (APPROX, START, END, ...), if any.
	Mod string `json:"mod,omitempty"`
}

// The TIMEX3 types of a [Date].
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)
