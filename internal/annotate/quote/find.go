package quote

import (
	"math"
	"slices"
	"sync"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/words"
)

// scratch holds the working buffers of one run of the quote stage. Runs
// take one from scratchPool and give it back, so that annotating many
// articles allocates little beyond the results themselves.
type scratch struct {
	ts       []token
	refs     []nameRef
	evs      []cueEvent
	hist     []nameRef
	marks    []mark
	cands    []quoteCandidate
	attrs    []attribution
	ents     []entity
	mentions []entityMention
	byKey    keyTable
	cl       clusters
	speaking []int // output's working lists
	work     []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// clusters returns empty clusters for text on the pooled buffers.
func (sc *scratch) clusters(text string) *clusters {
	sc.byKey.reset()
	sc.cl = clusters{text: text, byKey: &sc.byKey, ents: sc.ents[:0], mentions: sc.mentions[:0]}
	return &sc.cl
}

// release returns sc to the pool, unless a buffer grew too big to keep.
func (sc *scratch) release() {
	if cap(sc.ts) > core.MaxScratch || cap(sc.mentions) > core.MaxScratch || cap(sc.cands) > core.MaxScratch ||
		cap(sc.ents) > core.MaxScratch || sc.byKey.capacity() > 2*core.MaxScratch || cap(sc.hist) > core.MaxScratch {
		return
	}
	scratchPool.Put(sc)
}

// attribution is what the quote stage decided for one quoted stretch.
type attribution struct {
	ent      int32  // speaker entity, -1 if none
	prevEnt  int32  // speaker of the latest cue of the paragraph before the quote's
	cue      span32 // the cue, when hasCue
	sentKey  int    // paragraph<<20 | sentence, for same-sentence rules
	afterKey int    // paragraph<<20 | sentence of the words right after the quote, -1
	hasCue   bool
	adjacent bool      // a cue is set off next to the quote
	basis    attrBasis // how the speaker was found (confidence.go)
	pronoun  bool      // the cue's subject is a pronoun, resolved
	pre      preceder  // what precedes the opening mark
	decided  bool
	direct   bool
}

// preceder is what precedes the opening mark of a quoted stretch, as
// before reads it.
type preceder uint8

const (
	preNone        preceder = iota // before has not read it
	preParaStart                   // the start of its paragraph
	preSentenceEnd                 // the end of a sentence
	preSetOff                      // punctuation that sets a quote off: , : ; ( -
	preThat                        // "that" (reported speech)
	preWord                        // any other word
)

// quoteEngine holds the state of the quote stage over one document.
type quoteEngine struct {
	ways        *[]way // when not nil, output appends each quote's way of attribution (FindWays)
	text        string
	paras       []core.Span // the document's paragraphs (not the document: see Find)
	cands       []quoteCandidate
	attrs       []attribution
	cl          *clusters
	hist        []nameRef // names of earlier paragraphs
	lastSpeaker int
	recent      [4]recentSpeaker // the latest distinct speakers, latest first (pronouns.go)
	lastSpkPara int
	lastQuote   int          // latest accepted candidate, -1
	sc          *scratch     // the pooled buffers
	curEvs      []cueEvent   // the cues found so far in the current paragraph
	curRefs     []nameRef    // the names of the current paragraph (authors.go)
	introEnt    int          // the person the paragraph before introduces without a cue or a quote (introduced), -1
	firstCue    firstCueMemo // the first cue with a speaker of the sentence being read (before)
	steps       int          // entries visited by the look-back walks, for the tests of issue 10
	// knownGenderOnly makes a pronoun resolve only to a person of its
	// gender already (a pronoun beat, beats.go), without binding one.
	knownGenderOnly bool
	fronted         frontedMemo // participleOpening's latest answer (noun_subjects.go)
	// dialogueLines counts the lines so far attributed as novels write
	// dialogue, by a beat or a turn (A12, A13): from two on, lines with
	// no cue alternate between two people talking (turns.go).
	dialogueLines int
	// narratorEnt is 1 + the narrator of a text told in the first person,
	// once its narration has said "I" (nounSubjects), else 0.
	narratorEnt int
	// beatGender is the gender of a pronoun beat beside the line being
	// decided that named no one of that gender (beatSpeaker), else
	// genderUnknown.
	beatGender gender
}

// Find finds the direct quotes of d and attributes each to
// a speaker.
func Find(d *core.Document) ([]core.Quote, []core.Speaker) {
	quotes, speakers, _ := find(d, nil)
	return quotes, speakers
}

// find is Find, and also returns how many entries the look-back walks
// visited: the tests check that it grows linearly with the text. When ways
// is not nil, the way of attribution of every quote is appended to it, one
// per quote in order (for FindWays).
func find(d *core.Document, ways *[]way) (_ []core.Quote, _ []core.Speaker, steps int) {
	if len(d.Text) > math.MaxInt32 {
		return nil, nil, 0 // beyond the 32-bit offsets of the stage's lists
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	// The engine keeps the paragraphs rather than d, which may then stay on
	// the caller's stack.
	e := &quoteEngine{text: d.Text, paras: d.Paras, cl: sc.clusters(d.Text), lastSpeaker: -1, lastQuote: -1, introEnt: -1, sc: sc, firstCue: firstCueMemo{key: -1}, ways: ways}
	e.recent = [4]recentSpeaker{{-1, 0}, {-1, 0}, {-1, 0}, {-1, 0}}
	e.cands = scanQuotes(d, sc)
	e.attrs = slices.Grow(sc.attrs[:0], len(e.cands))[:len(e.cands)]
	for i := range e.attrs {
		e.attrs[i] = attribution{ent: -1, prevEnt: -1, afterKey: -1}
	}
	var (
		ts       = sc.ts[:0]
		refs     = sc.refs[:0]
		evs      = sc.evs[:0]
		next     int
		qc       int  // the first candidate that closes in this paragraph or after
		prevPara = -1 // speaker of the latest cue of the previous paragraph
	)
	e.hist = sc.hist[:0]
	defer func() {
		// Hand the grown buffers back for the next article.
		sc.ts, sc.refs, sc.evs, sc.hist, sc.cands, sc.attrs = ts, refs, evs, e.hist, e.cands, e.attrs
		sc.ents, sc.mentions = e.cl.ents, e.cl.mentions
		sc.cl = clusters{} // the pool keeps no article text
	}()
	ws := words.Of(d)
	for pi, p := range d.Paras {
		ts, next = tokenize(d.Text, p, e.cands, next, ws.Para(pi), ts)
		nameThePossessiveFirms(d.Text, ts)
		refs = e.findNames(pi, ts, refs[:0])
		e.newTitles(pi, ts, refs)
		refs = e.nounSubjects(pi, ts, refs)
		evs = e.findCues(pi, ts, refs, evs[:0])
		e.creditLine(pi, ts, refs)
		// The quotes that open or close in this paragraph, read below, are
		// candidates from qc on (those before it closed earlier); when the
		// first opens after it, none is, and its tokens need no walk (the
		// candidates are in text order, so their paragraphs are too).
		for qc < len(e.cands) && e.cands[qc].lastPara < pi {
			qc++
		}
		quotes := qc < len(e.cands) && e.cands[qc].para <= pi
		for qi := range ts {
			if !quotes {
				break
			}
			t := &ts[qi] // not copied: most tokens are only tested
			if t.kind != tokQuote {
				continue
			}
			c := int(t.quote)
			if e.cands[c].para == pi && t.Start == e.cands[c].span.Start {
				e.attrs[c].prevEnt = int32(prevPara)
				e.before(pi, ts, refs, evs, qi, c)
			}
			if e.cands[c].lastPara == pi {
				e.after(pi, ts, refs, evs, qi, c)
			}
		}
		paraEnt := -1
		for _, ev := range evs {
			if ev.ent >= 0 {
				paraEnt = ev.ent
			}
		}
		caption := paraEnt < 0 && e.isCaption(ts)
		if caption {
			// A photo caption ("Ana Ruiz looks on. (Tom Vale / Reuters)")
			// sits outside the story's text: its names introduce no one,
			// and pronouns after it look past it (A9, A10).
			continue
		}
		if paraEnt >= 0 {
			prevPara = paraEnt
		} else if len(evs) > 0 || len(refs) > 0 {
			prevPara = -1
		}
		e.introEnt = -1
		if paraEnt < 0 {
			e.introEnt = e.introduced(ts, refs)
		}
		if !quotes && len(ts) > 0 {
			// (Before anyone has spoken, a stranger known by a description
			// acts in any text: "He stopped a few yards off."; A12.)
			if ent := e.lastBeat(pi, ts, refs, evs); ent >= 0 && (e.novelDialogue(ent) || e.lastSpeaker < 0 && e.cl.ents[ent].nameLen == 0) {
				prevPara, e.introEnt = ent, ent
			}
		}
		// Keep the names of the last few paragraphs for pronouns.
		cut := 0
		for cut < len(e.hist) && pi-e.hist[cut].para > 3 {
			cut++
		}
		if cut > 0 {
			e.hist = append(e.hist[:0], e.hist[cut:]...)
		}
		e.remember(pi, ts, refs, evs)
	}
	quotes, speakers := e.output()
	return quotes, speakers, e.steps
}

// isCaption reports whether a paragraph is a photo caption: it holds no
// quote and ends with a credit in parentheses, "(Tom Vale / Reuters)",
// "(Photo: Ana Ruiz)", "(THE CANADIAN PRESS)": a slash, a credit word, or
// two words or more in capitals only. Source: the caption style of news
// sites (AP Stylebook, "photo captions": the credit follows the caption).
func (e *quoteEngine) isCaption(ts []token) bool {
	n := len(ts)
	for n > 0 && ts[n-1].kind == tokPunct && e.text[ts[n-1].Start] == '.' {
		n--
	}
	if n < 3 || ts[n-1].kind != tokPunct || e.text[ts[n-1].Start] != ')' {
		return false
	}
	open := n - 2
	for open >= 0 && !(ts[open].kind == tokPunct && e.text[ts[open].Start] == '(') && n-open < 12 {
		open--
	}
	if open < 0 || n-open >= 12 {
		return false
	}
	for _, t := range ts[:open] {
		if t.kind == tokQuote {
			return false
		}
	}
	caps, words := true, 0
	for _, t := range ts[open+1 : n-1] {
		if t.kind == tokPunct && e.text[t.Start] == '/' || isCreditWord(e.text, t) {
			return true
		}
		if t.kind == tokWord {
			words++
			caps = caps && isAcronym(t.Of(e.text))
		}
	}
	return caps && words >= 2 // not an acronym spelt out: "the National Rifle Association (NRA)."
}

// introduced returns the person a paragraph without a quote or a cue
// introduces, or -1: the name that opens it, the subject of its first
// sentence ("Ruth Ellison has run the corner bakery for thirty years."),
// or of the first sentence's clause after ", and" when the first name of
// the paragraph is an organisation or a place ("By six the rail at the
// Blue Heron was full, and Bruno Castellano had stopped swearing."); not
// a possessive, an organisation or a place.
func (e *quoteEngine) introduced(ts []token, refs []nameRef) int {
	if len(refs) == 0 {
		return -1
	}
	// (A name after a determiner and a kin or role noun opens it too: "My
	// brother Kit had already gone down the garden"; branch prose9.)
	r, opens := refs[0], refs[0].first == 0 || refs[0].first == 2 && ts[1].is(wcRoleNoun) && ts[0].is(wcDeterminer)
	if !opens && len(refs) > 1 && (e.cl.ents[r.ent].org || e.cl.ents[r.ent].place) {
		if k := refs[1].first; k > 1 && ts[k].sent == ts[0].sent && e.text[ts[k-2].Start] == ',' && e.text[ts[k-1].Start:ts[k-1].End] == "and" {
			r, opens = refs[1], true
		}
	}
	if !opens || r.poss {
		return -1
	}
	for i := range ts {
		if ts[i].kind == tokQuote {
			return -1
		}
	}
	en := &e.cl.ents[r.ent]
	if en.org || en.place || !en.person && en.nameLen < 2 || e.isDateName(en) {
		return -1
	}
	return r.ent
}

// remember adds the names and cue speakers of paragraph pi, in text order,
// to the history that pronouns look back on.
func (e *quoteEngine) remember(pi int, ts []token, refs []nameRef, evs []cueEvent) {
	from := len(e.hist)
	e.hist = append(e.hist, refs...)
	added := false
	for _, ev := range evs {
		if ev.ent < 0 {
			continue
		}
		if r := refStartingAt(refs, ev.subjFrom); r >= 0 {
			e.hist[from+r].subj = true
			continue
		}
		e.hist = append(e.hist, nameRef{ent: ev.ent, para: pi, sent: ts[ev.subjFrom].sent, first: ev.subjFrom, end: ev.subjTo, subj: true})
		added = true
	}
	if added {
		// Keep the paragraph's entries in text order.
		sortRefsByFirst(e.hist[from:])
	}
	sent, start := int32(-1), 0 // the sentence of the entry before, and its first token
	for i := from; i < len(e.hist); i++ {
		k := e.hist[i].first
		if ts[k].sent != sent {
			sent, start = ts[k].sent, sentenceStart(ts, k)
		}
		e.hist[i].fronted = e.frontedFrom(ts, start, k)
		e.hist[i].opens = k == start
		if k > start+1 && e.text[ts[k-2].Start] == ',' {
			w := e.text[ts[k-1].Start:ts[k-1].End]
			e.hist[i].opens = w == "and" || w == "but"
		}
	}
}

// sentenceStart returns the first token of the sentence of token k.
func sentenceStart(ts []token, k int) int {
	i := k
	for i > 0 && ts[i-1].sent == ts[k].sent {
		i--
	}
	return i
}

// sortRefsByFirst sorts rs stably by first token, as core.SortStableFunc
// does, in place by insertion when rs is short (a paragraph's names and
// cue subjects, nearly in order: no call per comparison, no copy of the
// entries compared).
func sortRefsByFirst(rs []nameRef) {
	if len(rs) > 20 { // (core.SortStableFunc sorts up to 20 by insertion too)
		core.SortStableFunc(rs, func(a, b nameRef) int { return a.first - b.first })
		return
	}
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].first < rs[j-1].first; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

// inFrontedClause reports whether token k lies in a subordinate clause
// that opens its sentence, before the comma that ends it: "When the
// moderator objected, the candidate said …". The subject of the sentence
// comes after that comma (A9: Lappin and Leass's subject preference).
func (e *quoteEngine) inFrontedClause(ts []token, k int) bool {
	return e.frontedFrom(ts, sentenceStart(ts, k), k)
}

// frontedFrom is inFrontedClause for token k of the sentence that starts
// at token start: its first word first (most sentences open with no
// subordinator), then the commas between.
func (e *quoteEngine) frontedFrom(ts []token, start, k int) bool {
	if e.inFrontedParticiple(ts, k) {
		return true // "Asked whether …, Senator Hal Benton, Whitfield paused" (noun_subjects.go)
	}
	if ts[start].kind != tokWord || start == k || !isSubordinator(ts[start].Of(e.text)) {
		return false
	}
	for i := start; i < k; i++ {
		if isComma(e.text, ts[i]) {
			return false
		}
	}
	return true
}

// isSubordinator reports whether w is a conjunction that opens a
// subordinate clause: when, if, as, after, before, although, though,
// while, because, since, once, until, unless, whereas.
func isSubordinator(w string) bool {
	if w == "" {
		return false
	}
	switch w[0] | 0x20 { // the first letter, lowered: most words are out with no comparison
	case 'w':
		return lowerEq(w, "when") || lowerEq(w, "while") || lowerEq(w, "whereas")
	case 'i':
		return lowerEq(w, "if")
	case 'a':
		return lowerEq(w, "as") || lowerEq(w, "after") || lowerEq(w, "although")
	case 'b':
		return lowerEq(w, "before") || lowerEq(w, "because")
	case 't':
		return lowerEq(w, "though")
	case 's':
		return lowerEq(w, "since")
	case 'o':
		return lowerEq(w, "once")
	case 'u':
		return lowerEq(w, "until") || lowerEq(w, "unless")
	}
	return false
}
