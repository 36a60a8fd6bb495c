package quote

import (
	"strings"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// Naming in dialogue (S15): a person the text knows only by a description
// ("a young man in a corduroy jacket", "The old man in the end bed") is
// named when their own line introduces them ("I'm Julian Reyes, by the
// way") or when the answer to their line addresses them by a title and a
// name no one has yet ("‘You’re late tonight,’ he says." then "‘I’m not
// late, Mr Pryce.’"). From then on the name is theirs: "said Julian",
// "says Mr Pryce". Source: the Chicago Manual of Style, "direct address";
// novels name a stranger as the people of the scene learn the name.

// nameInDialogue names the speaker of quote c, or of the line before it
// that c answers, when that speaker is known only by a description.
func (e *quoteEngine) nameInDialogue(c, pi int) {
	a := &e.attrs[c]
	in := e.cands[c].inner
	s := in.Of(e.text)
	if a.ent >= 0 && e.nameless(int(a.ent)) {
		for _, intro := range [...]string{"I'm ", "I’m ", "I am ", "My name is "} {
			if i := strings.Index(s, intro); i >= 0 && (i == 0 || s[i-1] == ' ') && e.nameFrom(int(a.ent), in.Start+i+len(intro), false) {
				return
			}
		}
	}
	p := e.lastQuote
	if p < 0 || a.pre != preParaStart || e.cands[p].lastPara != pi-1 || e.attrs[p].ent < 0 || e.attrs[p].ent == a.ent || !e.nameless(int(e.attrs[p].ent)) {
		return
	}
	for i := strings.Index(s, ", "); i >= 0 && !e.nameFrom(int(e.attrs[p].ent), in.Start+i+2, true); {
		j := strings.Index(s[i+2:], ", ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
}

// nameless reports whether entity ent is a person known only by a
// description: no name, not the narrator, no document.
func (e *quoteEngine) nameless(ent int) bool {
	en := &e.cl.ents[ent]
	return en.nameLen == 0 && en.person && !en.narrator && !en.nobody && !en.org
}

// nameFrom gives ent the name that the capitalised words at byte at of
// the text spell, up to the first other word or punctuation: a title and
// a surname ("Mr Pryce"), or, unless titled is asked for, a given name
// and a surname ("Julian Reyes"), when no one has that surname yet; and
// reports whether it did.
func (e *quoteEngine) nameFrom(ent, at int, titled bool) bool {
	text := e.text
	var ws []core.Span
	for i := at; len(ws) < 3; {
		j := i
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z' || j > i && text[j] == '.' && len(ws) == 0) {
			j++
		}
		if j == i || !isUpperByte(text[i]) {
			break
		}
		ws = append(ws, core.Span{Start: i, End: j})
		if j >= len(text) || text[j] != ' ' {
			break
		}
		i = j + 1
	}
	g, hasTitle := genderUnknown, false
	if len(ws) > 0 {
		g, hasTitle = wcTitle.genderOf(lookupWord(strings.TrimSuffix(ws[0].Of(text), ".")))
	}
	if hasTitle {
		ws = ws[1:]
	}
	if len(ws) == 0 || !hasTitle && (titled || len(ws) < 2) {
		return false
	}
	last := ws[len(ws)-1]
	if _, known := e.cl.byKey.get(keyHash(keyPerson, last.Of(text))); known || lookupWord(last.Of(text))&(wcNotName|wcPlaceWord|wcOrgNoun|wcRoleNoun) != 0 {
		return false
	}
	name := core.Span{Start: ws[0].Start, End: last.End}
	en := &e.cl.ents[ent]
	key := keyHash(keyPerson, last.Of(text))
	en.name, en.nameLen, en.key = to32(name), int32(len(ws)), key
	e.cl.byKey.set(key, int32(ent))
	e.cl.byKey.set(key^mostQuotedSalt, int32(ent)) // (as clusters.add indexes a new name)
	if len(ws) == 1 {
		e.cl.byKey.set(key^noGivenSalt, int32(ent))
	} else {
		en.first = to32(ws[0])
		e.cl.byKey.set(keyHash2(keyGiven, ws[0].Of(text), last.Of(text)), int32(ent))
		e.cl.indexGivenName(ent, ws[0].Of(text))
	}
	e.cl.setGender(ent, g)
	e.cl.mention(ent, name)
	return true
}
