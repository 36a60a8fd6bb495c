package annotate

import (
	"strings"
	"unicode/utf8"

	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/newsroom/annotator/internal/annotate/render"
)

// The other names of a speaker, as the sources table lists them.

// speakerAliases are the distinct mention texts of speaker k and of every
// speaker merged into it (their names included), other than its name and
// pronouns, white space collapsed, in order of appearance.
func speakerAliases(shown func(Span) string, cor *corrected, k int) []string {
	name := speakerName(cor.speakers[k])
	var mentions []Mention
	for _, sp := range cor.speakers {
		if id, err := cor.finalSpeaker(sp.ID); err != nil || id != cor.speakers[k].ID {
			continue
		}
		mentions = append(mentions, sp.Mentions...)
		if sp.ID != cor.speakers[k].ID && !sp.isNew {
			// the merged speaker's name, after the mentions
			mentions = append(mentions, Mention{Span: Span{Start: -1}, Text: speakerName(sp)})
		}
	}
	core.SortStableFunc(mentions, func(a, b Mention) int { return cmpPosition(a.Start, b.Start) })
	aliases := []string{}
	for _, m := range mentions {
		t := m.Text
		if m.Start >= 0 {
			t = shown(m.Span)
		}
		t = cleanLine(t)
		if t == "" || strings.EqualFold(t, name) || isPronoun(t) || hasName(aliases, t) {
			continue
		}
		aliases = append(aliases, t)
	}
	return aliases
}

// hasName reports whether names holds t but for case (Unicode case
// folding), comparing in turn without copying: a speaker has a handful of
// aliases.
func hasName(names []string, t string) bool {
	for _, n := range names {
		if strings.EqualFold(n, t) {
			return true
		}
	}
	return false
}

// isPronoun reports whether t is one of notAliases, in any case.
func isPronoun(t string) bool {
	var low [5]byte // the longest pronoun is "their"
	if len(t) > len(low) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return false // every pronoun is ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	return notAliases[string(low[:len(t)])]
}

// cmpPosition orders offsets, -1 (no position) last.
func cmpPosition(a, b int) int {
	if (a < 0) != (b < 0) {
		if a < 0 {
			return 1
		}
		return -1
	}
	return a - b
}

// shownTexts returns the text a reader sees of a span of res (its
// mentions and dates): Markdown markup dropped, white space collapsed
// (render.ShownTexts). Plain text is shown as written.
func shownTexts(text string, res Result) func(Span) string {
	plain := func(s Span) string { return collapseSpace(s.Of(text)) }
	if res.Format != FormatMarkdown {
		return plain
	}
	var spans []Span
	for _, sp := range res.Speakers {
		for _, m := range sp.Mentions {
			spans = append(spans, m.Span)
		}
	}
	for _, d := range res.Dates {
		spans = append(spans, d.Span)
	}
	shown := make(map[Span]string, len(spans))
	for i, t := range render.ShownTexts(text, res.Format, spans) {
		shown[spans[i]] = collapseSpace(t)
	}
	return func(s Span) string {
		if t, ok := shown[s]; ok {
			return t
		}
		return plain(s)
	}
}

// notAliases are mentions that are no name of the speaker: the personal
// pronouns of English (subject, object and possessive forms).
var notAliases = map[string]bool{
	"i": true, "me": true, "my": true, "we": true, "us": true, "our": true,
	"he": true, "him": true, "his": true, "she": true, "her": true,
	"it": true, "its": true, "they": true, "them": true, "their": true,
}
