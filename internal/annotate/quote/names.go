package quote

import "github.com/newsroom/annotator/internal/annotate/core"

// Names: the names of each paragraph, with their titles and roles ("Ukraine's
// president, Volodymyr Zelenskiy"), added to the clusters.

// nameRef is one name found in a paragraph, kept for pronoun resolution.
type nameRef struct {
	ent        int
	para       int
	sent       int32
	first, end int // token range in its paragraph (for the current one only)
	poss       bool
	subj       bool // the speaker of a cue
}

// findNames finds the names of paragraph para's tokens and records them in
// the clusters. It appends to refs and returns it.
func (e *quoteEngine) findNames(para int, ts []token, refs []nameRef) []nameRef {
	text := e.text
	credit := false
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		if credit {
			credit = !(t.kind == tokPunct && text[t.Start] == ')')
			continue
		}
		if !t.upper { // only a word starts with a capital
			if c := text[t.Start]; (c == ':' || c == '/') && t.kind == tokPunct && k > 0 && isCreditWord(text, ts[k-1]) {
				credit = true
			}
			continue
		}
		// Collect a run of capitalised words, particles and initials.
		end := k
		for end+1 < len(ts) && !ts[end].poss {
			n := ts[end+1]
			if n.kind == tokWord && n.Start-ts[end].End <= 2 && (n.upper || n.is(wcNameParticle) && end+2 < len(ts) && ts[end+2].upper) {
				end++
				continue
			}
			// A period after a title or an initial: Sen. Sanders, George W. Bush.
			if n.kind == tokPunct && text[n.Start] == '.' && n.Start == ts[end].End && end+2 < len(ts) &&
				ts[end+2].kind == tokWord && ts[end+2].upper && ts[end+2].sent == n.sent &&
				(ts[end].Len() == 1 || isTitle(text, ts[end])) {
				end += 2
				continue
			}
			break
		}
		if end+1 < len(ts) && ts[end+1].kind == tokPunct && text[ts[end+1].Start] == '/' && ts[end+1].Start == ts[end].End ||
			k > 0 && ts[k-1].kind == tokPunct && text[ts[k-1].Start] == '/' && ts[k-1].End == t.Start {
			// "(Ryan Remiorz/The Canadian Press)": a photo credit.
			credit = true
			k = end
			continue
		}
		e.addNameRun(para, ts, k, end, &refs)
		k = end
	}
	return refs
}

func isCreditWord(text string, t token) bool {
	return t.kind == tokWord && t.Len() < 16 && t.is(wcCreditWord)
}

func isTitle(text string, t token) bool {
	if t.kind != tokWord || t.Len() > 16 {
		return false
	}
	_, ok := wcTitle.genderOf(t.info)
	return ok
}

// addNameRun turns the capitalised run ts[from..to] (word tokens and
// periods) into a name, if it is one.
func (e *quoteEngine) addNameRun(para int, ts []token, from, to int, refs *[]nameRef) {
	text := e.text
	// Drop sentence-initial function words and weekdays: "But", "On Friday".
	for from <= to && ts[from].kind == tokWord && ts[from].is(wcNotName) {
		from++
	}
	if from > to {
		return
	}
	// Titles: the name starts after the last title of the run.
	g := genderUnknown
	titled := false
	nameFrom := from
	mentionFrom := from
	for k := from; k < to; k++ {
		if ts[k].kind != tokWord || ts[k].Len() > 16 {
			continue
		}
		if tg, ok := wcTitle.genderOf(ts[k].info); ok {
			if !titled {
				mentionFrom = k
			}
			titled = true
			if tg != genderUnknown {
				g = tg
			}
			nameFrom = k + 1
		}
	}
	for nameFrom <= to && ts[nameFrom].kind != tokWord {
		nameFrom++
	}
	if nameFrom > to {
		return
	}
	words := 0
	firstTok := -1
	for k := nameFrom; k <= to; k++ {
		if ts[k].kind == tokWord {
			words++
			if firstTok < 0 {
				firstTok = k
			}
			if k > nameFrom && ts[k].is(wcNotName) {
				return // "Baking From My Home To Yours": a title, not a name
			}
		}
	}
	last := ts[to]
	org := last.is(wcOrgNoun) && !titled || isAcronym(last.Of(text)) && words == 1 && !titled
	if from > 0 && ts[from-1].kind == tokWord && lowerEq(ts[from-1].Of(text), "the") && !titled {
		org = true
	}
	person := titled
	if !person && from > 0 && ts[from-1].kind == tokWord && ts[from-1].is(wcRoleNoun) {
		person = true
	}
	if !person && words >= 2 {
		if _, ok := wcFirstName.genderOf(ts[firstTok].info); ok {
			person = true
		}
	}
	ent := -1
	if words == 1 && !person && !org {
		// A lone capitalised word is a name only if it is already known,
		// or a given name ("a resident named Caroline").
		ent = e.cl.lookupSurname(last.Of(text))
		if g, known := wcFirstName.genderOf(last.info); ent < 0 && known && from > 0 {
			ent = e.cl.addName(last.Span, last.Span, last.Span, last.Span, 1, false, para)
			e.cl.ents[ent].person = true
			e.cl.setGender(ent, g)
		}
		if ent < 0 || e.cl.ents[ent].org {
			return
		}
		e.cl.mention(ent, core.Span{Start: ts[mentionFrom].Start, End: last.End})
	} else {
		// The surname is the last word, before a suffix (Donald Trump Jr.).
		key := to
		for key > firstTok && (ts[key].kind != tokWord || ts[key].is(wcNameSuffix)) {
			key--
		}
		ent = e.cl.addName(core.Span{Start: ts[mentionFrom].Start, End: last.End}, core.Span{Start: ts[nameFrom].Start, End: last.End},
			ts[firstTok].Span, ts[key].Span, words, org, para)
	}
	en := &e.cl.ents[ent]
	if person {
		en.person = true
	} else if ts[firstTok].is(wcPlaceWord) || last.is(wcPlaceWord) {
		en.place = true
	}
	e.cl.setGender(ent, g)
	*refs = append(*refs, nameRef{ent: ent, para: para, sent: ts[to].sent, first: mentionFrom, end: to, poss: last.poss})
}

// isAcronym reports whether w is two or more capitals (NATO, FBI).
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpperByte(w[i]) {
			return false
		}
	}
	return true
}

// refStartingAt returns the index of the name starting at token j, or -1.
// Names are in text order, so the lookups search by halves.
func refStartingAt(refs []nameRef, j int) int {
	i := searchRefs(refs, func(r *nameRef) bool { return r.first >= j })
	if i < len(refs) && refs[i].first == j {
		return i
	}
	return -1
}

// refEndingAt returns the index of the name ending at token j, or -1.
func refEndingAt(refs []nameRef, j int) int {
	i := refsBefore(refs, j)
	if i < len(refs) && refs[i].end == j {
		return i
	}
	return -1
}

// refsBefore returns how many names end before token j.
func refsBefore(refs []nameRef, j int) int {
	return searchRefs(refs, func(r *nameRef) bool { return r.end >= j })
}

// searchRefs returns the first index at which f holds, f being false and
// then true over refs.
func searchRefs(refs []nameRef, f func(*nameRef) bool) int {
	lo, hi := 0, len(refs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(&refs[m]) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
