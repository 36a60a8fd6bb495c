package annotate

import (
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/newsroom/annotator/internal/annotate/core"
)

// FuzzSummarize annotates any text, applies corrections made from the
// fuzzer's bytes (reassign, dismiss, check, merge, add), and checks that
// Summarize never panics and that its figures add up: the quote IDs of the
// rows partition the quotes not dismissed, the shares sum to 1, the totals
// are the sums of the rows; and that every export is written, the text
// and CSV ones with no control character.
func FuzzSummarize(f *testing.F) {
	f.Add(deskArticle, []byte{0, 1, 2, 3, 4, 5, 6, 7})
	f.Add("“Yes,” she said. “No,” he said.\n\nAna Duarte said: “Maybe.”", []byte{3, 3, 9, 1})
	for _, s := range markdownSeeds {
		f.Add(s, []byte{1, 5})
	}
	f.Fuzz(func(t *testing.T, text string, ops []byte) {
		res, err := Annotate(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		c := fuzzCorrections(text, res, ops)
		sum, err := Summarize(text, res, c)
		if err != nil {
			if !strings.Contains(err.Error(), "the merges form a cycle") {
				t.Fatalf("corrections made of the result's own IDs and offsets are refused: %v", err)
			}
			return // the fuzzer merged speakers in a ring: reported, not a panic
		}
		assertSummaryAddsUp(t, sum)
		if len(sum.Quotes) != len(res.Quotes)+len(c.Added) {
			t.Errorf("%d quotes in the summary, %d + %d added in the result", len(sum.Quotes), len(res.Quotes), len(c.Added))
		}
		for _, f := range ExportFormats {
			out, err := Export(text, res, c, f, ExportOptions{})
			if err != nil {
				t.Fatalf("export %s: %v", f, err)
			}
			if f == ExportText || f == ExportCSVQuotes || f == ExportCSVSources {
				for _, r := range strings.ReplaceAll(out, "\r\n", "\n") {
					if r != '\n' && (unicode.IsControl(r) || isBidiControl(r)) {
						t.Fatalf("export %s carries control character %U", f, r)
					}
				}
			}
		}
		for _, d := range append(append(sum.Timeline, sum.Durations...), sum.Sets...) {
			if d.Readable == "" && d.Value != "" {
				t.Errorf("date %d %q reads as nothing", d.Index, d.Value)
			}
		}
	})
}

// fuzzCorrections turns ops into corrections of res, two bytes each: the
// first picks the kind of decision, the second its target.
func fuzzCorrections(text string, res Result, ops []byte) Corrections {
	c := Corrections{Version: 1, Quotes: map[string]QuoteCorrection{}, Speakers: map[string]SpeakerCorrection{}}
	speakerIDs := []string{""}
	for _, s := range res.Speakers {
		speakerIDs = append(speakerIDs, s.ID)
	}
	pick := func(b byte, ids []string) string { return ids[int(b)%len(ids)] }
	for i := 0; i+1 < len(ops); i += 2 {
		op, arg := ops[i], ops[i+1]
		var q string
		if len(res.Quotes) > 0 {
			q = res.Quotes[int(arg)%len(res.Quotes)].ID
		}
		switch op % 6 {
		case 0:
			if q != "" {
				s := pick(arg/3, speakerIDs)
				c.Quotes[q] = QuoteCorrection{Speaker: &s}
			}
		case 1:
			if q != "" {
				c.Quotes[q] = QuoteCorrection{Dismissed: true}
			}
		case 2:
			if q != "" {
				c.Quotes[q] = QuoteCorrection{Checked: true}
			}
		case 3:
			from, into := pick(arg, speakerIDs), pick(arg/7, speakerIDs)
			if from != "" && into != "" && from != into {
				c.Speakers[from] = SpeakerCorrection{MergedInto: into}
			}
		case 4:
			id := "u" + strconv.Itoa(i)
			c.Speakers[id] = SpeakerCorrection{Name: "New " + id, Gender: Genders[int(arg)%len(Genders)]}
			speakerIDs = append(speakerIDs, id)
		case 5:
			if len(text) > 0 {
				start := int(arg) % len(text)
				for start > 0 && !core.OnBoundary(text, start) {
					start--
				}
				end := start + 1
				for end < len(text) && !core.OnBoundary(text, end) {
					end++
				}
				c.Added = append(c.Added, AddedQuote{ID: "a" + strconv.Itoa(i), Start: start, End: end, Speaker: pick(arg/5, speakerIDs)})
			}
		}
	}
	return c
}
