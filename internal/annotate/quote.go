package annotate

import (
	"math"
	"slices"
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// The quote stage, in order:
//
//  1. scanQuotes pairs quotation marks into quoted stretches
//     (quote_scan.go);
//  2. paragraph by paragraph, tokenize splits the text around them
//     (quote_token.go), findNames finds names with their titles and roles
//     and clusters them (speaker.go, speaker_cluster.go), and findCues
//     finds cue words with their speakers, resolving pronouns (cue.go,
//     speaker.go);
//  3. before and after tie each stretch to a cue next to it or in its
//     sentence, and decide falls back on the speaker the surrounding
//     paragraphs establish;
//  4. isDirect keeps the stretches that are direct quotes.
//
// Short quoted terms. A quoted stretch is a direct quote when it reads as
// someone's words, judged by how it sits in the sentence:
//
//   - it runs over paragraphs or is unclosed;
//   - or it opens its paragraph, with two words or more, unless it is the
//     whole paragraph without any punctuation (a subheading);
//   - or a cue is set off next to it ("…,” she said; he said: “…”;
//     Smith: “…”), and it begins with a capital or, after a comma or a
//     colon, starts a clause of its own;
//   - or it begins with a capital and is a sentence: four words or more,
//     or two or more ending with . ? !;
//   - or it is attributed by a cue in its sentence and is a phrase of
//     seven words or more with a comma inside and no closing punctuation,
//     or shares its sentence with a direct quote of the same speaker;
//   - but never when it follows "that" (reported speech with quoted
//     words: she said that “…”), when it is in title or headline case
//     without a cue next to it (“Meet the Press”), or when it holds no
//     letter (an HTML attribute, a number).
//
// Anything else (titles, nicknames, scare quotes, the so-called “deal”, a
// word or two quoted inside the reporter's own sentence) is not a quote.
// The rule reads how newspapers set quotes, not what they quote, so it
// holds across outlets and house styles.

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
	byKey    map[uint64]int32
	cl       clusters
	speaking []int // output's working lists
	work     []int
}

var scratchPool = sync.Pool{New: func() any { return &scratch{byKey: make(map[uint64]int32)} }}

// clusters returns empty clusters for text on the pooled buffers.
func (sc *scratch) clusters(text string) *clusters {
	clear(sc.byKey)
	sc.cl = clusters{text: text, byKey: sc.byKey, ents: sc.ents[:0], mentions: sc.mentions[:0]}
	return &sc.cl
}

