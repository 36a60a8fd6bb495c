package timex

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsroom/annotator/internal/annotate/calendar"
	"github.com/newsroom/annotator/internal/annotate/core"
	"github.com/stretchr/testify/require"
)

// A fixture is a text of our own, storyN.txt, beside storyN.want: one
// expected expression a line, in text order, as "expression|value" (only
// its value is measured) or "expression|TYPE|value" (a full annotation:
// then the file lists every time expression of the text, and spans and
// types are measured too). A line "dateline YYYY-MM-DD" sets the
// dateline (else 17 October 2025), and lines starting "#" are comments.

// fixtureWant is one expected expression of a fixture.
type fixtureWant struct {
	span        core.Span
	text, typ   string // typ is "" in a value-only fixture
	value, file string
}

// fixture is one text with its expected expressions.
type fixture struct {
	name     string
	text     string
	dateline calendar.Time
	full     bool // every expression is listed, with its type
	want     []fixtureWant
}

// readFixtures reads the fixtures of testdata/dir.
func readFixtures(t *testing.T, dir string) []fixture {
	t.Helper()
	wants, err := filepath.Glob(filepath.Join("testdata", dir, "*.want"))
	require.NoError(t, err)
	require.NotEmpty(t, wants)
	var out []fixture
	for _, want := range wants {
		textBytes, err := os.ReadFile(strings.TrimSuffix(want, ".want") + ".txt")
		require.NoError(t, err)
		lines, err := os.ReadFile(want)
		require.NoError(t, err)
		f := fixture{name: filepath.Base(want), text: string(textBytes), dateline: friday}
		from := 0 // expected expressions come in text order
		kinds := map[bool]bool{}
		for _, line := range strings.Split(strings.TrimSpace(string(lines)), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if day, ok := strings.CutPrefix(line, "dateline "); ok {
				var ok bool
				f.dateline, ok = core.ParseDay(day)
				require.True(t, ok, "%s: %q is not a dateline", want, line)
				continue
			}
			parts := strings.Split(line, "|")
			require.Contains(t, []int{2, 3}, len(parts), "%s: %q", want, line)
			w := fixtureWant{text: parts[0], value: parts[len(parts)-1], file: f.name}
			if len(parts) == 3 {
				w.typ = parts[1]
				require.Contains(t, []string{core.TypeDate, core.TypeTime, core.TypeDuration, core.TypeSet}, w.typ, "%s: %q", want, line)
			}
			kinds[len(parts) == 3] = true
			at := strings.Index(f.text[from:], w.text)
			require.GreaterOrEqual(t, at, 0, "%s: %q not in the text after offset %d", want, w.text, from)
			w.span = core.Span{Start: from + at, End: from + at + len(w.text)}
			from = w.span.End
			f.want = append(f.want, w)
		}
		require.Len(t, kinds, 1, "%s: all lines value-only or all with a type", want)
		f.full = kinds[true]
		out = append(out, f)
	}
	return out
}

// fixtureScore holds the counts of the TempEval-3 measures over fixtures,
// as internal/eval counts them on the dev file: strict (same span) and
// relaxed (overlapping spans, one to one, the largest overlap first)
// matches, and the values right among the relaxed matches.
type fixtureScore struct {
	gold, found, strict, relaxed, valueOK int
	misses                                []string
}

// add scores the dates found in f against its expected expressions. In
// a value-only fixture only the value counts, over every expected
// expression (found counts nothing).
func (s *fixtureScore) add(f fixture, found []core.Date) {
	s.gold += len(f.want)
	if f.full {
		s.found += len(found)
	}
	used := make([]bool, len(found))
	for _, w := range f.want {
		best, overlap := -1, 0
		for i, d := range found {
			o := min(d.Span.End, w.span.End) - max(d.Span.Start, w.span.Start)
			if !used[i] && o > overlap {
				best, overlap = i, o
			}
		}
		if best < 0 {
			s.misses = append(s.misses, fmt.Sprintf("%s: missed %q %s %s", f.name, w.text, w.typ, w.value))
			continue
		}
		d := found[best]
		used[best] = true
		s.relaxed++
		got := fmt.Sprintf("%q %s %s", d.Of(f.text), d.Type, d.Value)
		if d.Span == w.span {
			s.strict++
		} else if f.full {
			s.misses = append(s.misses, fmt.Sprintf("%s: extent %q, got %s", f.name, w.text, got))
		}
		if d.Value == w.value {
			s.valueOK++
		} else {
			s.misses = append(s.misses, fmt.Sprintf("%s: %q want %s, got %s", f.name, w.text, w.value, got))
		}
		if f.full && d.Type != w.typ {
			s.misses = append(s.misses, fmt.Sprintf("%s: %q want type %s, got %s", f.name, w.text, w.typ, got))
		}
	}
	for i, d := range found {
		if f.full && !used[i] {
			s.misses = append(s.misses, fmt.Sprintf("%s: spurious %q %s %s", f.name, d.Of(f.text), d.Type, d.Value))
		}
	}
}

