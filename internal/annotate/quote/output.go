package quote

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// The result: quotes and speakers with their IDs (q1, s1, ...) and names.

// output builds the quotes and speakers of the result.
func (e *quoteEngine) output() ([]core.Quote, []core.Speaker) {
	var quotes []core.Quote
	speaking := e.sc.speaking[:0]
	defer func() { e.sc.speaking = speaking }()
	for c := range e.cands {
		a := &e.attrs[c]
		if !a.decided || !a.direct {
			continue
		}
		if a.ent >= 0 && e.cl.ents[a.ent].nobody {
			a.ent = -1 // S6: the quote of a document has no speaker
		}
		if a.ent >= 0 && e.cl.ents[a.ent].narrator && e.dialogueLines < 2 {
			// A15: the writer of a column ("“…,” I said") is no source of
			// the story; a narrator is, in a text written as a novel's
			// dialogue (dialogueLines).
			a.ent = -1
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
		if !a.decided || a.direct || !a.hasCue || a.ent < 0 || e.cl.ents[a.ent].nobody {
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
	speakers := make([]core.Speaker, 0, len(speaking))
	// One list of mentions for the speakers' mentions and then the cues.
	all := make([]core.Mention, 0, total+nCues)
	for rank, i := range order {
		en := &e.cl.ents[speaking[i]]
		kind := "person"
		if en.org {
			kind = "organization"
		}
		n := count[i]
		speakers = append(speakers, core.Speaker{ID: ids[rank], Name: e.speakerName(en), Kind: kind, Role: en.role.of(e.text), Mentions: all[len(all) : len(all) : len(all)+n]})
		all = all[:len(all)+n]
		en.id = int32(rank + 1)
	}
	for _, m := range e.cl.mentions {
		if id := e.cl.ents[m.ent].id; id > 0 {
			sp := &speakers[id-1]
			sp.Mentions = append(sp.Mentions, core.Mention{Span: m.span()})
		}
	}
	// The quotes take one allocation; their IDs are cut from labelTables.
	quotes = make([]core.Quote, 0, nQuotes)
	cues := all[total:total:cap(all)]
	for c := range e.cands {
		a := &e.attrs[c]
		if !a.decided || !a.direct {
			continue
		}
		q := e.cands[c]
		out := core.Quote{ID: label('q', len(quotes)+1), Span: q.span, Paragraph: q.para, Unclosed: q.unclosed,
			Attribution: a.kind(), Confidence: a.confidence()}
		if e.ways != nil {
			*e.ways = append(*e.ways, a.way())
		}
		if a.ent >= 0 {
			out.Speaker = &ids[e.cl.ents[a.ent].id-1]
		}
		if a.hasCue {
			cues = append(cues, core.Mention{Span: a.cue.span()})
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
	for k := range labelTables { // by index: a copy of the array costs under WebAssembly
		if t := labelTables[k]; t[0] == prefix {
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
	return dropFormatChars(en.name.of(e.text))
}

// dropFormatChars returns s without its invisible format characters (a
// soft hyphen, a zero-width space): a name as a reader sees it. It
// allocates only when s holds one.
func dropFormatChars(s string) string {
	for _, r := range s {
		if r >= 0x80 && unicode.Is(unicode.Cf, r) {
			return strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Cf, r) {
					return -1
				}
				return r
			}, s)
		}
	}
	return s
}