// release returns sc to the pool, unless a buffer grew too big to keep.
func (sc *scratch) release() {
	if cap(sc.ts) > core.MaxScratch || cap(sc.mentions) > core.MaxScratch || cap(sc.cands) > core.MaxScratch ||
		cap(sc.ents) > core.MaxScratch || len(sc.byKey) > core.MaxScratch || cap(sc.hist) > core.MaxScratch {
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
	adjacent bool // a cue is set off next to the quote
	pre      byte // what precedes the opening mark: 's' start of paragraph, 'e' end of a sentence, 'p' , or :, 't' "that", 'w' other
	decided  bool
	direct   bool
}

// quoteEngine holds the state of the quote stage over one document.
type quoteEngine struct {
	text        string
	paras       []Span // the document's paragraphs (not the document: see findQuotesAndSpeakers)
	cands       []quoteCandidate
	attrs       []attribution
	cl          *clusters
	hist        []nameRef // names of earlier paragraphs
	lastSpeaker int
	lastSpkPara int
	lastQuote   int        // latest accepted candidate, -1
	sc          *scratch   // the pooled buffers
	curEvs      []cueEvent // the cues found so far in the current paragraph
}

// findQuotesAndSpeakers finds the direct quotes of d and attributes each to
// a speaker.
func findQuotesAndSpeakers(d *core.Document) ([]Quote, []Speaker) {
	if len(d.Text) > math.MaxInt32 {
		return nil, nil // beyond the 32-bit offsets of the stage's lists
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	// The engine keeps the paragraphs rather than d, which may then stay on
	// the caller's stack.
	e := &quoteEngine{text: d.Text, paras: d.Paras, cl: sc.clusters(d.Text), lastSpeaker: -1, lastQuote: -1, sc: sc}
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
		prevPara = -1 // speaker of the latest cue of the previous paragraph
	)
	e.hist = sc.hist[:0]
	defer func() {
		// Hand the grown buffers back for the next article.
		sc.ts, sc.refs, sc.evs, sc.hist, sc.cands, sc.attrs = ts, refs, evs, e.hist, e.cands, e.attrs
		sc.ents, sc.mentions = e.cl.ents, e.cl.mentions
		sc.cl = clusters{} // the pool keeps no article text
	}()
	for pi, p := range d.Paras {
		ts, next = tokenize(d.Text, p, e.cands, next, ts)
		refs = e.findNames(pi, ts, refs[:0])
		evs = e.findCues(pi, ts, refs, evs[:0])
		for qi, t := range ts {
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
		if paraEnt >= 0 {
			prevPara = paraEnt
		} else if len(evs) > 0 || len(refs) > 0 {
			prevPara = -1
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
	return e.output()
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
		slices.SortStableFunc(e.hist[from:], func(a, b nameRef) int { return a.first - b.first })
	}
}

// before records what precedes the opening of candidate c, at token qi.
func (e *quoteEngine) before(pi int, ts []token, refs []nameRef, evs []cueEvent, qi, c int) {
	a := &e.attrs[c]
	a.sentKey = pi<<20 | int(ts[qi].sent)
	switch {
	case qi == 0:
		a.pre = 's'
	case ts[qi-1].kind == tokPunct && isSetOff(e.text[ts[qi-1].Start]):
		a.pre = 'p'
	case ts[qi-1].sent != ts[qi].sent:
		a.pre = 'e'
	case ts[qi-1].kind == tokWord && lowerEq(ts[qi-1].Of(e.text), "that"):
		a.pre = 't'
	default:
		a.pre = 'w'
	}
	sent := ts[qi].sent
	first, adj := -1, -1
	for i := searchEvents(evs, func(ev *cueEvent) bool { return ts[ev.tok].sent >= sent }); i < len(evs); i++ {
		ev := &evs[i]
		if ev.tok >= qi || ts[ev.tok].sent != sent {
			break
		}
		end := ev.tok
		if ev.right {
			end = ev.subjTo
		}
		if end >= qi {
			continue
		}
		if e.onlySetOff(ts, end+1, qi) {
			adj = i
			e.setCue(a, ev)
			a.adjacent = a.pre == 'p'
		}
		if first < 0 && ev.ent >= 0 {
			first = i
		}
	}
	if adj < 0 && first >= 0 {
		e.setCue(a, &evs[first])
	}
	// "Clinton: “…”": a name and a colon introduce the quote.
	if !a.hasCue && qi >= 2 && ts[qi-1].kind == tokPunct && e.text[ts[qi-1].Start] == ':' {
		w := ts[qi-2]
		if r := refEndingAt(refs, qi-2); r >= 0 && !refs[r].poss && refs[r].first == firstWordOfClause(ts, qi-2) {
			a.ent, a.adjacent = int32(refs[r].ent), true
		} else if w.kind == tokWord && !w.poss && w.upper && !w.is(wcNotName) && firstWordOfClause(ts, qi-2) == qi-2 {
			// A lone surname: "Lee: “…”".
			a.ent = int32(e.cl.addName(w.Span, w.Span, w.Span, w.Span, 1, isAcronym(w.Of(e.text)), pi))
			a.adjacent = true
		}
		if a.ent >= 0 {
			e.cl.ents[a.ent].person = e.cl.ents[a.ent].person || !e.cl.ents[a.ent].org
		}
	}
}

// firstWordOfClause returns the index of the first token of the clause
// that token k ends: after the last sentence break, quote or punctuation
// other than a period.
func firstWordOfClause(ts []token, k int) int {
	i := k
	for i > 0 && ts[i-1].sent == ts[k].sent && ts[i-1].kind == tokWord {
		i--
	}
	for i > 0 && ts[i-1].kind == tokPunct && ts[i-1].sent == ts[k].sent && ts[i-1].Len() == 1 && i-2 >= 0 && ts[i-2].kind == tokWord && ts[i-1].Start == ts[i-2].End {
		// Step over the period of a title or initial: "Sen. Warren:".
		i -= 2
		for i > 0 && ts[i-1].sent == ts[k].sent && ts[i-1].kind == tokWord {
			i--
		}
	}
	return i
}

func isSetOff(c byte) bool { return c == ',' || c == ':' || c == ';' || c == '(' || c == '-' }

// onlySetOff reports whether tokens [from, to) hold only punctuation that
// sets a quote off, "that", or adverbs.
func (e *quoteEngine) onlySetOff(ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		t := ts[k]
		switch t.kind {
		case tokPunct:
			continue
		case tokWord:
			if lowerEq(t.Of(e.text), "that") || isLyAdverb(e.text, t) {
				continue
			}
		}
		return false
	}
	return true
}

func (e *quoteEngine) setCue(a *attribution, ev *cueEvent) {
	a.cue, a.hasCue, a.ent = to32(ev.cue), true, int32(ev.ent)
}

// after looks for a cue just after candidate c (at token qi, its last
// piece) and then decides its speaker.
func (e *quoteEngine) after(pi int, ts []token, refs []nameRef, evs []cueEvent, qi, c int) {
	a := &e.attrs[c]
	text := e.text
	k := qi + 1
	for k < len(ts) && ts[k].kind == tokPunct && text[ts[k].Start] != '.' && text[ts[k].Start] != '(' {
		k++
	}
	if qi+1 < len(ts) {
		a.afterKey = pi<<20 | int(ts[qi+1].sent)
	}
	if k < len(ts) && ts[k].kind == tokWord {
		sent := ts[k].sent
		// A quote that ends its sentence hands over to a new one: only an
		// attribution at the very start of it ("“We won.” Smith said the
		// team…") belongs to the quote.
		stop := endsWithStop(text, e.cands[c].span) && !isLowerStart(ts[k].Of(text))
		for i := searchEvents(evs, func(ev *cueEvent) bool { return ev.tok >= k }); i < len(evs); i++ {
			ev := &evs[i]
			if ts[ev.tok].sent != sent {
				break
			}
			if ev.tok > k+30 || quoteBetween(ts, k, ev.tok) {
				break
			}
			if colonAfter(text, ts, ev) {
				// "Mr. Zahed said: ''…''" introduces the next quote.
				break
			}
			subjOK := ev.subjFrom == k || ev.subjFrom == k+1 && ts[k].is(wcDeterminer) ||
				ev.subjFrom > k && ev.subjFrom-k <= 8 && onlyWordsAndCommas(e.text, ts, k, ev.subjFrom)
			switch {
			case ev.tok == k && (ev.right || ev.flags&cueObject != 0) && !stop:
			case !ev.right && ev.ent >= 0 && subjOK && (!stop || ev.tok <= ev.subjTo+3):
			case !ev.right && ev.ent < 0 && ev.tok <= k+1:
			default:
				// "…,” Adam Green, co-founder of the group, said": the name
				// right after the quote, before an apposition or a relative
				// or prepositional phrase, is the speaker.
				r := refStartingAt(refs, k)
				if r < 0 && k+1 < len(ts) && ts[k].is(wcDeterminer) {
					r = refStartingAt(refs, k+1)
				}
				if r >= 0 && !stop && !ev.right && !refs[r].poss && refs[r].end+1 < ev.tok && opensModifier(text, ts[refs[r].end+1]) {
					e.setCue(a, ev)
					a.ent = int32(refs[r].ent)
					e.cl.ents[a.ent].person = e.cl.ents[a.ent].person || !e.cl.ents[a.ent].org
					a.adjacent = true
				}
				e.decide(pi, c, ts, evs)
				return
			}
			e.setCue(a, ev)
			a.adjacent = true
			break
		}
	}
	e.decide(pi, c, ts, evs)
}

// colonAfter reports whether a colon follows the cue ev (or its inverted
// speaker).
func colonAfter(text string, ts []token, ev *cueEvent) bool {
	end := ev.tok
	if ev.right {
		end = ev.subjTo
	}
	for end+1 < len(ts) && ts[end+1].kind == tokWord && end-ev.tok < 4 && !ev.right {
		end++ // "said on Friday:"
	}
	return end+1 < len(ts) && ts[end+1].kind == tokPunct && text[ts[end+1].Start] == ':'
}

// onlyWordsAndCommas reports whether ts[from:to] are words and commas:
// "Sanders's campaign manager, Jeff Weaver, said".
func onlyWordsAndCommas(text string, ts []token, from, to int) bool {
	for k := from; k < to; k++ {
		if ts[k].kind != tokWord && (ts[k].kind != tokPunct || text[ts[k].Start] != ',') {
			return false
		}
	}
	return true
}

// opensModifier reports whether t starts what may follow a name before its
// verb: a comma, or a preposition ("Mr. Morgan of the Sierra Club said").
func opensModifier(text string, t token) bool {
	if t.kind == tokPunct {
		return text[t.Start] == ',' || text[t.Start] == '('
	}
	w := t.Of(text)
	return lowerEq(w, "of") || lowerEq(w, "from") || lowerEq(w, "at") || lowerEq(w, "with") || lowerEq(w, "for")
}

// searchEvents returns the first index at which f holds, f being false
// and then true over the cue events (which are in text order).
func searchEvents(evs []cueEvent, f func(*cueEvent) bool) int {
	lo, hi := 0, len(evs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(&evs[m]) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// quoteBetween reports whether a quote token lies in ts[from:to].
func quoteBetween(ts []token, from, to int) bool {
	for k := from; k < to && k < len(ts); k++ {
		if ts[k].kind == tokQuote {
			return true
		}
	}
	return false
}

// decide picks the speaker of candidate c once its cues are known, and
// whether it is a direct quote.
func (e *quoteEngine) decide(pi, c int, ts []token, evs []cueEvent) {
	a := &e.attrs[c]
	q := &e.cands[c]
	a.direct = e.isDirect(c)
	a.decided = true
	if !a.direct {
		return
	}
	if a.ent < 0 && !a.hasCue {
		// No cue of its own: the previous quote of the paragraph (a split
		// quote), else the latest cue of this paragraph before it, else
		// the latest cue of the paragraph before, else the latest speaker.
		prevPos, prevKey := -1, -1
		if e.lastQuote >= 0 && e.cands[e.lastQuote].lastPara == q.para && e.attrs[e.lastQuote].ent >= 0 {
			prevPos, prevKey = e.cands[e.lastQuote].span.End, e.attrs[e.lastQuote].afterKey
			a.ent = e.attrs[e.lastQuote].ent
			a.cue, a.hasCue = e.attrs[e.lastQuote].cue, e.attrs[e.lastQuote].hasCue
		}
		if q.para == pi {
			// A cue of its own sentence between the two quotes ("“A,” Smith
			// said. Jones disagreed. “B.”"); the rest of the previous
			// quote's attribution sentence does not count.
			for i := searchEvents(evs, func(ev *cueEvent) bool { return ev.cue.Start > prevPos }); i < len(evs); i++ {
				ev := &evs[i]
				if ev.cue.End > q.span.Start {
					break
				}
				if ev.ent >= 0 && pi<<20|int(ts[ev.tok].sent) != prevKey {
					a.ent, a.cue, a.hasCue = int32(ev.ent), to32(ev.cue), true
				}
			}
		}
		if a.ent < 0 && a.prevEnt >= 0 {
			a.ent = a.prevEnt
		}
		if a.ent < 0 && e.lastSpeaker >= 0 && q.para-e.lastSpkPara <= 2 {
			a.ent = int32(e.lastSpeaker)
		}
	}
	if a.ent >= 0 {
		e.lastSpeaker, e.lastSpkPara = int(a.ent), q.lastPara
		e.cl.ents[a.ent].quotes++
	}
	e.lastQuote = c
}

// isDirect applies the package rule for short quoted terms (see the top of
// this file) to candidate c.
func (e *quoteEngine) isDirect(c int) bool {
	q := &e.cands[c]
	a := &e.attrs[c]
	inner := q.inner.Of(e.text)
	words, comma := countWords(inner)
	if !hasLetter(inner) || q.span.Start > 0 && e.text[q.span.Start-1] == '=' {
		return false // numbers, or an HTML attribute value
	}
	if q.unclosed || q.lastPara != q.para {
		return true
	}
	first, _ := utf8.DecodeRuneInString(trimLeftMarks(inner))
	lower := isLowerStart(string(first))
	if !lower && words >= 2 && (allCapitalised(inner) || headlineCase(inner)) && !a.adjacent {
		return false // a title or headline in title case
	}
	if a.pre == 's' && !a.adjacent && q.span.End == e.paras[q.para].End && !endsWithClause(inner) {
		return false // a paragraph of quoted words without punctuation: a subheading
	}
	if a.pre == 's' && (words >= 2 || a.adjacent) {
		return true
	}
	if a.pre == 't' {
		return false // "she said that “…”": reported speech with quoted words
	}
	if !lower && a.pre == 'w' && isTitleCase(inner) {
		return false // "appearing on “Meet the Press,” Smith said"
	}
	if a.adjacent && (!lower || a.pre == 'p' || a.pre == 'e') {
		return true
	}
	if !lower && (words >= 4 || words >= 2 && endsWithStop(e.text, q.span)) {
		return true
	}
	if a.hasCue && a.ent >= 0 && words >= 7 && comma && !endsWithClause(inner) {
		return true
	}
	return false
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// allCapitalised reports whether every word of s that starts with a letter
// starts with a capital.
func allCapitalised(s string) bool {
	ok := true
	eachWord(s, func(w string) bool {
		r, _ := utf8.DecodeRuneInString(trimLeftMarks(w))
		ok = !unicode.IsLetter(r) || unicode.IsUpper(r)
		return ok
	})
	return ok
}

// headlineCase reports whether every word of four letters or more in s
// starts with a capital, and there are at least two: "Like an Open Orchid."
func headlineCase(s string) bool {
	long, ok := 0, true
	eachWord(s, func(w string) bool {
		if len(w) >= 4 {
			long++
			ok = isUpper(trimLeftMarks(w))
		}
		return ok
	})
	return ok && long >= 2
}

// isTitleCase reports whether every word of four letters or more in s
// starts with a capital and s does not end like a sentence: the title of a
// book, a show or a slogan, not someone's words.
func isTitleCase(s string) bool {
	if endsWithSentence(s) {
		return false
	}
	long, ok := 0, true
	eachWord(s, func(w string) bool {
		if len(w) >= 4 {
			long++
			ok = isUpper(trimLeftMarks(w))
		}
		return ok
	})
	return ok && long >= 1
}

// eachWord calls f with each space-separated word of s until f returns
// false.
func eachWord(s string, f func(string) bool) {
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
			j++
		}
		if j > i && !f(s[i:j]) {
			return
		}
		i = j
	}
}

// endsWithSentence reports whether s ends with . ? ! before any closing
// marks.
func endsWithSentence(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		switch r {
		case ' ', '\'', '’', '"', '”':
			s = s[:len(s)-size]
			continue
		case '?', '!', '.', '…':
			return true
		}
		return false
	}
	return false
}

// countWords counts the words of s, up to eight (no rule needs more), and
// reports whether a comma stands between two of them.
func countWords(s string) (int, bool) {
	n, comma, in := 0, false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\n', '\t', '\r':
			in = false
		case ',':
			comma = comma || i+1 < len(s) && s[i+1] == ' '
		default:
			if !in {
				n++
				in = true
				if n > 8 && comma {
					return n, comma
				}
			}
		}
	}
	return n, comma
}