func f1(right, found, gold int) float64 {
	if right == 0 {
		return 0
	}
	p, r := float64(right)/float64(found), float64(right)/float64(gold)
	return 2 * p * r / (p + r)
}

func (s fixtureScore) strictF1() float64  { return f1(s.strict, s.found, s.gold) }
func (s fixtureScore) relaxedF1() float64 { return f1(s.relaxed, s.found, s.gold) }
func (s fixtureScore) valueAcc() float64 {
	if s.relaxed == 0 {
		return 0
	}
	return float64(s.valueOK) / float64(s.relaxed)
}
func (s fixtureScore) valueF1() float64 { return s.relaxedF1() * s.valueAcc() }

// valueOfAll is the share of expected expressions found with their value
// (a miss counts as a wrong value), the narrative measure.
func (s fixtureScore) valueOfAll() float64 { return float64(s.valueOK) / float64(s.gold) }

// scoreFixtures runs the date stage on every fixture of testdata/dir whose
// name starts with prefix, and logs every disagreement.
func scoreFixtures(t *testing.T, dir, prefix string) fixtureScore {
	t.Helper()
	var s fixtureScore
	for _, f := range readFixtures(t, dir) {
		if strings.HasPrefix(f.name, prefix) {
			s.add(f, Find(core.NewDocument(f.text), f.dateline))
		}
	}
	for _, m := range s.misses {
		t.Log(m)
	}
	return s
}

// TestNarrativeValueAccuracy measures the value accuracy of the date
// stage on history writing whose events lie far from the dateline
// (rules D20-D21): testdata/narrative, value-only fixtures, as a TimeML
// annotator would give them against a dateline of 17 October 2025. An
// expected expression counts as right when a date found overlapping it
// has its value. The aim of issue 13 is 0.80 on narrative text; the
// stage was tuned on these texts, so the test holds it to 0.90 here.
func TestNarrativeValueAccuracy(t *testing.T) {
	s := scoreFixtures(t, "narrative", "")
	acc := s.valueOfAll()
	t.Logf("narrative value accuracy %d/%d = %.3f", s.valueOK, s.gold, acc)
	require.GreaterOrEqual(t, acc, 0.90)
}

// TestHeldOutDates measures the date stage on testdata/heldout: short
// news items (US and British outlets, each with its dateline) and history
// passages, written in batches and annotated by hand in full (TIMEX3 type
// and value, spans as TimeBank draws them) before the stage was first run
// on them (each batch's first-run figures are in the README). News are measured as internal/eval measures the dev file
// (strict, relaxed and value F1); history texts by value accuracy over
// every expected expression, as TestNarrativeValueAccuracy.
// The floors are the aims of issue 13 on unseen text.
func TestHeldOutDates(t *testing.T) {
	news := scoreFixtures(t, "heldout", "news")
	t.Logf("held-out news: %d gold, %d found: strict F1 %.3f, relaxed F1 %.3f, value accuracy %.3f, value F1 %.3f",
		news.gold, news.found, news.strictF1(), news.relaxedF1(), news.valueAcc(), news.valueF1())
	hist := scoreFixtures(t, "heldout", "history")
	t.Logf("held-out history: %d gold, %d found: strict F1 %.3f, relaxed F1 %.3f, value accuracy %.3f (%.3f of all expected), value F1 %.3f",
		hist.gold, hist.found, hist.strictF1(), hist.relaxedF1(), hist.valueAcc(), hist.valueOfAll(), hist.valueF1())
	require.GreaterOrEqual(t, news.strictF1(), 0.85)
	require.GreaterOrEqual(t, news.relaxedF1(), 0.93)
	require.GreaterOrEqual(t, news.valueF1(), 0.80)
	require.GreaterOrEqual(t, hist.valueOfAll(), 0.80)
}
