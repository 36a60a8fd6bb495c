package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Vocatives (A14): a name set off by a comma at the start or the end of a
// sentence of a line ("Walter, you've let him carry his own bag"; "He's
// fine, Susan."; "Doesn't he look thin, Walter?") names the one spoken to,
// not the speaker; so does a name alone, asked or called ("Who's first?
// Alice?", "Tom!"). So a line with no cue that opens the next paragraph is
// the addressee's answer, and a line with no cue is never its addressee's
// own. Source: the Chicago Manual of Style, "direct address" (the name of
// the person addressed is set off by commas); Sacks, Schegloff and
// Jefferson (1974), turn-taking: the current speaker selects the next by
// addressing them.

// addressee returns the person of the text that quote c addresses by
// name, or -1. The name is one word, capitalised, that the text has
// given a person (a surname, or a given name alone as S14 reads it),
// opening a sentence of the quote before a comma or ending one after a
// comma; up to two capitalised words may stand before it ("Thank you, Dr
// Anwar.").
func (e *quoteEngine) addressee(c int, para int) int {
	in := e.cands[c].inner.Of(e.text)
	start := 0 // where the sentence of the quote at i starts
	for i := 0; i < len(in); i++ {
		if ch := in[i]; ch == ',' || ch == '?' || ch == '!' {
			if ent := e.addressed(strings.TrimSpace(in[start:i]), para); ent >= 0 {
				return ent // "Walter, you've let him …"; a name called alone: "Who's first? Alice?"
			}
		}
		switch in[i] {
		case '.', '?', '!':
			// (Not the period of a title: "Mr. Hale, …" is no address.)
			if w := in[strings.LastIndexByte(in[:i], ' ')+1 : i]; len(w) > 3 || w == "" || !isUpperByte(w[0]) || in[i] != '.' {
				start = i + 1
			}
		case ',':
			rest := in[i+1:]
			if k := strings.IndexAny(rest, ".?!,;\u2014"); k >= 0 {
				rest = rest[:k]
			}
			rest = strings.TrimSpace(rest)
			ok := rest != "" && isUpperByte(rest[0]) && strings.Count(rest, " ") <= 2
			for k := 1; ok && k < len(rest); k++ {
				ok = rest[k-1] != ' ' || isUpperByte(rest[k]) // every word capitalised
			}
			if !ok {
				continue
			}
			if ent := e.addressed(rest[strings.LastIndexByte(rest, ' ')+1:], para); ent >= 0 {
				return ent // "He's fine, Susan."
			}
		}
	}
	return -1
}

// addressed returns the person a capitalised word w names, or -1.
func (e *quoteEngine) addressed(w string, para int) int {
	if w == "" || !isUpperByte(w[0]) || strings.IndexByte(w, ' ') >= 0 || lookupWord(w)&(wcNotName|wcSubjectPronoun|wcDeterminer) != 0 {
		return -1
	}
	ent := e.cl.bareSurname(w, genderUnknown, para)
	if ent < 0 {
		ent = e.cl.givenNameAlone(w)
	}
	if ent < 0 {
		return -1
	}
	if en := &e.cl.ents[ent]; en.org || en.place || en.nobody || en.locative {
		return -1
	}
	return ent
}

// answersAddress returns the person the latest quote addressed when
// candidate c, with no cue, opens its paragraph right after it (the
// latest quote ended the paragraph before) and the addressee is not the
// one who spoke it: "“Hanley, tell them about the wolf,” said Evans."
// then "“There was no wolf.”" is Hanley's. Else -1.
func (e *quoteEngine) answersAddress(c int) int {
	p := e.lastQuote
	pi := e.cands[c].para
	if p < 0 || e.attrs[c].pre != preParaStart || e.cands[p].lastPara != pi-1 {
		return -1
	}
	ent := e.addressee(p, pi)
	if ent < 0 {
		ent = e.calledName(p, pi)
	}
	if ent >= 0 && ent != int(e.attrs[p].ent) {
		return ent
	}
	return -1
}

// calledName returns the person a question of quote c asks by a name the
// text has not yet given anyone, set off by a comma before its question
// mark ("Where's my risotto, Dee?"): a word no list holds, a given name
// the answer brings on, which the full name later in the text joins
// ("Dee Whitlock slid the plate", addName1). Else -1. Source: the Chicago
// Manual of Style, "direct address"; Sacks, Schegloff and Jefferson
// (1974): a question that names its addressee selects the next speaker.
func (e *quoteEngine) calledName(c, para int) int {
	in := e.cands[c].inner
	s := in.Of(e.text)
	q := strings.LastIndexByte(s, '?')
	sp := strings.LastIndexByte(s[:max(q, 0)], ' ')
	if q < 0 || sp < 1 || s[sp-1] != ',' || q-sp < 3 {
		return -1
	}
	w := s[sp+1 : q]
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return -1 // a name of letters, capitalised
		}
	}
	if !isUpperByte(w[0]) || lookupWord(w) != 0 {
		return -1
	}
	if ent := e.cl.givenNameAlone(w); ent >= 0 {
		return ent
	}
	name := core.Span{Start: in.Start + sp + 1, End: in.Start + q}
	ent := e.cl.addName(name, name, name, name, 1, false, para)
	e.cl.ents[ent].person = true
	e.cl.indexGivenName(ent, w)
	return ent
}

// otherSpeaker returns the latest speaker within recentReach paragraphs
// of paragraph pi who is not ent, or -1.
func (e *quoteEngine) otherSpeaker(ent, pi int) int {
	for _, r := range e.recent {
		if r.ent >= 0 && r.ent != ent && pi-r.para <= recentReach {
			return r.ent
		}
	}
	return -1
}
