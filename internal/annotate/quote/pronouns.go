package quote

// Pronouns: the person or organisation a subject pronoun stands for.

// resolvePronoun finds (A9) the entity a subject pronoun at token j stands for:
//
//  1. the first compatible person named earlier in the same sentence;
//  2. else the first compatible person named in the latest earlier
//     sentence that names one (within the last three paragraphs), the
//     subject of a sentence being usually its first name;
//  3. else the latest speaker of the article, if compatible, else the
//     latest of the last few speakers that is, within a few paragraphs.
//
// He and she need a person whose gender is unknown or the same; it and
// they take an organisation.
func (e *quoteEngine) resolvePronoun(para int, ts []token, refs []nameRef, j int, g gender) int {
	wantOrg := g == genderUnknown
	ok := func(ent int) bool {
		en := &e.cl.ents[ent]
		if wantOrg {
			return en.org
		}
		if !wantOrg && en.locative && en.gender == genderUnknown {
			return false // a place: "the death was in Nova Scotia"
		}
		return !en.narrator && (en.person || en.nameLen >= 2 && !en.place && !e.isDateName(en)) && !en.org && (en.gender == genderUnknown || en.gender == g)
	}
	if wantOrg {
		if ent, ok := e.writer(para, ts, refs, j); ok {
			return ent
		}
	}
	sent := ts[j].sent
	// Each walk below looks back over at most maxLookback entries, so a
	// pronoun costs a bounded walk however long the paragraph (issue 10).
	stop := func(i, n int) bool { e.steps++; return n-i > maxLookback }
	// The speaker of an earlier cue in the sentence: "Trump asserted
	// that …: “…,” he claimed".
	first := -1
	for i := len(e.curEvs) - 1; i >= 0 && ts[e.curEvs[i].tok].sent == sent && !stop(i, len(e.curEvs)); i-- {
		if ev := e.curEvs[i]; ev.ent >= 0 && ev.tok < j && ok(ev.ent) {
			first = ev.ent
		}
	}
	if first >= 0 {
		return e.bind(first, g)
	}
	// The first compatible name of this sentence, else of the latest
	// earlier sentence of the paragraph that has one, where the speaker of
	// a cue comes before other names ("Laurier envisioned …, Foster
	// writes. “…,” he writes").
	best := -1
	var bestSent int32 = -1
	nr := refsBefore(refs, j)
	for i := nr - 1; i >= 0 && !stop(i, nr); i-- {
		r := refs[i]
		if bestSent >= 0 && r.sent < bestSent {
			break
		}
		// "It" after "Lisle's dispatch": a document's words are its
		// author's (S6, document-nouns.txt).
		authored := wantOrg && authors(ts, r)
		// A possessor of a person in an earlier sentence is rarely its
		// subject: "Fischer's deputy, Marc Dubois, was blunt. “…,” he
		// said."; of a thing, it is the sentence's topic: "Lisle's
		// decision came, by his own account, … “…,” he recalled" (a thing
		// cannot speak: the sentence is about its possessor).
		if (ok(r.ent) || authored) && !e.isHearer(ts, r) && !(r.poss && r.sent < sent && r.end+1 < len(ts) && e.isRoleHead(ts[r.end+1])) {
			if best >= 0 && bestSent == r.sent && r.sent < sent && e.inFrontedClause(ts, r.first) {
				continue // the subject after a fronted clause ("When Hale objected, Brandt said")
			}
			if r.sent == sent && e.inFrontedParticiple(ts, r.first) {
				// A name in the participle phrase that opens the pronoun's
				// own sentence is not the pronoun: "Asked about Ifield,
				// who was dropped, he said:" is the one asked, whose
				// phrase it is (the subject the phrase modifies; a
				// pronoun subject does not stand for a name inside its
				// own clause's modifier, Reinhart, 1983, "c-command").
				continue
			}
			best, bestSent = r.ent, r.sent
		}
	}
	for i := len(e.curEvs) - 1; i >= 0 && !stop(i, len(e.curEvs)); i-- {
		ev := e.curEvs[i]
		s := ts[ev.tok].sent
		if s < bestSent || s >= sent && bestSent >= 0 {
			if s < bestSent {
				break
			}
			continue
		}
		if ev.ent >= 0 && ev.tok < j && ok(ev.ent) {
			if best >= 0 && bestSent == s && s < sent && e.inFrontedClause(ts, ev.subjFrom) {
				continue // (the cue of a fronted clause: "When Hale objected, Brandt said")
			}
			best, bestSent = ev.ent, s
		}
	}
	if best >= 0 {
		return e.bind(best, g)
	}
	// Earlier paragraphs, from e.hist.
	bestPara, bestSubj := -1, -1
	for i := len(e.hist) - 1; i >= 0 && !stop(i, len(e.hist)); i-- {
		r := e.hist[i]
		if para-r.para > 3 {
			break
		}
		if bestPara >= 0 && (r.para != bestPara || r.sent != bestSent) {
			break
		}
		if ok(r.ent) && !r.poss {
			best, bestPara, bestSent = r.ent, r.para, r.sent
			if r.subj && (!r.fronted || bestSubj < 0) {
				bestSubj = r.ent // (a subject after a fronted clause comes first)
			}
		}
	}
	if bestSubj >= 0 {
		return e.bind(bestSubj, g)
	}
	if best >= 0 {
		return e.bind(best, g)
	}
	if e.lastSpeaker >= 0 && ok(e.lastSpeaker) {
		return e.bind(e.lastSpeaker, g)
	}
	// The latest speaker who agrees, of the last few: in dialogue "he
	// said" after a woman's line is the man who spoke before her.
	for _, r := range e.recent {
		if r.ent >= 0 && para-r.para <= recentReach && ok(r.ent) {
			return e.bind(r.ent, g)
		}
	}
	return -1
}