// trimLeftMarks drops leading spaces, marks and ellipses from s.
func trimLeftMarks(s string) string {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if r == ' ' || r == '.' || r == '…' || r == '\'' || r == '"' || r == '‘' || r == '“' || r == '[' || r == '(' {
			s = s[size:]
			continue
		}
		break
	}
	return s
}

// endsWithClause reports whether a quote's words end with , ? ! — the way
// a quoted sentence hands over to its attribution.
func endsWithClause(inner string) bool {
	for len(inner) > 0 {
		r, size := utf8.DecodeLastRuneInString(inner)
		switch r {
		case ' ', '\'', '’', '"':
			inner = inner[:len(inner)-size]
			continue
		case ',', '?', '!', '—', '–', '-', '.':
			return true
		}
		return false
	}
	return false
}

// output builds the quotes and speakers of the result.
func (e *quoteEngine) output() ([]Quote, []Speaker) {
	var quotes []Quote
	speaking := e.sc.speaking[:0]
	defer func() { e.sc.speaking = speaking }()
	for c := range e.cands {
		a := &e.attrs[c]
		if !a.decided || !a.direct {
			continue
		}
		if a.ent >= 0 && e.cl.ents[a.ent].id == 0 {
			e.cl.ents[a.ent].id = -1
			speaking = append(speaking, int(a.ent))
		}
	}
	// A short quoted phrase attributed in a sentence that also quotes the
	// same speaker directly is part of the speaker's words.
	for c := range e.cands {
		a := &e.attrs[c]
		if !a.decided || a.direct || !a.hasCue || a.ent < 0 {
			continue
		}
		for o := c + 1; o < len(e.cands) && e.cands[o].para == e.cands[c].para && e.attrs[o].sentKey == a.sentKey; o++ {
			b := &e.attrs[o]
			if b.direct && b.ent == a.ent && b.sentKey == a.sentKey {
				a.direct = true
				if e.cl.ents[a.ent].id == 0 {
					e.cl.ents[a.ent].id = -1
					speaking = append(speaking, int(a.ent))
				}
				break
			}
		}
	}
	// The speakers' mentions, from the one list of all mentions: first
	// positions and counts (meanwhile an entity's id is -1 minus its index
	// in speaking), then one allocation for all of them.
	for i, ent := range speaking {
		e.cl.ents[ent].id = int32(-i - 1)
	}
	n := len(speaking)
	e.sc.work = slices.Grow(e.sc.work[:0], 3*n)[:3*n]
	first, count, order := e.sc.work[:n], e.sc.work[n:2*n], e.sc.work[2*n:] // order: indexes into speaking, by first mention
	clear(count)
	for i := range first {
		first[i] = math.MaxInt
	}
	total := 0
	for _, m := range e.cl.mentions {
		if id := e.cl.ents[m.ent].id; id < 0 {
			i := -id - 1
			first[i] = min(first[i], int(m.start))
			count[i]++
			total++
		}
	}
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return first[a] - first[b] })
	nQuotes, nCues := 0, 0 // the quotes and the cues of the output
	for c := range e.cands {
		if a := &e.attrs[c]; a.decided && a.direct {
			nQuotes++
			if a.hasCue {
				nCues++
			}
		}
	}
	ids := labels('s', len(speaking))
	speakers := make([]Speaker, 0, len(speaking))
	// One list of mentions for the speakers' mentions and then the cues.
	all := make([]Mention, 0, total+nCues)
	for rank, i := range order {
		en := &e.cl.ents[speaking[i]]
		kind := "person"
		if en.org {
			kind = "organization"
		}
		n := count[i]
		speakers = append(speakers, Speaker{ID: ids[rank], Name: e.speakerName(en), Kind: kind, Mentions: all[len(all) : len(all) : len(all)+n]})
		all = all[:len(all)+n]
		en.id = int32(rank + 1)
	}
	for _, m := range e.cl.mentions {
		if id := e.cl.ents[m.ent].id; id > 0 {
			sp := &speakers[id-1]
			sp.Mentions = append(sp.Mentions, Mention{Span: m.span()})
		}
	}
	// The quotes take one allocation; their IDs are cut from labelTables.
	quotes = make([]Quote, 0, nQuotes)
	cues := all[total:total:cap(all)]
	for c := range e.cands {
		a := &e.attrs[c]
		if !a.decided || !a.direct {
			continue
		}
		q := e.cands[c]
		out := Quote{ID: label('q', len(quotes)+1), Span: q.span, Paragraph: q.para, Unclosed: q.unclosed}
		if a.ent >= 0 {
			out.Speaker = &ids[e.cl.ents[a.ent].id-1]
		}
		if a.hasCue {
			cues = append(cues, Mention{Span: a.cue.span()})
			out.Cue = &cues[len(cues)-1]
		}
		quotes = append(quotes, out)
	}
	return quotes, speakers
}

