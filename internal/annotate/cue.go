package annotate

// cueFlags says how a cue word attributes a quote.
type cueFlags uint8

const (
	// cueInverts: the speaker may follow the verb ("…,” said Mr Smith).
	cueInverts cueFlags = 1 << iota
	// cueHearer: the noun phrase after the verb is the hearer, never the
	// speaker ("told Mr Trump").
	cueHearer
	// cueObject: the speaker follows the cue ("according to Mr Smith").
	cueObject
	// cueWeak: a thought verb or one that often means something else
	// ("believes", "expressed", "called"); its speaker is only ever the
	// subject before it, never a noun phrase after it.
	cueWeak
)

// cueWords is the lexicon of speech and thought verbs (every inflection
// written out, so that lookup is one map access), from news style guides'
// lists of attribution verbs.
var cueWords = buildCueWords()

func buildCueWords() map[string]cueFlags {
	cueWords := map[string]cueFlags{}
	inverting := []string{
		"say", "says", "said", "saying",
		"add", "adds", "added", "adding",
		"ask", "asks", "asked", "asking",
		"write", "writes", "wrote", "writing", "written",
		"tweet", "tweets", "tweeted", "tweeting",
		"continue", "continues", "continued",
		"explain", "explains", "explained", "explaining",
		"warn", "warns", "warned", "warning",
		"insist", "insists", "insisted", "insisting",
		"reply", "replies", "replied", "replying",
		"respond", "responds", "responded", "responding",
		"answer", "answers", "answered",
		"declare", "declares", "declared", "declaring",
		"announce", "announces", "announced",
		"state", "states", "stated",
		"note", "notes", "noted", "noting",
		"observe", "observes", "observed",
		"remark", "remarks", "remarked",
		"recall", "recalls", "recalled", "recalling",
		"claim", "claims", "claimed", "claiming",
		"argue", "argues", "argued", "arguing",
		"contend", "contends", "contended",
		"maintain", "maintains", "maintained",
		"acknowledge", "acknowledges", "acknowledged",
		"admit", "admits", "admitted",
		"concede", "concedes", "conceded",
		"confirm", "confirms", "confirmed",
		"deny", "denies", "denied",
		"suggest", "suggests", "suggested",
		"stress", "stresses", "stressed",
		"emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized",
		"reiterate", "reiterates", "reiterated",
		"repeat", "repeats", "repeated",
		"shout", "shouts", "shouted",
		"yell", "yells", "yelled",
		"scream", "screams", "screamed",
		"cry", "cries", "cried",
		"exclaim", "exclaims", "exclaimed",
		"whisper", "whispers", "whispered",
		"joke", "jokes", "joked",
		"quip", "quips", "quipped",
		"boast", "boasts", "boasted",
		"complain", "complains", "complained",
		"predict", "predicts", "predicted",
		"promise", "promises", "promised",
		"vow", "vows", "vowed",
		"pledge", "pledges", "pledged",
		"urge", "urges", "urged",
		"plead", "pleads", "pleaded",
		"demand", "demands", "demanded",
		"report", "reports", "reported",
		"testify", "testifies", "testified",
		"tell", "tells",
		"describe", "describes", "described",
		"conclude", "concludes", "concluded",
		"counter", "counters", "countered",
		"retort", "retorts", "retorted",
		"interject", "interjected",
		"chime", "chimed",
		"quote", "quoted",
		"mutter", "muttered", "murmured",
		"sigh", "sighed", "laughed",
		"agree", "agrees", "agreed",
		"echo", "echoes", "echoed",
		"caution", "cautions", "cautioned",
		"advise", "advises", "advised",
		"concur", "concurred",
		"proclaim", "proclaims", "proclaimed",
		"assert", "asserts", "asserted",
		"allege", "alleges", "alleged",
		"mention", "mentions", "mentioned",
		"reveal", "reveals", "revealed",
		"disclose", "discloses", "disclosed",
		"wonder", "wonders", "wondered",
		"muse", "mused",
		"recount", "recounts", "recounted",
		"elaborate", "elaborated",
		"speak", "speaks", "spoke", "speaking",
		"fume", "fumed", "fumes",
		"comment", "comments", "commented", "commenting",
		"retaliate", "retaliated", "press", "pressed", "chide", "chided", "scoff", "scoffed",
		"snap", "snapped", "mock", "mocked", "blast", "blasted", "slam", "slammed",
		"lament", "lamented", "marvel", "marveled", "marvelled", "rave", "raved", "gush",
		"gushed", "brag", "bragged", "tease", "teased", "grumble", "grumbled", "gripe",
		"griped", "protest", "protested", "object", "objected", "question", "questioned",
		"charge", "charged", "accuse", "accused", "criticize", "criticized", "criticise",
		"criticised", "praise", "praised", "thank", "thanked", "apologize", "apologized",
		"apologise", "apologised", "cheer", "cheered", "chant", "chanted", "sing", "sang",
		"sings", "interrupt", "interrupted", "intone", "intoned", "summarize", "summarized",
		"summarise", "summarised", "acknowledging", "conceding", "arguing", "explaining",
	}
	for _, w := range inverting {
		cueWords[w] = cueInverts
	}
	for _, w := range []string{"tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures", "assured", "remind", "reminds", "reminded"} {
		cueWords[w] = cueHearer
	}
	for _, w := range []string{
		"think", "thinks", "thought",
		"believe", "believes", "believed",
		"hope", "hopes", "hoped",
		"feel", "feels", "felt",
		"fear", "fears", "feared",
		"express", "expresses", "expressed",
		"called",
		"put", "puts",
	} {
		cueWords[w] = cueWeak
	}
	return cueWords
}

// nounCues are cue words that are also nouns ("the notes", "his
// remarks"); after a determiner or a possessive they are not cues.
var nounCues = map[string]bool{
	"note": true, "notes": true, "claim": true, "claims": true, "remark": true,
	"remarks": true, "comment": true, "comments": true, "report": true, "reports": true,
	"quote": true, "quotes": true, "answer": true, "answers": true, "promise": true,
	"promises": true, "demand": true, "demands": true, "reply": true, "replies": true,
	"tweet": true, "tweets": true, "warning": true, "vow": true, "vows": true,
	"pledge": true, "pledges": true, "hope": true, "hopes": true, "fear": true,
	"fears": true, "thought": true, "state": true, "states": true, "cry": true,
	"cries": true, "joke": true, "jokes": true, "quip": true, "quips": true,
	"boast": true, "boasts": true, "counter": true, "echo": true, "echoes": true,
	"mention": true, "repeat": true, "stress": true, "sigh": true, "post": true,
	"posts": true, "call": true, "calls": true, "complaint": true, "plea": true,
	"put": true, "puts": true, "observe": true, "concern": true, "muse": true,
}

// cueAt reports whether the words starting at token k of ts form a cue,
// and how many tokens it takes.
func cueAt(text string, ts []token, k int) (n int, flags cueFlags, ok bool) {
	t := &ts[k]
	if !t.is(wcCueWord | wcCuePhrase) { // most tokens: one well-predicted test
		return 0, 0, false
	}
	if c := text[t.Start]; t.is(wcCueWord) && 'a' <= c && c <= 'z' {
		return 1, t.info.cueFlags(), true
	}
	if t.is(wcCuePhrase) && k+1 < len(ts) && ts[k+1].kind == tokWord && lowerEq(ts[k+1].Of(text), "to") {
		return 2, cueObject, true
	}
	return 0, 0, false
}

// appendLower appends s to dst with ASCII letters lowered.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// lowerEq reports whether s equals the lower-case word w, ignoring ASCII case.
func lowerEq(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}