// recentSpeaker is a speaker and the paragraph of their latest quote.
type recentSpeaker struct {
	ent, para int
}

// recentReach is how many paragraphs back a pronoun may find the latest
// speaker who agrees with it: a few lines of dialogue (Lappin and Leass,
// 1994: recency, within a few sentences).
const recentReach = 6

// spoke records that ent has just been given a quote in paragraph para,
// keeping e.recent the latest distinct speakers, latest first.
func (e *quoteEngine) spoke(ent, para int) {
	i := 0
	for i < len(e.recent)-1 && e.recent[i].ent != ent {
		i++
	}
	copy(e.recent[1:i+1], e.recent[:i])
	e.recent[0] = recentSpeaker{ent, para}
}

// isDateName reports whether the name of en is that of a day ("Boxing
// Day", "Christmas Eve"): its last word is on date-name-words.txt, or its
// first on not-names.txt (months and weekdays, "December Smith" being a
// date before a name).
func (e *quoteEngine) isDateName(en *entity) bool {
	name := en.name.of(e.text)
	i := len(name)
	for i > 0 && name[i-1] != ' ' {
		i--
	}
	j := 0
	for j < len(name) && name[j] != ' ' {
		j++
	}
	return lookupWord(name[i:])&wcDateNameWord != 0 || lookupWord(name[:j])&wcNotName != 0
}

// maxLookback is how many earlier names or cues a pronoun looks back
// over, in each of the walks of resolvePronoun. Antecedents sit close:
// Lappin and Leass's resolver ("An algorithm for pronominal anaphora
// resolution", 1994) looks no further than four sentences back; 64
// mentions is more than four sentences of news hold, and bounds the work
// in a paragraph that is one long list of names or cues.
const maxLookback = 64

// isHearer reports whether name r is the object of "told" and the like.
func (e *quoteEngine) isHearer(ts []token, r nameRef) bool {
	if r.first == 0 {
		return false
	}
	p := ts[r.first-1]
	if p.kind != tokWord {
		return false
	}
	f, ok := p.info.cueFlags(), p.is(wcCueWord)
	return ok && f&cueHearer != 0 || lowerEq(p.Of(e.text), "with") || lowerEq(p.Of(e.text), "to")
}

func (e *quoteEngine) bind(ent int, g gender) int {
	if e.knownGenderOnly {
		// A pronoun beat (beats.go) takes only a person whose gender the
		// text has told: it tells none itself.
		if e.cl.ents[ent].gender != g {
			return -1
		}
		return ent
	}
	e.cl.setGender(ent, g)
	return ent
}