// labels returns prefix+"1" … prefix+n ("q1", "q2", …), cut from one
// string: for the usual counts, the string built once in labelTables.
func labels(prefix byte, n int) []string {
	if n == 0 {
		return nil
	}
	all := ""
	for _, t := range labelTables {
		if t[0] == prefix && n <= maxTableLabel {
			all = t
		}
	}
	if all == "" {
		all = joinLabels(prefix, n)
	}
	ids := make([]string, n)
	start := 0
	for i := range ids {
		end := start + 2 // prefix and first digit
		for end < len(all) && isDigit(all[end]) {
			end++
		}
		ids[i], start = all[start:end], end
	}
	return ids
}

// label returns prefix+"i" (i >= 1), cut from labelTables when i is in it.
func label(prefix byte, i int) string {
	if i > maxTableLabel {
		return string(prefix) + strconv.Itoa(i)
	}
	// In "q1…q9q10…q99q100…", label i starts after the shorter labels.
	start, width, lo := 0, 2, 1 // labels lo… are width bytes long
	for hi := 10; i >= hi; hi *= 10 {
		start += (hi - lo) * width
		width, lo = width+1, hi
	}
	start += (i - lo) * width
	for _, t := range labelTables {
		if t[0] == prefix {
			return t[start : start+width]
		}
	}
	return string(prefix) + strconv.Itoa(i)
}

// maxTableLabel is the last number written in labelTables; an article
// with more quotes or speakers has its labels written for it.
const maxTableLabel = 999

// labelTables holds "q1q2…q999" and "s1s2…s999", built once and only read.
var labelTables = [...]string{joinLabels('q', maxTableLabel), joinLabels('s', maxTableLabel)}

// joinLabels writes prefix+"1" … prefix+n one after another.
func joinLabels(prefix byte, n int) string {
	buf := make([]byte, 0, n*6)
	for i := range n {
		buf = append(buf, prefix)
		buf = strconv.AppendInt(buf, int64(i+1), 10)
	}
	return string(buf)
}

// speakerName is the fullest name of a speaker; a speaker known only by a
// common noun keeps it without its determiner ("company").
func (e *quoteEngine) speakerName(en *entity) string {
	return en.name.of(e.text)
}
